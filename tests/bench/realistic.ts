/**
 * The realistic pages (tests/fixtures/realistic: serif 11–14 px body, JPEG q40–75 with 4:2:0 chroma, halos,
 * tinted boxes, photos with text) read two ways, and scored against their exact truth:
 * - our pipeline (lib/pipeline readPage, 2 tesseract.js workers, the plan's own scale): page CER in reading
 *   order, and per article its CER and character recall (order-free share of its truth characters found);
 *   an article below 90 % recall is counted as losing text;
 * - the plain tesseract CLI (system chi_sim+eng, defaults, PSM 3) on each article's hotspot crop (the same
 *   boxes, outside the polygon masked white): CER per region, the baseline our reader must beat.
 * Text painted inside photos is not article text (truth `photoTexts`), so reading it counts as an error.
 * Pages in HELD_OUT_PAGES are measured like the others and marked "(held out)" in the tables.
 * Run: `npm run bench -- --only ocr` (with the rest of the OCR bench) or `node bin/run-ts.mjs tests/bench/realistic.ts [name …]`.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { decodeImage, nodeOcrPaths } from '../../cli/node-ocr';
import { prepareRegion, type Raster } from '../../lib/image';
import { createOcrEngine, type OcrEngine } from '../../lib/ocr';
import { readPage } from '../../lib/pipeline';
import { cerDetail, characterRecall } from '../support/cer';
import { loadTruth, REALISTIC_PAGES_DIR } from '../support/truth';
import { TESSERACT } from '../layout/support/native-tesseract';
import { fixturePages, type BenchPage } from '../layout/support/fixture-pages';
import { truthText } from '../layout/support/score';

const run = promisify(execFile);
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
const pct = (x: number) => `${(x * 100).toFixed(1)} %`;

/**
 * Realistic pages kept out of tuning: their layouts (vertical headlines, boxes and photos inside body columns,
 * stacked briefs, ad modules, jump lines at the start of a body) differ from the other pages', so a rule that
 * fits only the tuned pages shows here. Their specs' evidence says so; do not tune on them.
 */
export const HELD_OUT_PAGES: readonly string[] = ['lanxi-county-p03', 'shuangjiang-evening-p07'];

/** A realistic page's name as bench tables print it: held-out pages are marked. */
export const benchPageName = (name: string): string => (HELD_OUT_PAGES.includes(name) ? `${name} (held out)` : name);

/** Below this share of its truth characters an article has lost text (issue 17's threshold). */
export const LOSS_THRESHOLD = 0.9;

export interface RealisticArticleRow {
  id: string;
  chars: number;
  cer: number;
  recall: number;
  cliCer: number;
}

export interface RealisticPageRow {
  page: string;
  width: number;
  height: number;
  body: number;
  chars: number;
  /** Our pipeline: CER over the whole page in reading order, seconds (2 workers, cold start). */
  pageCer: number;
  seconds: number;
  /** Articles whose recall is below LOSS_THRESHOLD. */
  articlesBelow90: string[];
  /** The plain tesseract CLI on the same region crops: errors over all truth characters, and seconds. */
  cliCer: number;
  cliSeconds: number;
  /** Photo texts (signs, banners) our pipeline put into an article's text, out of all on the page. */
  photoTextsInText: number;
  photoTexts: number;
  articles: RealisticArticleRow[];
}

const squeeze = (s: string) => s.replace(/\s+/g, '');
const occurrences = (text: string, part: string) => (part ? squeeze(text).split(squeeze(part)).length - 1 : 0);

/** The plain CLI on each crop, in one process (a list file); tesseract ends each image's text with a form feed. */
async function plainCliOnCrops(pngs: Uint8Array[]): Promise<{ texts: string[]; seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'epaper-md-realistic-'));
  try {
    const files = await Promise.all(pngs.map(async (png, i) => {
      const file = join(dir, `region${i}.png`);
      await writeFile(file, png);
      return file;
    }));
    await writeFile(join(dir, 'list.txt'), `${files.join('\n')}\n`);
    const t0 = performance.now();
    const { stdout } = await run(TESSERACT, [join(dir, 'list.txt'), 'stdout', '-l', 'chi_sim+eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 64 * 1024 * 1024 });
    const texts = stdout.split('\f');
    if (texts.length < pngs.length) throw new Error(`tesseract returned ${texts.length} page texts for ${pngs.length} crops`);
    return { texts: texts.slice(0, pngs.length), seconds: (performance.now() - t0) / 1000 };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The engine a page is read with (started per page, so each page's time includes start-up): tesseract.js by default. */
export type EngineFactory = () => Promise<OcrEngine>;
const tesseractJs: EngineFactory = async () => createOcrEngine({ paths: await nodeOcrPaths(), workers: 2 });

async function measurePage(page: BenchPage, makeEngine: EngineFactory): Promise<RealisticPageRow> {
  const image: Raster = await decodeImage(page.png);
  const engine = await makeEngine();
  const t0 = performance.now();
  let doc;
  try {
    ({ doc } = await readPage(engine, image, { meta: {}, image: null, regions: page.regions, adapter: 'bench', warnings: [] }, {}));
  } finally {
    await engine.terminate();
  }
  const seconds = (performance.now() - t0) / 1000;
  const crops = page.regions.map((r) => prepareRegion(image, r, { gray: false }).png);
  const cli = await plainCliOnCrops(crops);

  const articles = page.truth.map((t, i) => {
    const truth = truthText(t);
    const ours = doc.articles.find((a) => a.regionId === t.id)?.blocks.map((b) => b.text).join('') ?? '';
    const mine = cerDetail(truth, ours);
    return { id: t.id, chars: mine.truthLength, cer: round(mine.cer), recall: round(characterRecall(truth, ours)), cliErrors: cerDetail(truth, cli.texts[i]).errors };
  });
  const chars = articles.reduce((n, a) => n + a.chars, 0);
  // A sign read into the text shows up more often in our text than in the truth (a caption may name it too).
  const truthPage = loadTruth(join(REALISTIC_PAGES_DIR, page.name));
  const photoTexts = truthPage.articles.flatMap((a) => (a.photoTexts ?? []).map((t) => ({ id: a.id, text: t.text })));
  const inText = photoTexts.filter((t) => {
    // Set-aside blocks (a photo's labels) are out of the article's text.
    const ours = doc.articles.find((a) => a.regionId === t.id)?.blocks.filter((b) => !b.setAside).map((b) => b.text).join('') ?? '';
    return occurrences(ours, t.text) > occurrences(page.truth.find((a) => a.id === t.id)!.readingText ?? '', t.text);
  });
  const ourText = doc.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
  return {
    page: benchPageName(page.name),
    width: page.width,
    height: page.height,
    body: page.body,
    chars,
    pageCer: round(cerDetail(page.truth.map(truthText).join(''), ourText).cer),
    seconds: round(seconds, 1),
    articlesBelow90: articles.filter((a) => a.recall < LOSS_THRESHOLD).map((a) => a.id),
    cliCer: round(articles.reduce((n, a) => n + a.cliErrors, 0) / chars),
    cliSeconds: round(cli.seconds, 1),
    photoTextsInText: inText.length,
    photoTexts: photoTexts.length,
    articles: articles.map(({ cliErrors, ...a }) => ({ ...a, cliCer: round(cliErrors / a.chars) })),
  };
}

export function realisticPages(names: string[] = []): BenchPage[] {
  const pages = fixturePages(REALISTIC_PAGES_DIR);
  return names.length ? pages.filter((p) => names.includes(p.name)) : pages;
}

export async function benchRealistic(options: { names?: string[]; silent?: boolean; engine?: EngineFactory } = {}): Promise<RealisticPageRow[]> {
  const rows: RealisticPageRow[] = [];
  for (const page of realisticPages(options.names)) {
    const row = await measurePage(page, options.engine ?? tesseractJs);
    rows.push(row);
    if (options.silent) continue;
    console.log(`  ${row.page} (${row.width}×${row.height}, ${row.body} px body, ${row.chars} chars): page CER ${pct(row.pageCer)} in ${row.seconds} s; ` +
      `${row.articlesBelow90.length}/${row.articles.length} articles below 90 % of their characters${row.articlesBelow90.length ? ` (${row.articlesBelow90.join(', ')})` : ''}; ` +
      `${row.photoTextsInText}/${row.photoTexts} photo texts read into the text; tesseract CLI on the same boxes: CER ${pct(row.cliCer)} in ${row.cliSeconds} s`);
    for (const a of row.articles) console.log(`    ${a.id}: ${a.chars} chars, CER ${pct(a.cer)}, recall ${pct(a.recall)} | CLI CER ${pct(a.cliCer)}`);
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchRealistic({ names: process.argv.slice(2) });
