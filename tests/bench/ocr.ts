/**
 * OCR accuracy and speed bench. Prints a table and returns the numbers as JSON:
 * - CER per page variant (as rendered, 15–29 px body text; downscaled to ~15 px; that as JPEG quality 30)
 *   for the hotspot as one image with tesseract's PSM 3, for lib/layout's ink-block plan, and for the plan
 *   with crops at a fixed ×1 / ×1.5 / ×0.7 (the preprocessing alternatives), with article structure scores
 *   (headlines found, paragraph-start F1, captions found + false ones);
 * - seconds per region and per page with 1 and 2 tesseract.js workers (warm), and the 2-worker scaling;
 * - tesseract.js vs the native CLI on the same crops, models and parameters (ratio, same run);
 * - the plain tesseract CLI on the whole page (default settings) vs our pipeline.
 * - the realistic pages (tests/fixtures/realistic, tests/bench/realistic.ts): our pipeline against the plain
 *   tesseract CLI on the same boxes;
 * - the OCR engines side by side, engine × page: CER, seconds, peak MB (tests/bench/ocr-engines.ts).
 * Pages: the fixture pages (tests/fixtures/pages), or the typeset sample page when none are rendered.
 * `--quick`: the first page's downscaled JPEG only, and the first realistic page.
 * Run: `node bin/run-ts.mjs tests/bench/ocr.ts [--quick]`.
 */
import sharp from 'sharp';
import { pathToFileURL } from 'node:url';
import { decodeImage, nodeOcrPaths } from '../../cli/node-ocr';
import type { Region } from '../../lib/detect/types';
import { prepareRegion, type Raster } from '../../lib/image';
import { ocrToDocument } from '../../lib/layout';
import type { BBox, EpaperDocument } from '../../lib/model/document';
import { createOcrEngine, DEFAULT_PARAMETERS, partJob, type OcrJob } from '../../lib/ocr';
import type { RegionOcr } from '../../lib/ocr/types';
import { readPage } from '../../lib/pipeline';
import { planRegion } from '../../lib/plan';
import { bestIntTessdata, nativeOnCrops, plainCliOnPage } from '../layout/support/native-tesseract';
import { fixturePages, type BenchPage } from '../layout/support/fixture-pages';
import { samplePage } from '../layout/support/sample-page';
import { pageCer, scoreDocument } from '../layout/support/score';
import { benchEngines } from './ocr-engines';
import { benchRealistic, realisticPages } from './realistic';

interface Variant extends BenchPage {
  pipelines: Pipeline[];
}

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

function scaleRegion(r: Region, f: number): Region {
  const box = r.box.map((v) => Math.round(v * f)) as BBox;
  return { ...r, box, polygon: r.polygon.map(([x, y]) => [Math.round(x * f), Math.round(y * f)]) };
}

export async function resized(p: BenchPage, f: number): Promise<BenchPage> {
  const png = await sharp(p.png).resize(Math.round(p.width * f)).png().toBuffer();
  const meta = await sharp(png).metadata();
  return { ...p, name: `${p.name} @${Math.round(p.body * f)} px`, png, width: meta.width!, height: meta.height!, body: p.body * f, regions: p.regions.map((r) => scaleRegion(r, f)) };
}

/** The typeset sample page, when no fixture pages have been rendered. */
async function samplePageForBench(): Promise<BenchPage> {
  const page = await samplePage(28);
  return { name: 'sample', png: page.png, width: page.width, height: page.height, body: 28, regions: page.regions, truth: page.articles };
}

/**
 * Each page as rendered (15–29 px body text), downscaled to about 15 px (or to 70 % when it is already
 * that small), and the downscaled one as JPEG quality 30. `quick`: the first page's JPEG variant only.
 */
async function variants(quick: boolean): Promise<Variant[]> {
  const fixtures = fixturePages();
  const pages = fixtures.length ? fixtures : [await samplePageForBench()];
  const out: Variant[] = [];
  for (const p of quick ? pages.slice(0, 1) : pages) {
    const lo = await resized(p, p.body >= 20 ? 15 / p.body : 0.7);
    const jpeg: BenchPage = { ...lo, name: `${lo.name} JPEG q30`, png: await sharp(lo.png).jpeg({ quality: 30 }).toBuffer() };
    if (!quick) out.push({ ...p, name: `${p.name} @${p.body} px`, pipelines: ['region PSM 3', 'blocks', 'blocks ×0.7', 'blocks ×1.5'] }, { ...lo, pipelines: ['blocks', 'blocks ×1'] });
    out.push({ ...jpeg, pipelines: ['region PSM 3', 'blocks', 'blocks ×1'] });
  }
  return out;
}

type Pipeline = 'region PSM 3' | 'blocks' | 'blocks ×1' | 'blocks ×1.5' | 'blocks ×0.7';
/** A fixed resample factor instead of choosePreprocessing's, for the alternatives the choice was made against. */
const FORCED_SCALE: Partial<Record<Pipeline, number>> = { 'blocks ×1': 1, 'blocks ×1.5': 1.5, 'blocks ×0.7': 0.7 };

/** Each hotspot as one job at ×1 (tesseract's own layout inside it, PSM 3). */
function regionJobs(image: Raster, regions: Region[]): OcrJob[] {
  return regions.map((region) => {
    const { png, offset, scale, box } = prepareRegion(image, region);
    return { regionId: region.id, png, offset, scale, box };
  });
}

/** The jobs lib/pipeline would send for the page: every region planned, every part at its plan's scale. */
function plannedJobs(image: Raster, regions: Region[]): OcrJob[] {
  return regions.map((r) => planRegion(image, r)).flatMap((plan) => plan.parts.map((part) => partJob(image, part, plan.scale)));
}

/**
 * One OCR pass over a page variant. 'region PSM 3': each hotspot as one image, tesseract's own layout.
 * 'blocks': lib/plan's plan (ink blocks, PSM 6/7 each) read by lib/pipeline readPage, with choosePreprocessing's scale; '×1'/'×1.5'/'×0.7':
 * the same with the region crops resampled (bilinear, as prepareRegion does).
 */
async function accuracy(v: Variant, pipeline: Pipeline) {
  const image = await decodeImage(v.png);
  const engine = createOcrEngine({ paths: await nodeOcrPaths(), workers: 2 });
  const t0 = performance.now();
  const meta = { imageSize: { width: v.width, height: v.height } };
  let doc: EpaperDocument;
  let scales: number[];
  try {
    if (pipeline === 'region PSM 3') {
      doc = ocrToDocument(await Promise.all(regionJobs(image, v.regions).map((j) => engine.recognizeRegion(j))), meta);
      scales = v.regions.map(() => 1);
    } else {
      const read: RegionOcr[] = [];
      const detection = { meta: {}, image: null, regions: v.regions, adapter: 'bench', warnings: [] };
      ({ doc } = await readPage(engine, image, detection, { fixedScale: FORCED_SCALE[pipeline], onArticle: (_, __, region) => read.push(region) }));
      scales = v.regions.flatMap((r) => read.filter((x) => x.regionId === r.id).map((x) => x.scale ?? 1));
    }
  } finally {
    await engine.terminate();
  }
  const seconds = (performance.now() - t0) / 1000;
  const articles = scoreDocument(v.truth, doc);
  const text = doc.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
  return { variant: v.name, pipeline, scales, pageCer: round(pageCer(v.truth, text)), seconds: round(seconds, 1), articles };
}

/** Warm engine (workers started before the clock runs): seconds per page and per region. */
async function timing(jobs: OcrJob[], workers: number) {
  const engine = createOcrEngine({ paths: await nodeOcrPaths(), workers });
  try {
    await Promise.all(jobs.slice(0, workers).map((j) => engine.recognizeRegion({ ...j, regionId: `warm-${j.regionId}` })));
    const t0 = performance.now();
    const results = await Promise.all(jobs.map((j) => engine.recognizeRegion(j)));
    const page = (performance.now() - t0) / 1000;
    const perRegion = results.reduce((s, r) => s + (r.seconds ?? 0), 0) / results.length;
    return { workers, pageSeconds: round(page, 2), regionSeconds: round(perRegion, 2) };
  } finally {
    await engine.terminate();
  }
}

export async function benchOcr(options: { quick?: boolean; silent?: boolean } = {}): Promise<object> {
  const quick = options.quick ?? process.argv.includes('--quick');
  const pages = await variants(quick);
  const accuracyRows = [];
  for (const v of pages) {
    for (const pipeline of v.pipelines) {
      const row = await accuracy(v, pipeline);
      accuracyRows.push(row);
      if (!options.silent) console.log(`  ${row.variant} / ${row.pipeline}: CER ${pct(row.pageCer)} (${row.seconds} s)`);
    }
  }

  // Speed on the realistic variant (last): the page's regions twice over, so two workers have work to share.
  const speedPage = pages.find((p) => p.name.endsWith('JPEG q30'))!;
  const jobs = plannedJobs(await decodeImage(speedPage.png), speedPage.regions);
  const doubled = [...jobs, ...jobs.map((j) => ({ ...j, regionId: `${j.regionId}-again` }))];
  const one = await timing(doubled, 1);
  const two = await timing(doubled, 2);
  const scaling = one.pageSeconds / (2 * two.pageSeconds);

  // Same crops, models and parameters (the blocks are read with PSM 6, the plan's usual mode).
  const sameParameters = { ...DEFAULT_PARAMETERS, tessedit_pageseg_mode: '6' };
  const js = await timing(jobs.map((j) => ({ ...j, parameters: sameParameters })), 1);
  const native = await nativeOnCrops(jobs.map((j) => j.png), await bestIntTessdata(), sameParameters);
  const plain = await plainCliOnPage(speedPage.png);
  const ours = accuracyRows.filter((r) => r.variant === speedPage.name && r.pipeline === 'blocks')[0];
  const plainCer = pageCer(speedPage.truth, plain.text);

  // The realistic pages (quick: the first one only).
  if (!options.silent) console.log('\nRealistic pages: our pipeline vs the plain tesseract CLI on the same boxes');
  const realistic = await benchRealistic({ names: quick ? realisticPages().slice(0, 1).map((p) => p.name) : [], silent: options.silent });
  if (!options.silent) console.log('\nOCR engines × pages (tests/bench/ocr-engines.ts)');
  const engines = await benchEngines({ quick, silent: options.silent });

  console.log('\nOCR accuracy (CER over the page in reading order; structure summed over the articles)');
  console.log('variant                             pipeline         scales    page CER  headlines  paragraph F1  captions  seconds');
  for (const r of accuracyRows) {
    const heads = `${r.articles.filter((a) => a.headline).length}/${r.articles.length}`;
    const f1 = r.articles.reduce((s, a) => s + a.paragraphF1, 0) / r.articles.length;
    const caps = `${r.articles.reduce((s, a) => s + a.captionsFound, 0)}/${r.articles.reduce((s, a) => s + a.captionsExpected, 0)}+${r.articles.reduce((s, a) => s + a.falseCaptions, 0)}`;
    console.log(`${r.variant.padEnd(36)}${r.pipeline.padEnd(17)}${r.scales.join(',').padEnd(10)}${pct(r.pageCer).padStart(8)}  ${heads.padStart(9)}  ${f1.toFixed(2).padStart(12)}  ${caps.padStart(8)}  ${String(r.seconds).padStart(7)}`);
  }
  console.log(`\nSpeed on "${speedPage.name}" (${doubled.length} regions, warm workers)`);
  console.log(`1 worker: ${one.pageSeconds} s per page, ${one.regionSeconds} s per region | 2 workers: ${two.pageSeconds} s per page | scaling ${pct(scaling)} (target ≥ 85 %)`);
  console.log(`tesseract.js ${js.pageSeconds} s vs native CLI ${round(native.seconds, 2)} s on the same ${jobs.length} crops, models and parameters: ${(js.pageSeconds / native.seconds).toFixed(2)}× (target ≤ 1.2×)`);
  console.log(`plain tesseract CLI on the whole page: CER ${pct(plainCer)} in ${round(plain.seconds, 1)} s vs our pipeline ${pct(ours.pageCer)}: ${(plainCer / Math.max(ours.pageCer, 1e-3)).toFixed(1)}× lower (target ≥ 2×)`);

  return {
    accuracy: accuracyRows,
    speed: { page: speedPage.name, regions: doubled.length, oneWorker: one, twoWorkers: two, scaling: round(scaling) },
    native: { crops: jobs.length, tesseractJsSeconds: js.pageSeconds, nativeSeconds: round(native.seconds, 2), ratio: round(js.pageSeconds / native.seconds) },
    plainCli: { page: speedPage.name, cer: round(plainCer), seconds: round(plain.seconds, 1), ourCer: ours.pageCer, improvement: round(plainCer / Math.max(ours.pageCer, 1e-3), 1) },
    realistic,
    engines,
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const result = await benchOcr();
  if (process.argv.includes('--json')) console.log(JSON.stringify(result, null, 2));
}
