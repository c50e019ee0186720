import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../lib/image';
import { findLines } from '../../../lib/ocr/paddle/lines';

/** A white gray crop with black rectangles [x0, y0, x1, y1). */
function crop(width: number, height: number, rects: [number, number, number, number][]): Raster {
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y += 1) data.fill(0, y * width + x0, y * width + x1);
  return { width, height, channels: 1, data };
}

/** A line of `n` 20 px characters at `y`, 10 px apart, starting at x = 10. */
const line = (y: number, n: number, h = 20): [number, number, number, number][] => Array.from({ length: n }, (_, i) => [10 + 30 * i, y, 30 + 30 * i, y + h]);

describe('findLines', () => {
  it('finds each line of a block, trimmed to its ink, top to bottom', () => {
    expect(findLines(crop(200, 100, [...line(5, 4), ...line(35, 6), ...line(65, 2)]))).toEqual([
      [10, 5, 120, 25],
      [10, 35, 180, 55],
      [10, 65, 60, 85],
    ]);
  });

  it('keeps a line of characters with white rows through them (二, 三) whole', () => {
    // The middle line is two thin bars with a white band between them, like a row of 二.
    const er: [number, number, number, number][] = [[10, 36, 150, 40], [10, 49, 150, 53]];
    expect(findLines(crop(200, 100, [...line(5, 5), ...er, ...line(65, 5)])).map((l) => [l[1], l[3]])).toEqual([
      [5, 25],
      [36, 53],
      [65, 85],
    ]);
  });

  it('cuts two lines set solid (no white between them) at their thinnest row', () => {
    // Lines 2 and 3 touch: one 40 px band joined by a 1 px stroke.
    const joined: [number, number, number, number][] = [...line(40, 5), [12, 60, 14, 61], ...line(61, 5)];
    const found = findLines(crop(200, 140, [...line(5, 5), ...joined, ...line(100, 5)]));
    expect(found).toHaveLength(4);
    expect(Math.abs(found[1][3] - 60)).toBeLessThanOrEqual(1);
    expect(Math.abs(found[2][1] - 61)).toBeLessThanOrEqual(1);
  });

  it('ignores a column rule and a speck of noise', () => {
    const found = findLines(crop(200, 100, [...line(5, 5), ...line(35, 5), [0, 70, 200, 72], [100, 90, 102, 91]]));
    expect(found.map((l) => [l[1], l[3]])).toEqual([
      [5, 25],
      [35, 55],
    ]);
  });

  it('keeps a lone thin line a character wide (a dash, 一) as text', () => {
    const found = findLines(crop(200, 100, [...line(5, 5), ...line(35, 5), [10, 74, 70, 77]]));
    expect(found.map((l) => [l[1], l[3]])).toEqual([
      [5, 25],
      [35, 55],
      [74, 77],
    ]);
  });

  it('keeps a one-line block whole when specks below it (a picture edge, JPEG noise) make bands of their own', () => {
    // A byline with the corner of a neighbouring photo and a speck under it: thin bands of little ink that
    // must not set the usual line height (which would cut the line into slivers mid-glyph).
    const found = findLines(crop(200, 60, [...line(5, 5), [170, 34, 190, 38], [150, 46, 153, 48]]));
    expect(found.filter((l) => l[3] <= 30)).toEqual([[10, 5, 150, 25]]);
  });

  it('still cuts a band of two lines set solid when the block has enough lines to know the usual height', () => {
    const found = findLines(crop(200, 140, [...line(5, 5), ...line(35, 5), ...line(65, 5), ...line(95, 5), ...line(115, 5)]));
    expect(found.map((l) => [l[1], l[3]])).toEqual([
      [5, 25],
      [35, 55],
      [65, 85],
      [95, 115],
      [115, 135],
    ]);
  });

  it('finds nothing on a blank crop', () => {
    expect(findLines(crop(50, 50, []))).toEqual([]);
  });
});
