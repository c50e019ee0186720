import { describe, expect, it } from 'vitest';
import { inkBlocks, isOneLine } from '../../lib/plan/ink-blocks';
import { planRegion } from '../../lib/plan';
import { canvas } from './support/canvas';

const size = 16;
/** Speckle (one dark pixel in `every`) over the rows of a box: the ink JPEG noise leaves between lines. */
function speckle(c: ReturnType<typeof canvas>, box: [number, number, number, number], every: number) {
  for (let y = box[1]; y < box[3]; y += 1) for (let x = box[0] + (y % every); x < box[2]; x += every) c.fill([x, y, x + 1, y + 1], 40);
}

describe('one line or several: the PSM 7 decision', () => {
  const cases: [string, (c: ReturnType<typeof canvas>) => void, boolean][] = [
    ['a line of body type', (c) => c.textRow(10, 10, 12, size), true],
    ['a headline line three times body size', (c) => c.textRow(10, 10, 6, 3 * size), true],
    ['a line of bold "十" glyphs (shallow dips between strokes)', (c) => c.crossRow(10, 10, 8, 2 * size), true],
    ['two lines with white between them', (c) => c.column(10, 10, 2, 12, size), false],
    [
      'two lines with speckled leading (no blank row)',
      (c) => {
        c.column(10, 10, 2, 12, size);
        speckle(c, [10, 10 + size, 10 + 12 * size, 10 + Math.round(1.5 * size)], 12);
      },
      false,
    ],
    [
      'four lines, set solid with speckle between',
      (c) => {
        c.column(10, 10, 4, 12, size);
        for (let i = 0; i < 3; i += 1) speckle(c, [10, 10 + i * 24 + size, 10 + 12 * size, 10 + (i + 1) * 24], 9);
      },
      false,
    ],
  ];
  it.each(cases)('%s → one line: %s', (_, draw, one) => {
    const c = canvas(400, 160);
    draw(c);
    const blocks = inkBlocks(c.raster(), [0, 0, 400, 160], size);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].oneLine).toBe(one);
  });

  it('a multi-line box whose leading JPEG noise hides the white is read as a block (PSM 6), not one line', () => {
    const c = canvas(400, 160);
    c.column(10, 10, 3, 12, size);
    for (let i = 0; i < 2; i += 1) speckle(c, [10, 10 + i * 24 + size, 10 + 12 * size, 10 + (i + 1) * 24], 12);
    const plan = planRegion(c.raster(), { id: 'r', box: [0, 0, 400, 160], polygon: [] });
    expect(inkBlocks(c.raster(), [0, 0, 400, 160], size)[0].rows).toBe(1); // no blank row: the old test said "one line"
    expect(plan.parts.map((p) => p.parameters.tessedit_pageseg_mode)).toEqual(['6']);
  });

  it('isOneLine: an empty profile is no line', () => {
    expect(isOneLine([0, 0, 0], 16)).toBe(false);
  });
});
