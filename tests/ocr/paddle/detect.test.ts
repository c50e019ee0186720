import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../lib/image';
import { dbBoxes, detectText, detTensor, lazyDet, readingOrder } from '../../../lib/ocr/paddle/detect';
import type { OnnxSession } from '../../../lib/ocr/paddle';

/** A probability map `w` × `h` of 0.05 with rectangles [x0, y0, x1, y1) at probability `p`. */
function map(w: number, h: number, rects: [number, number, number, number, number][]): Float32Array {
  const m = new Float32Array(w * h).fill(0.05);
  for (const [x0, y0, x1, y1, p] of rects) for (let y = y0; y < y1; y += 1) m.fill(p, y * w + x0, y * w + x1);
  return m;
}

describe('dbBoxes (DB post-processing)', () => {
  it('turns each text kernel into one box, grown by area × 1.5 / perimeter on every side', () => {
    // A 60×10 kernel: d = 600 × 1.5 / 140 ≈ 6.43 px.
    const boxes = dbBoxes(map(100, 40, [[20, 15, 80, 25, 0.9]]), 100, 40, 100, 40);
    expect(boxes).toEqual([[13, 8, 87, 32]]);
  });

  it('keeps two lines two boxes when only a row below the threshold parts their kernels', () => {
    const m = map(100, 40, [
      [10, 5, 90, 15, 0.9],
      [10, 15, 90, 16, 0.25],
      [10, 16, 90, 26, 0.9],
    ]);
    const boxes = dbBoxes(m, 100, 40, 100, 40);
    expect(boxes).toHaveLength(2);
    expect(boxes[0][1]).toBeLessThan(boxes[1][1]);
  });

  it('does not join two kernels that touch only at a corner', () => {
    const m = map(60, 30, [
      [5, 5, 25, 12, 0.9],
      [25, 12, 50, 20, 0.9],
    ]);
    expect(dbBoxes(m, 60, 30, 60, 30)).toHaveLength(2);
  });

  it('drops a kernel whose mean probability is under the box score, and one under 3 px across', () => {
    const m = map(100, 60, [
      [10, 5, 90, 15, 0.9],
      // A faint speck: over the 0.3 threshold, under the 0.6 score.
      [40, 30, 50, 38, 0.45],
      // A confident sliver 2 px high.
      [10, 50, 90, 52, 0.95],
    ]);
    expect(dbBoxes(m, 100, 60, 100, 60)).toEqual([[3, 0, 97, 22]]);
  });

  it('keeps a kernel whose mean is over the score though part of it is weaker', () => {
    const m = map(100, 40, [
      [10, 10, 60, 20, 0.95],
      [60, 10, 90, 20, 0.4],
    ]);
    expect(dbBoxes(m, 100, 40, 100, 40)).toHaveLength(1);
  });

  it('maps boxes from the model input back to crop pixels, each axis by its own factor', () => {
    // Map 64×32 for a crop 200×50.
    const [box] = dbBoxes(map(64, 32, [[10, 10, 50, 20, 0.9]]), 64, 32, 200, 50);
    const d = (40 * 10 * 1.5) / 100;
    expect(box).toEqual([Math.floor((10 - d) * (200 / 64)), Math.floor((10 - d) * (50 / 32)), Math.ceil((50 + d) * (200 / 64)), Math.ceil((20 + d) * (50 / 32))]);
  });

  it('refuses a map smaller than its stated size', () => {
    expect(() => dbBoxes(new Float32Array(10), 10, 10, 10, 10)).toThrow(/10×10/);
  });
});

describe('readingOrder', () => {
  it('reads rows top to bottom and the boxes of one row left to right', () => {
    const boxes: [number, number, number, number][] = [
      [120, 42, 200, 60],
      [0, 0, 100, 20],
      [0, 40, 100, 62],
      [110, 2, 190, 18],
    ];
    expect(readingOrder(boxes)).toEqual([boxes[1], boxes[3], boxes[2], boxes[0]]);
  });
});

const gray = (width: number, height: number, value = 255): Raster => ({ width, height, channels: 1, data: new Uint8ClampedArray(width * height).fill(value) });

describe('detTensor (DB pre-processing)', () => {
  it('resizes to multiples of 32 and normalises each channel with its own mean and deviation', () => {
    const { data, dims } = detTensor(gray(100, 50, 255));
    expect(dims).toEqual([1, 3, 64, 96]);
    const plane = 64 * 96;
    expect(data[0]).toBeCloseTo((1 - 0.485) / 0.229, 5);
    expect(data[plane]).toBeCloseTo((1 - 0.456) / 0.224, 5);
    expect(data[2 * plane]).toBeCloseTo((1 - 0.406) / 0.225, 5);
  });

  it('shrinks a crop whose longest side is over the limit, keeping its shape', () => {
    expect(detTensor(gray(400, 4000), 1920).dims).toEqual([1, 3, 1920, 192]);
  });

  it('never sends a side under 32 px', () => {
    expect(detTensor(gray(10, 5)).dims).toEqual([1, 3, 32, 32]);
  });
});

/** A fake DB session: its probability map is 0.9 where the input is dark (below mid grey), else 0.05. */
function fakeDetSession(): OnnxSession & { runs: number } {
  const session = {
    inputNames: ['x'],
    outputNames: ['sigmoid_0.tmp_0'],
    runs: 0,
    async run(feeds: Record<string, unknown>) {
      session.runs += 1;
      const { data, dims } = feeds.x as { data: Float32Array; dims: number[] };
      const [, , h, w] = dims;
      const out = new Float32Array(h * w);
      for (let i = 0; i < h * w; i += 1) out[i] = data[i] < 0 ? 0.9 : 0.05;
      return { 'sigmoid_0.tmp_0': { data: out, dims: [1, 1, h, w] } };
    },
  };
  return session;
}

describe('detectText (fake InferenceSession)', () => {
  it('runs the model once and returns its boxes in crop pixels', async () => {
    const crop = gray(128, 64);
    for (let y = 20; y < 30; y += 1) crop.data.fill(0, y * 128 + 10, y * 128 + 100);
    const session = fakeDetSession();
    const boxes = await detectText({ session, tensor: (data, dims) => ({ data, dims }) }, crop);
    expect(session.runs).toBe(1);
    expect(boxes).toHaveLength(1);
    const [x0, y0, x1, y1] = boxes[0];
    expect(x0).toBeLessThan(10);
    expect(y0).toBeLessThan(20);
    expect(x1).toBeGreaterThan(100);
    expect(y1).toBeGreaterThan(30);
  });

  it('says so when the output is not a map of the input size', async () => {
    const session: OnnxSession = { inputNames: ['x'], outputNames: ['y'], run: async () => ({ y: { data: new Float32Array(4), dims: [1, 1, 2, 2] } }) };
    await expect(detectText({ session, tensor: (data, dims) => ({ data, dims }) }, gray(64, 64))).rejects.toThrow(/not a DB detection model/);
  });
});

describe('lazyDet', () => {
  it('loads the detector on first use only, once, and releases it only if loaded', async () => {
    let loads = 0;
    let released = 0;
    const det = lazyDet(async () => {
      loads += 1;
      return { session: { ...fakeDetSession(), release: async () => void (released += 1) }, tensor: (data, dims) => ({ data, dims }) };
    });
    await det.release();
    expect([loads, released]).toEqual([0, 0]);
    await Promise.all([det.get(), det.get()]);
    await det.release();
    expect([loads, released]).toEqual([1, 1]);
  });
});
