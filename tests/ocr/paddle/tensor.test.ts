import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../lib/image';
import { findLines } from '../../../lib/ocr/paddle/lines';
import { lineImage, REC_HEIGHT } from '../../../lib/ocr/paddle/tensor';

/** A white gray crop with rectangles [x0, y0, x1, y1, gray). */
function crop(width: number, height: number, rects: [number, number, number, number, number][]): Raster {
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const [x0, y0, x1, y1, v] of rects) for (let y = y0; y < y1; y += 1) data.fill(v, y * width + x0, y * width + x1);
  return { width, height, channels: 1, data };
}

describe('lineImage', () => {
  it('keeps a faint full stop after the ink box in the crop (JPEG leaves 。 at body size a light smudge)', () => {
    // Four 20 px characters, then a light 4 px dot just past the last one, too light to count as ink.
    const chars: [number, number, number, number, number][] = [0, 1, 2, 3].map((i) => [20 + 25 * i, 10, 40 + 25 * i, 30, 0]);
    const gray = crop(160, 40, [...chars, [118, 25, 122, 29, 190]]);
    const [line] = findLines(gray);
    expect(line[2]).toBe(115);
    const { box, image } = lineImage(gray, line);
    expect(box[2]).toBeGreaterThanOrEqual(122);
    expect(box[0]).toBeLessThanOrEqual(10);
    expect(image.height).toBe(REC_HEIGHT);
  });
});
