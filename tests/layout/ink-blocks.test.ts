import { describe, expect, it } from 'vitest';
import { inkBlocks, mergeRegionParts, planRegion, regionOfPart } from '../../lib/layout';
import type { Raster } from '../../lib/image/raster';
import type { BBox } from '../../lib/model/document';

/** A white gray raster with "text": rows of square glyphs `size` px, 0.15 em apart, or solid boxes (photos). */
function canvas(width: number, height: number) {
  const data = new Uint8ClampedArray(width * height).fill(255);
  const fill = (b: BBox, value = 0) => {
    for (let y = b[1]; y < b[3]; y += 1) for (let x = b[0]; x < b[2]; x += 1) data[y * width + x] = value;
  };
  const textRow = (x: number, y: number, chars: number, size: number) => {
    for (let i = 0; i < chars; i += 1) {
      const x0 = Math.round(x + i * size * 1.0 + size * 0.08);
      fill([x0, y, Math.round(x0 + size * 0.84), y + size], 30);
    }
  };
  const column = (x: number, y: number, lines: number, chars: number, size: number) => {
    for (let i = 0; i < lines; i += 1) textRow(x + (i === 0 ? 2 * size : 0), y + Math.round(i * size * 1.5), i === 0 ? chars - 2 : chars, size);
  };
  const raster = (): Raster => ({ width, height, channels: 1, data });
  return { fill, textRow, column, raster };
}

describe('inkBlocks: a region cut on the image before OCR', () => {
  const size = 16;
  const measure = 12 * size;
  const gap = 1.5 * size;
  function page() {
    const c = canvas(900, 700);
    c.textRow(40, 20, 14, 2 * size); // headline over three columns
    c.textRow(80, 70, 12, Math.round(1.3 * size)); // subtitle
    for (let k = 0; k < 3; k += 1) c.column(20 + k * (measure + gap), 110, 12, 12, size);
    c.textRow(20, 420, 20, Math.round(1.6 * size)); // second headline, over two columns
    c.column(20, 470, 8, 12, size);
    c.column(20 + measure + gap, 470, 8, 12, size);
    c.fill([20 + 2 * (measure + gap), 470, 20 + 3 * measure + 2 * gap, 610], 120); // photo
    c.textRow(20 + 2 * (measure + gap), 620, 10, 12); // caption under it
    return c.raster();
  }

  it('reads headline, subtitle and columns in order, then the next band, and marks the photo', () => {
    const blocks = inkBlocks(page(), [0, 0, 900, 700], 14);
    const at = blocks.map((b) => `${b.kind}@${Math.round(b.box[0] / 10)},${Math.round(b.box[1] / 10)}`);
    expect(at).toEqual(['text@4,2', 'text@8,7', 'text@2,11', 'text@24,11', 'text@45,11', 'text@2,42', 'text@2,47', 'text@24,47', 'photo@45,47', 'text@45,62']);
  });

  it('does not cut a line at the white beside a punctuation mark', () => {
    const c = canvas(400, 60);
    c.textRow(10, 10, 6, size);
    c.textRow(10 + 7.2 * size, 10, 6, size); // 1.2 em hole inside one line
    expect(inkBlocks(c.raster(), [0, 0, 400, 60], 14)).toHaveLength(1);
  });

  it('cuts columns that a vertical rule separates', () => {
    const c = canvas(500, 300);
    c.column(10, 10, 10, 12, size);
    c.fill([10 + measure + 10, 5, 10 + measure + 12, 290]); // rule in the gap
    c.column(10 + measure + gap, 10, 10, 12, size);
    expect(inkBlocks(c.raster(), [0, 0, 500, 300], 14).map((b) => b.box[0])).toEqual([10 + Math.round(size * 0.08), Math.round(10 + measure + gap + size * 0.08)]);
  });

  it('plans one OCR part per text block with a PSM that fits it, and merges results back', () => {
    const plan = planRegion(page(), { id: 'r', box: [0, 0, 900, 700], polygon: [[0, 0], [900, 0], [900, 700], [0, 700]] });
    expect(plan.parts).toHaveLength(9);
    expect(plan.photos).toHaveLength(1);
    expect(plan.parts.map((p) => p.parameters.tessedit_pageseg_mode)).toEqual(['7', '7', '6', '6', '6', '7', '6', '6', '7']);
    expect(plan.parts.every((p) => regionOfPart(p.id) === 'r')).toBe(true);
    const merged = mergeRegionParts('r', [0, 0, 900, 700], [
      { regionId: 'r~1', bbox: [0, 0, 1, 1], text: '甲', confidence: 90, blocks: [], seconds: 1 },
      { regionId: 'r~2', bbox: [0, 0, 1, 1], text: '乙丙', confidence: 60, blocks: [], seconds: 2 },
    ]);
    expect(merged).toMatchObject({ regionId: 'r', text: '甲\n乙丙', confidence: 70, seconds: 3 });
  });
});
