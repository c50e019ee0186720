import { describe, expect, it } from 'vitest';
import type { BBox } from '../../lib/model/document';
import { lowCoverage } from '../../lib/model/coverage';
import { planCoverage, planRegion } from '../../lib/plan';
import { canvas } from './support/canvas';

const size = 16;
const pitch = Math.round(size * 1.5);
/** Ten lines of 12 "characters" in one column; the line boxes OCR would return for them. */
function column() {
  const c = canvas(260, 280);
  c.column(10, 10, 10, 12, size);
  const lines: BBox[] = Array.from({ length: 10 }, (_, i) => [10 + (i === 0 ? 2 * size : 0) + Math.round(size * 0.08), 10 + i * pitch, 10 + 12 * size - Math.round(size * 0.08), 10 + i * pitch + size]);
  const plan = planRegion(c.raster(), { id: 'r', box: [0, 0, 260, 280], polygon: [] });
  return { plan, lines };
}

describe('planCoverage: ink under recognised lines', () => {
  const { plan, lines } = column();
  it.each([
    ['every line read', lines, 1, false],
    ['every line read, boxes a pixel tighter than the ink', lines.map((b) => [b[0] + 1, b[1] + 1, b[2] - 1, b[3] - 1] as BBox), 1, false],
    ['one line of ten lost: at the threshold, no warning', lines.slice(1), 0.9, false],
    ['two lines of ten lost', lines.slice(2), 0.8, true],
    ['a line read as one character (its box one glyph wide)', [...lines.slice(1), [lines[0][0], lines[0][1], lines[0][0] + size, lines[0][3]] as BBox], 0.91, false],
    ['half the lines read as one character each', lines.map((b, i) => (i % 2 ? b : ([b[0], b[1], b[0] + size, b[3]] as BBox))), 0.55, true],
    ['nothing read', [], 0, true],
  ])('%s → %s', (_, boxes, expected, low) => {
    const coverage = planCoverage(plan, (boxes as BBox[]).map((bbox) => ({ bbox })), []);
    expect(coverage).toBeCloseTo(expected as number, 1);
    expect(lowCoverage({ ocrCoverage: coverage })).toBe(low);
  });

  it('counts only the text parts (and photos that held text), not a picture’s ink', () => {
    const c = canvas(520, 280);
    c.column(10, 10, 10, 12, size);
    c.fill([240, 10, 500, 250], 90); // photo beside the column
    const withPhoto = planRegion(c.raster(), { id: 'r', box: [0, 0, 520, 280], polygon: [] });
    expect(withPhoto.parts.map((p) => p.kind)).toEqual(['text', 'photo']);
    const read = lines.map((bbox) => ({ bbox }));
    expect(planCoverage(withPhoto, read, [])).toBeGreaterThanOrEqual(0.99);
    // The same photo judged to be text (its OCR found body lines) but with nothing read in it.
    expect(planCoverage(withPhoto, read, [[240, 10, 500, 250]])).toBeLessThan(0.3);
  });
});
