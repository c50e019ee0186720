import { describe, expect, it } from 'vitest';
import type { Raster } from '../../lib/image/raster';
import { choosePreprocessing, estimateTextHeight } from '../../lib/plan/preprocess';

/** Gray raster with dark text-like rows `rowHeight` px tall, every `pitch` px, in two strips of columns. */
function stripes(rowHeight: number, pitch: number): Raster {
  const width = 400;
  const height = 600;
  const data = new Uint8ClampedArray(width * height).fill(250);
  for (let y = 20; y + rowHeight < height; y += pitch) {
    for (let yy = y; yy < y + rowHeight; yy += 1) for (let x = 10; x < width - 10; x += 1) if (x % 7 < 4) data[yy * width + x] = 20;
  }
  return { width, height, channels: 1, data };
}

describe('choosePreprocessing', () => {
  it.each([
    [12, 18],
    [18, 27],
    [30, 45],
  ])('measures text rows %i px tall', (rowHeight, pitch) => {
    expect(estimateTextHeight(stripes(rowHeight, pitch))).toBe(rowHeight);
  });

  it('reports no text height on a blank image', () => {
    expect(estimateTextHeight({ width: 50, height: 50, channels: 1, data: new Uint8ClampedArray(2500).fill(255) })).toBe(0);
  });

  it('upscales small print 1.5× and leaves larger print (or an unknown size) alone', () => {
    expect([0, 9, 14, 15, 20, 28].map((textHeight) => choosePreprocessing({ textHeight }).scale)).toEqual([1, 1.5, 1.5, 1, 1, 1]);
    expect(choosePreprocessing({ textHeight: 12 })).toEqual({ scale: 1.5, parameters: {}, textHeight: 12 });
  });
});
