import { describe, expect, it } from 'vitest';
import { inkBlocks } from '../../lib/plan/ink-blocks';
import { planRegion } from '../../lib/plan';
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
  /** A row of bold "十" glyphs: ink about as dense as real display type, not solid along its edges. */
  const crossRow = (x: number, y: number, chars: number, size: number) => {
    const stroke = Math.round(size / 6);
    for (let i = 0; i < chars; i += 1) {
      const x0 = Math.round(x + i * size + size * 0.08);
      const mid = Math.round(size * 0.42);
      fill([x0, y + mid - stroke, Math.round(x0 + size * 0.84), y + mid + stroke], 30);
      fill([x0 + mid - stroke, y, x0 + mid + stroke, y + size], 30);
    }
  };
  const raster = (): Raster => ({ width, height, channels: 1, data });
  return { fill, textRow, crossRow, column, raster };
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

  it('cuts where the lines change size, even without a wide white band', () => {
    const c = canvas(400, 240);
    c.fill([10, 10, 60, 34]); // a dark label panel…
    c.fill([16, 15, 54, 29], 255); // …with light "text" in it
    c.crossRow(10, 44, 7, 36); // two-line headline set close above the body
    c.crossRow(10, 86, 7, 36);
    c.column(10, 132, 5, 14, size);
    const blocks = inkBlocks(c.raster(), [0, 0, 400, 240], size);
    expect(blocks.map((b) => [b.box[1], b.rows])).toEqual([
      [10, 1],
      [44, 2],
      [132, 5],
    ]);
    expect(blocks.map((b) => b.inverted)).toEqual([true, false, false]);
  });

  it('keeps a neighbour in the notch of an L-shaped hotspot out of the plan, and reads a dark panel inverted', () => {
    const c = canvas(600, 400);
    c.column(10, 10, 6, 30, size); // the article: full width on top…
    c.column(10, 220, 8, 12, size); // …and down the left below
    c.fill([400, 220, 470, 244]); // the neighbour in the notch: a dark label and a column
    c.fill([406, 225, 464, 239], 255);
    c.column(400, 260, 5, 10, size);
    const polygon: [number, number][] = [[0, 0], [600, 0], [600, 210], [380, 210], [380, 400], [0, 400]];
    const plan = planRegion(c.raster(), { id: 'r', box: [0, 0, 600, 400], polygon });
    expect(plan.parts.every((p) => p.box[0] < 380 || p.box[3] <= 210)).toBe(true);
    expect(plan.parts.every((p) => p.polygon === polygon && !p.invert)).toBe(true);
    const neighbour = planRegion(c.raster(), { id: 'n', box: [380, 210, 600, 400], polygon: [[380, 210], [600, 210], [600, 400], [380, 400]] });
    expect(neighbour.parts.map((p) => p.invert)).toEqual([true, false]);
    expect(neighbour.parts[0].box).toEqual([400, 220, 470, 244]); // cut at the panel's edge: no white frame to invert
  });

  it('plans one OCR part per block with a PSM that fits it (the photo read as sparse text), each part naming its region and number', () => {
    const plan = planRegion(page(), { id: 'r', box: [0, 0, 900, 700], polygon: [[0, 0], [900, 0], [900, 700], [0, 700]], href: 'http://x/r.html', title: '标题' });
    expect(plan.parts).toHaveLength(10);
    expect(plan.photos).toHaveLength(1);
    expect(plan.parts.map((p) => p.parameters.tessedit_pageseg_mode)).toEqual(['7', '7', '6', '6', '6', '7', '6', '6', '11', '7']);
    expect(plan.parts.map((p) => p.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'photo', 'text']);
    expect(plan.parts.map((p) => [p.regionId, p.partId])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ['r', n]));
    expect(plan).toMatchObject({ regionId: 'r', box: [0, 0, 900, 700], href: 'http://x/r.html', title: '标题' });
  });

  it('leaves link and title out of the plan when the region has none', () => {
    const plan = planRegion(page(), { id: 'r', box: [0, 0, 900, 700], polygon: [[0, 0], [900, 0], [900, 700], [0, 700]] });
    expect('href' in plan || 'title' in plan).toBe(false);
  });
});
