import { describe, expect, it } from 'vitest';
import { encodePng, type Raster } from '../../../lib/image';
import { LOW_CONFIDENCE } from '../../../lib/model/document';
import { createPaddleEngine, ctcClasses, lazyDet, PADDLE_ENGINE_NAME, recognizeCrop } from '../../../lib/ocr/paddle';
import { fakeModel, fakeSession } from './fake-session';

const CLASSES = ctcClasses('中\n国\n');

/** A white gray crop with black (or grey) squares: `rows[i]` squares of `size` px on row i, `gap` px apart. */
function blobs(width: number, height: number, rows: { y: number; count: number; grey?: number[] }[], size = 20, gap = 10): Raster {
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const { y, count, grey = [] } of rows) {
    for (let i = 0; i < count; i += 1) {
      const x0 = 10 + i * (size + gap);
      for (let yy = y; yy < y + size; yy += 1) for (let xx = x0; xx < x0 + size; xx += 1) data[yy * width + xx] = grey.includes(i) ? 60 : 0;
    }
  }
  return { width, height, channels: 1, data };
}

const PAGE = blobs(300, 100, [
  { y: 10, count: 5 },
  { y: 40, count: 3, grey: [1] },
  { y: 70, count: 4 },
]);
// A column rule under the text: a thin full-width line is no line of text.
PAGE.data.fill(0, 96 * 300, 98 * 300);

describe('recognizeCrop (fake InferenceSession)', () => {
  it('reads each line of the crop once, in order, in batches of similar width', async () => {
    const session = fakeSession(CLASSES, '中');
    const page = await recognizeCrop(fakeModel(session, CLASSES), PAGE);
    const lines = page.blocks![0].paragraphs[0].lines;
    expect(lines.map((l) => l.text)).toEqual(['中中中中中', '中中中', '中中中中']);
    // Widths 278, 175 and 226 px (with margins): the 3- and 4-square lines share a run, the long one has its own.
    expect(session.runs.map((d) => d[0]).sort()).toEqual([1, 2]);
    expect(session.runs.every((d) => d[1] === 3 && d[2] === 48)).toBe(true);
  });

  it('puts each character box on its square and the line box on its ink', async () => {
    const page = await recognizeCrop(fakeModel(fakeSession(CLASSES, '中'), CLASSES), PAGE);
    const [first] = page.blocks![0].paragraphs[0].lines;
    expect(first.bbox).toEqual({ x0: 10, y0: 10, x1: 150, y1: 30 });
    first.words.forEach((w, i) => {
      const centre = (w.bbox.x0 + w.bbox.x1) / 2;
      // Squares are 30 px apart; CTC steps are 8 input columns (≈ 4.3 crop px here) wide.
      expect(Math.abs(centre - (20 + 30 * i))).toBeLessThanOrEqual(5);
      expect(w.bbox.x1 - w.bbox.x0).toBeLessThanOrEqual(32);
    });
  });

  it('gives a faint character a confidence below the review mark and clear ones above it', async () => {
    const page = await recognizeCrop(fakeModel(fakeSession(CLASSES, '中'), CLASSES), PAGE);
    const second = page.blocks![0].paragraphs[0].lines[1];
    expect(second.words.map((w) => w.confidence < LOW_CONFIDENCE)).toEqual([false, true, false]);
    expect(second.confidence).toBeCloseTo((95 + 50 + 95) / 3, 0);
  });

  it('reads nothing from a blank crop, without calling the model', async () => {
    const session = fakeSession(CLASSES, '中');
    const page = await recognizeCrop(fakeModel(session, CLASSES), blobs(100, 40, []));
    expect(page).toEqual({ text: '', confidence: 0, blocks: [] });
    expect(session.runs).toEqual([]);
  });

  it('fails with a clear message when the model has a different number of classes than the dictionary', async () => {
    const session = fakeSession(CLASSES, '中', { classCount: 6625 });
    await expect(recognizeCrop(fakeModel(session, CLASSES), PAGE)).rejects.toThrow(/× 4 classes \(model and dictionary do not match\)/);
  });
});

describe('createPaddleEngine', () => {
  it('returns boxes in page pixels, names itself in meta, and releases its sessions on terminate', async () => {
    const sessions: ReturnType<typeof fakeSession>[] = [];
    const engine = createPaddleEngine({
      workers: 2,
      loadModel: async () => {
        const s = fakeSession(CLASSES, '国');
        sessions.push(s);
        return fakeModel(s, CLASSES);
      },
    });
    expect(engine.info.engine).toBe(PADDLE_ENGINE_NAME);
    // The crop was taken at (1000, 2000) of the page and upscaled 2× before OCR.
    const job = { regionId: 'r1', partId: 1, png: encodePng(PAGE), offset: [1000, 2000] as [number, number], scale: 2, box: [1000, 2000, 1150, 2050] as [number, number, number, number] };
    const region = await engine.recognizeRegion(job);
    expect(region.text).toBe('国国国国国\n国国国\n国国国国');
    expect(region.blocks[0].paragraphs[0].lines[0].bbox).toEqual([1005, 2005, 1075, 2015]);
    await engine.terminate();
    expect(sessions.length).toBeGreaterThanOrEqual(1);
    expect(sessions.every((s) => s.released)).toBe(true);
  });
});

/** A fake detector: its map holds the text kernels `kernels` (crop pixels) whatever it is shown; it counts its loads and runs. */
function fakeDetector(kernels: [number, number, number, number][]) {
  const calls = { loads: 0, runs: 0 };
  const det = lazyDet(async () => {
    calls.loads += 1;
    return {
      tensor: (data: Float32Array, dims: number[]) => ({ data, dims }),
      session: {
        inputNames: ['x'],
        outputNames: ['map'],
        async run(feeds: Record<string, unknown>) {
          calls.runs += 1;
          const [, , h, w] = (feeds.x as { dims: number[] }).dims;
          const map = new Float32Array(h * w);
          // The map is in model pixels (sides rounded to 32), the kernels in JOINED's.
          const sx = w / JOINED.width;
          const sy = h / JOINED.height;
          for (const [x0, y0, x1, y1] of kernels) {
            for (let y = Math.round(y0 * sy); y < Math.round(y1 * sy); y += 1) map.fill(0.9, y * w + Math.round(x0 * sx), y * w + Math.round(x1 * sx));
          }
          return { map: { data: map, dims: [1, 1, h, w] } };
        },
      },
    };
  });
  return { det, calls };
}

/** Two lines of squares set solid, joined down the left by a frame's edge: the ink profile sees one 50 px band. */
const JOINED = blobs(400, 70, [
  { y: 10, count: 12 },
  { y: 32, count: 12 },
]);
// Rows 30–31 between the squares are white but for the frame edge.
for (let y = 8; y < 54; y += 1) JOINED.data.fill(0, y * 400, y * 400 + 2);

describe('recognizeCrop with the text detector (fake sessions)', () => {
  // DB kernels: each line's middle, shrunk as DB trains them; unclipped, each box holds its line and not the frame edge.
  const detBoxes: [number, number, number, number][] = [
    [14, 15, 356, 25],
    [14, 37, 356, 47],
  ];

  it('reads the detector boxes where the found lines are two lines set solid', async () => {
    const { det, calls } = fakeDetector(detBoxes);
    const page = await recognizeCrop({ ...fakeModel(fakeSession(CLASSES, '中'), CLASSES), det }, JOINED);
    const lines = page.blocks![0].paragraphs[0].lines;
    expect(calls).toEqual({ loads: 1, runs: 1 });
    expect(lines).toHaveLength(2);
    // Each line box is the ink inside its detection box: the frame edge at x 0–1 lies outside both; unclipped
    // boxes of lines set solid overlap by a few rows, so each may hold the edge of its neighbour's glyphs.
    const [a, b] = lines.map((l) => l.bbox);
    expect([a.x0, a.x1, b.x0, b.x1]).toEqual([10, 360, 10, 360]);
    expect(a.y0).toBe(10);
    expect(a.y1).toBeGreaterThanOrEqual(30);
    expect(a.y1).toBeLessThanOrEqual(34);
    expect(b.y0).toBeGreaterThanOrEqual(28);
    expect(b.y0).toBeLessThanOrEqual(32);
    expect(b.y1).toBe(52);
    expect(lines.map((l) => l.text)).toEqual(['中'.repeat(12), '中'.repeat(12)]);
  });

  it('never loads the detector for a crop whose lines are fine', async () => {
    const { det, calls } = fakeDetector(detBoxes);
    const page = await recognizeCrop({ ...fakeModel(fakeSession(CLASSES, '中'), CLASSES), det }, PAGE);
    expect(page.blocks![0].paragraphs[0].lines).toHaveLength(3);
    expect(calls).toEqual({ loads: 0, runs: 0 });
  });

  it('runs the detector on every crop with `detector`, and never with `lines`', async () => {
    for (const [options, runs] of [
      [{ source: 'detector' as const }, 1],
      [{ source: 'lines' as const }, 0],
    ] as const) {
      const { det, calls } = fakeDetector(detBoxes);
      await recognizeCrop({ ...fakeModel(fakeSession(CLASSES, '中'), CLASSES), det }, PAGE, options);
      expect(calls.runs, JSON.stringify(options)).toBe(runs);
    }
  });

  it('keeps the found lines when the detector finds nothing', async () => {
    const { det, calls } = fakeDetector([]);
    const page = await recognizeCrop({ ...fakeModel(fakeSession(CLASSES, '中'), CLASSES), det }, JOINED);
    expect(calls.runs).toBe(1);
    expect(page.blocks![0].paragraphs[0].lines).toHaveLength(1);
  });
});
