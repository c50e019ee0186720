import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../lib/image';
import { findLines } from '../../../lib/ocr/paddle/lines';
import { lineImage, MAX_INK_SHARE, paperLevel, REC_HEIGHT, withPaperRows } from '../../../lib/ocr/paddle/tensor';

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

  /** Rows of `image` holding a pixel darker than `t`: [first, last]. */
  function inkRows(image: Raster, t = 128): [number, number] {
    const rows = [...Array(image.height).keys()].filter((y) => image.data.subarray(y * image.width, (y + 1) * image.width).some((v) => v < t));
    return [rows[0], rows[rows.length - 1]];
  }

  it.each([
    ['a 15 px body line', 15],
    ['a 40 px headline', 40],
  ])('%s: its ink fills at most MAX_INK_SHARE of the model input, centred on paper', (_, h) => {
    const gray = crop(20 * h, 3 * h, [[h, h, 5 * h, 2 * h, 0]]);
    const [line] = findLines(gray);
    const { box, image } = lineImage(gray, line);
    const [first, last] = inkRows(image);
    expect(image.height).toBe(REC_HEIGHT);
    // As wide as the unpadded crop at the model's height: the CTC steps per character do not change.
    expect(image.width).toBe(Math.round(((box[2] - box[0]) * REC_HEIGHT) / (box[3] - box[1])));
    expect((last - first + 1) / REC_HEIGHT).toBeLessThanOrEqual(MAX_INK_SHARE + 1 / REC_HEIGHT);
    expect((last - first + 1) / REC_HEIGHT).toBeGreaterThan(MAX_INK_SHARE - 2 / REC_HEIGHT);
    // Centred up to rounding: the odd paper row goes below, and one crop row is 2–3 input rows.
    expect(Math.abs(first - (REC_HEIGHT - 1 - last))).toBeLessThanOrEqual(3);
    // The added rows are paper, as the crop's own margin is.
    expect(image.data[0]).toBe(255);
    expect(image.data[(REC_HEIGHT - 1) * image.width]).toBe(255);
  });
});

describe('withPaperRows', () => {
  const gray = (rows: number[][]): Raster => ({ width: rows[0].length, height: rows.length, channels: 1, data: Uint8ClampedArray.from(rows.flat()) });

  it('adds rows of the paper level above and below, the odd one below, and keeps the crop between them', () => {
    const padded = withPaperRows(gray([[220, 220], [0, 0], [10, 220]]), 6);
    expect(padded.height).toBe(6);
    expect([...padded.data]).toEqual([220, 220, 220, 220, 0, 0, 10, 220, 220, 220, 220, 220]);
  });

  it('leaves a crop at least that high as it is (near miss: exactly that high)', () => {
    const c = gray([[200], [0], [200]]);
    expect(withPaperRows(c, 3)).toBe(c);
    expect(withPaperRows(c, 2)).toBe(c);
    expect(withPaperRows(c, 4).height).toBe(4);
  });

  it('takes the paper from the edge rows: a neighbour’s descender across part of one of them does not make it ink', () => {
    // Top row half dark (a descender from the line above), bottom row paper: still paper.
    expect(paperLevel(gray([[0, 0, 210, 210], [0, 0, 0, 0], [210, 210, 210, 210]]))).toBe(210);
    // Near miss: both edge rows mostly dark (no margin at all) gives the dark level.
    expect(paperLevel(gray([[0, 0, 0, 210], [0, 0, 0, 0], [0, 0, 210, 0]]))).toBe(0);
  });
});
