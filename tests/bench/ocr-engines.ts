/**
 * OCR engines side by side: tesseract.js (the region plan, as the CLI reads), PP-OCR rec on onnxruntime-node
 * and PP-OCR rec on onnxruntime-web (wasm, one thread: the extension's runtime) — engine × page: page CER in
 * reading order, seconds from engine creation to document (start-up included, as a CLI run or the first page
 * in the panel sees it), the CPU seconds of that span (all threads; on a shared machine the fairer speed
 * comparison) and the peak memory of the process. Each run is its own child process, so one
 * engine's memory is not counted against the next.
 * Pages: the realistic pages (tests/fixtures/realistic) as they are, and each clean fixture page as rendered
 * and downscaled to ≈ 15 px as JPEG q30 (as tests/bench/ocr.ts). The wasm runtime is slow enough to be
 * measured on the first realistic and the first clean page only. `--quick`: the first realistic page.
 * Run: `node bin/run-ts.mjs tests/bench/ocr-engines.ts [--quick] [--workers N]` (also part of `npm run bench -- --only ocr`).
 * One run: `… --child PAGE realistic|rendered|jpeg ENGINE WORKERS [REC.onnx [DICTIONARY.txt]]` (ENGINE also
 * `paddle-lines` or `paddle-det`: PP-OCR with lines from the ink profile only, or the detector only); a recognition
 * model file other than the shipped one (with the shipped dictionary unless one is named) compares model files.
 */
import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { createNodeEngine, decodeImage } from '../../cli/node-ocr';
import { nodePaddleEngine, PP_OCR_V4_REC, type RecModelFiles } from '../../cli/paddle-model';
import type { LineSource } from '../../lib/ocr/paddle';
import { readPage } from '../../lib/pipeline';
import { fixturePages, type BenchPage } from '../layout/support/fixture-pages';
import { pageCer } from '../layout/support/score';
import { resized } from './ocr';
import { benchPageName, realisticPages } from './realistic';

const ENGINES = ['tesseract', 'paddle', 'paddle-wasm'] as const;
/**
 * Child runs only, for decision 010's line-source comparison: PP-OCR node with lines from the ink profile
 * alone (never the detector), or from the detector alone on every crop (no line finding).
 */
const LINE_SOURCE_RUNS = { 'paddle-lines': 'lines', 'paddle-det': 'detector' } as const satisfies Record<string, LineSource>;
type EngineRun = (typeof ENGINES)[number] | keyof typeof LINE_SOURCE_RUNS;
type VariantKind = 'realistic' | 'rendered' | 'jpeg';

export interface EngineRow {
  page: string;
  engine: EngineRun;
  workers: number;
  pageCer: number;
  seconds: number;
  /** CPU time of the whole process (all threads) for the same span: comparable when the machine is shared. */
  cpuSeconds: number;
  peakMb: number;
  /** The PP-OCR recognition model file and its size (tesseract rows: none). */
  model?: string;
  modelMb?: number;
}

async function variant(page: BenchPage, kind: VariantKind): Promise<BenchPage> {
  if (kind === 'realistic') return { ...page, name: benchPageName(page.name) };
  if (kind === 'rendered') return { ...page, name: `${page.name} @${page.body} px` };
  const lo = await resized(page, page.body >= 20 ? 15 / page.body : 0.7);
  return { ...lo, name: `${lo.name} JPEG q30`, png: await sharp(lo.png).jpeg({ quality: 30 }).toBuffer() };
}

function engineOf(run: EngineRun, workers: number, model: RecModelFiles) {
  if (run === 'tesseract') return createNodeEngine('tesseract', { workers });
  if (run === 'paddle-wasm') return Promise.resolve(nodePaddleEngine('web', workers, model));
  return Promise.resolve(nodePaddleEngine('node', workers, model, run === 'paddle' ? 'fallback' : LINE_SOURCE_RUNS[run]));
}

/** One engine on one page, in this process (the child's side). */
async function runOne(pageName: string, kind: VariantKind, run: EngineRun, workers: number, model: RecModelFiles): Promise<EngineRow> {
  const page = (kind === 'realistic' ? realisticPages() : fixturePages()).find((p) => p.name === pageName);
  if (!page) throw new Error(`no fixture page ${pageName}`);
  const v = await variant(page, kind);
  const image = await decodeImage(v.png);
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const engine = await engineOf(run, workers, model);
  try {
    const detection = { meta: {}, image: null, regions: v.regions, adapter: 'bench', warnings: [] };
    const { doc } = await readPage(engine, image, detection, {});
    const seconds = (performance.now() - t0) / 1000;
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = Math.round((cpu.user + cpu.system) / 1e5) / 10;
    const text = doc.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
    // maxRSS is in kilobytes and covers the worker threads (tesseract) and the native runtime's own threads.
    const peakMb = Math.round(process.resourceUsage().maxRSS / 1024);
    const modelInfo = run === 'tesseract' ? {} : { model: basename(model.rec), modelMb: Math.round(statSync(model.rec).size / 1e5) / 10 };
    return { page: v.name, engine: run, workers, pageCer: Math.round(pageCer(v.truth, text) * 1000) / 1000, seconds: Math.round(seconds * 10) / 10, cpuSeconds, peakMb, ...modelInfo };
  } finally {
    await engine.terminate();
  }
}

const exec = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function benchEngines(options: { quick?: boolean; workers?: number; silent?: boolean } = {}): Promise<EngineRow[]> {
  const workers = options.workers ?? 2;
  const clean = fixturePages();
  const plan: [BenchPage, VariantKind, EngineRun[]][] = [
    ...realisticPages().map((p, i): [BenchPage, VariantKind, EngineRun[]] => [p, 'realistic', ENGINES.filter((e) => e !== 'paddle-wasm' || i === 0)]),
    ...clean.flatMap((p, i) =>
      (['rendered', 'jpeg'] as const).map((kind): [BenchPage, VariantKind, EngineRun[]] => [p, kind, ENGINES.filter((e) => e !== 'paddle-wasm' || i === 0)]),
    ),
  ];
  const rows: EngineRow[] = [];
  for (const [page, kind, engines] of options.quick ? plan.slice(0, 1) : plan) {
    for (const run of engines) {
      const args = ['bin/run-ts.mjs', 'tests/bench/ocr-engines.ts', '--child', page.name, kind, run, String(workers)];
      const { stdout } = await exec(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 24 });
      const row = JSON.parse(stdout.trim().split('\n').pop()!) as EngineRow;
      rows.push(row);
      if (!options.silent) console.log(`  ${row.page} / ${row.engine} ×${row.workers}: CER ${(row.pageCer * 100).toFixed(1)} % in ${row.seconds} s (CPU ${row.cpuSeconds ?? '–'} s), peak ${row.peakMb} MB`);
    }
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  if (argv[0] === '--child') {
    const [, name, kind, run, workers, rec, dictionary] = argv;
    const model = rec ? { name: basename(rec), rec, dictionary: dictionary ?? PP_OCR_V4_REC.dictionary, height: PP_OCR_V4_REC.height } : PP_OCR_V4_REC;
    console.log(JSON.stringify(await runOne(name, kind as VariantKind, run as EngineRun, Number(workers), model)));
    process.exit(0);
  }
  const at = argv.indexOf('--workers');
  await benchEngines({ quick: argv.includes('--quick'), workers: at >= 0 ? Number(argv[at + 1]) : 2 });
}
