/**
 * `epaper-md ocr PAGE [--url URL] [--regions FILE] [--text publisher|ocr|both] [--format md|json] [-o OUT] [--workers N] [--scale F]
 *   [--engine paddle|tesseract] [--apply safe|all|none] [--out DIR [--per article|page|both] [--zip] [--json] [--images] [--cite csl,ris]]`
 * The repair engine runs on the OCR (`--apply`, default safe), so the counts of what is left for review are true.
 * `--text` (default publisher): an article whose hotspot links to a readable content page takes the
 * publisher's text from it (cli/content-pages.ts); `both` OCRs it too and keeps OCR's reading beside it.
 * PAGE: an image file, or a saved/served e-paper HTML page (through cli/page-source.ts).
 * Progress goes to stderr, one line per region; the document to stdout, OUT, or export files under DIR.
 */
import { writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import type { PageDetection } from '../lib/detect/types';
import type { Article } from '../lib/model/document';
import { documentJson } from '../lib/export';
import { BUNDLED_LANGS, DEFAULT_CLI_ENGINE, DEFAULT_LANGS, OCR_ENGINES, type OcrEngineChoice } from '../lib/ocr';
import { UsageError } from './errors';
import { addOutputOptions, checkOutputFlags, writeOutputs, type OutputFlags } from './output';
import { coverageProblem } from '../lib/model/coverage';
import { decodeImage, ocrPage } from './node-ocr';
import { loadPage, loadRegionsFile } from './page-source';
import { TEXT_MODES, type TextMode } from '../lib/pipeline';
import { cliContentOptions } from './content-pages';
import { APPLY_HELP, APPLY_LEVELS, listSuggestions, renderRepaired, repairStep, summarise, type ApplyLevel } from './repair-step';

/** The page and its detection; `--regions FILE` replaces the detected hotspots with the user's own. */
async function loadOcrInput(pathOrUrl: string, regionsFile?: string, siteUrl?: string): Promise<{ detection: PageDetection; image: Buffer }> {
  const { detection, image } = await loadPage(pathOrUrl, { url: siteUrl });
  if (!regionsFile) return { detection, image };
  return { detection: { ...detection, regions: await loadRegionsFile(regionsFile) }, image };
}

export interface OcrCommandFlags extends Partial<OutputFlags> {
  regions?: string;
  /** Address of a saved page on the web. */
  url?: string;
  format: 'md' | 'json';
  output?: string;
  workers: string;
  scale: string;
  lang: string;
  engine: OcrEngineChoice;
  apply: ApplyLevel;
  /** Where article text comes from: the publisher's content pages, our OCR, or both (compared). */
  text?: TextMode;
}

/**
 * Bounds of the numeric flags. Each tesseract worker holds its own WebAssembly heap (tens of MB, growing
 * with the region), and a factor beyond a few times the print size only multiplies the pixels tesseract
 * must hold (`--scale 80` runs it out of memory; `auto` chooses 1 or 1.5).
 */
const WORKERS_RANGE = { min: 1, max: 8 } as const;
const SCALE_RANGE = { min: 0.25, max: 4 } as const;

function inRange(value: string, flag: string, range: { min: number; max: number }, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < range.min || n > range.max || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} must be a ${integer ? 'whole number' : 'number'} from ${range.min} to ${range.max}, got "${value}"`);
  }
  return n;
}

/** `chi_sim+eng` → ['chi_sim', 'eng'], each one whose traineddata ships with the package. */
function parseLangs(value: string): string[] {
  const langs = value.split('+').map((l) => l.trim());
  const unknown = langs.filter((l) => !(BUNDLED_LANGS as readonly string[]).includes(l));
  if (!value.trim() || unknown.length) {
    throw new UsageError(`--lang takes ${BUNDLED_LANGS.join(', ')} joined with "+" (e.g. chi_sim+eng), got "${value}"`);
  }
  return [...new Set(langs)];
}

/** OCRs one page into a document; progress lines to `log`. Failed regions are returned, not thrown. */
export async function ocrPageToDocument(
  page: string,
  flags: Pick<OcrCommandFlags, 'regions' | 'workers' | 'scale' | 'url' | 'text'> & { lang?: string; engine?: OcrEngineChoice },
  log: (line: string) => void,
  signal?: AbortSignal,
) {
  const workers = inRange(flags.workers, '--workers', WORKERS_RANGE, true);
  const engine = flags.engine ?? DEFAULT_CLI_ENGINE;
  const langs = flags.lang ? parseLangs(flags.lang) : [...DEFAULT_LANGS];
  // PP-OCR has one dictionary (Chinese, Latin letters, digits): a language choice would silently do nothing.
  if (engine === 'paddle' && langs.join('+') !== DEFAULT_LANGS.join('+')) {
    throw new UsageError(`--lang chooses tesseract's languages; PP-OCR reads Chinese with Latin letters and digits on its own. Use --engine tesseract with --lang ${langs.join('+')}`);
  }
  const fixedScale = flags.scale === 'auto' ? undefined : inRange(flags.scale, '--scale', SCALE_RANGE, false);
  const { detection, image } = await loadOcrInput(page, flags.regions, flags.url);
  const raster = await decodeImage(image);
  // A page without hotspots is read as one region (readPage's whole-image region).
  const regionCount = detection.regions.length || 1;
  const t0 = Date.now();
  let done = 0;
  let published = 0;
  const { doc, failures } = await ocrPage(raster, detection, {
    workers,
    langs,
    engine,
    fixedScale,
    signal,
    text: {
      ...cliContentOptions(flags.text ?? 'publisher', detection, log),
      onPublisherArticle: (regionId) => {
        published += 1;
        log(`[${++done}/${regionCount}] region ${regionId}: publisher's text`);
      },
    },
    onArticle: (regionId, article, region) => {
      log(`[${++done}/${regionCount}] region ${regionId} done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      for (const part of region.failedParts ?? []) log(`warning: region ${regionId}: part ${part.partId} could not be read (${part.message}); the region keeps its other parts`);
      const warning = coverageWarning(regionId, article);
      if (warning) log(warning);
    },
    onFailure: (f) => log(`[${++done}/${regionCount}] region ${f.regionId} failed: ${f.message}`),
  });
  const ocrCount = regionCount - published;
  log(`${published ? `${published} region(s) from the publisher's pages; ` : ''}OCR of ${ocrCount} region(s) took ${((Date.now() - t0) / 1000).toFixed(1)} s with ${workers} ${engine} worker(s)`);
  // A region that was read but gave no text is said so by name, never an empty article without a word.
  const failed = new Set(failures.map((f) => f.regionId));
  const withText = new Set(doc.articles.filter((a) => a.blocks.some((b) => b.text.trim())).map((a) => a.regionId));
  const regionIds = detection.regions.length ? detection.regions.map((r) => r.id) : doc.articles.map((a) => a.regionId ?? '');
  const empty = regionIds.filter((id) => !failed.has(id) && !withText.has(id));
  for (const id of empty) log(`note: region ${id} has no text that OCR could read (blank, a photo, or print too small)`);
  return { doc, failures, regionCount, image: raster, emptyRegions: empty.length };
}

/** The stderr line for an article whose ink OCR did not read or read short (text missing), or read without confidence (text garbled). */
export function coverageWarning(regionId: string, article: Pick<Article, 'ocrCoverage' | 'ocrConfidentCoverage'>): string | undefined {
  const problem = coverageProblem(article);
  if (problem === 'unread') {
    const c = article.ocrCoverage ?? 0;
    return `warning: region ${regionId}: OCR read text for only ${Math.round(c * 100)} % of its ink (a part not read, lines read together as one, or a column taken for a picture), so text may be missing (ocr_coverage ${c} in its front matter); compare it with the page image, or try the other --engine or --scale 1.5`;
  }
  if (problem === 'unsure') {
    const c = article.ocrConfidentCoverage ?? 0;
    return `warning: region ${regionId}: OCR read only ${Math.round(c * 100)} % of its ink with confidence (a blurred or heavily compressed image?), so its text may have wrong or missing characters (ocr_confident_coverage ${c} in its front matter); compare it with the page image, or try the other --engine or a sharper image`;
  }
  return undefined;
}

/** One page read and repaired: what `ocr` prints or writes, and what `issue` writes for each page of an edition. */
export async function readPageDocument(page: string, flags: Parameters<typeof ocrPageToDocument>[1] & { apply: ApplyLevel }, log: (line: string) => void, signal?: AbortSignal) {
  const { doc, ...read } = await ocrPageToDocument(page, flags, log, signal);
  return { step: repairStep(doc, flags.apply), ...read };
}

/** How a page is read (text source, engine, workers, scale, languages, repair): the same on `ocr` and `issue`. */
export function addReadOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--text <source>', "article text: the publisher's content pages where readable (else OCR), OCR only, or both compared").choices([...TEXT_MODES]).default('publisher'))
    .option('--workers <n>', 'parallel OCR workers', '2')
    .addOption(ENGINE_OPTION())
    .option('--scale <factor>', "resample regions before OCR: a factor, or 'auto' (upscale small print, chosen by the layout code)", 'auto')
    .addOption(new Option('--apply <level>', APPLY_HELP).choices([...APPLY_LEVELS]).default('safe'))
    .option('--lang <langs>', `recognition languages from ${BUNDLED_LANGS.join(', ')}, joined with "+"`, DEFAULT_LANGS.join('+'));
}

/** `--engine`, shared by the commands that OCR. */
export const ENGINE_OPTION = () =>
  new Option('--engine <engine>', 'OCR engine: paddle (PP-OCRv4 on ONNX Runtime) or tesseract (tesseract.js, the only one with --lang eng)')
    .choices([...OCR_ENGINES])
    .default(DEFAULT_CLI_ENGINE);

/** The repair summary (and with `--apply none` the suggestions themselves) for stderr. */
export function repairReport(step: ReturnType<typeof repairStep>, level: ApplyLevel): string {
  const list = level === 'none' && step.pending.length ? `${listSuggestions(step.doc, step.pending)}\n` : '';
  return `${list}${summarise(step.applied, step.pending)}\n`;
}

export function registerOcr(program: Command): void {
  const cmd = program
    .command('ocr')
    .description('OCR an e-paper page (image file or saved/served page) into Markdown or document JSON')
    .argument('<page>', 'image file, saved e-paper HTML page, or http:// URL')
    .option('--url <url>', 'address of a saved page on the web (its links, adapter and missing files resolve there)')
    .option('--regions <file>', 'JSON file with article regions (overrides the page’s hotspots)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('-o, --output <file>', 'write to FILE instead of stdout');
  addOutputOptions(addReadOptions(cmd)).action(async (page: string, flags: OcrCommandFlags) => {
    if (flags.images && !flags.out) throw new UsageError('--images writes image files: use it with --out DIR');
    // Ctrl-C stops the workers instead of leaving tesseract threads to finish their regions.
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    checkOutputFlags(flags);
    const { step, failures, regionCount, image, emptyRegions } = await readPageDocument(page, flags, (line) => process.stderr.write(`${line}\n`), controller.signal).finally(() =>
      process.off('SIGINT', onSigint),
    );
    if (emptyRegions === regionCount) throw new Error(`no text found on ${page}: OCR read none of its ${regionCount} region(s); nothing was written`);
    if (flags.out) {
      const json = documentJson(step.doc, { suggestions: step.pending });
      const written = await writeOutputs(step.doc, flags as OutputFlags, { json, pageImage: image, unreviewedByArticle: step.unreviewedByArticle });
      process.stdout.write(`Wrote:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
    } else {
      const text = renderRepaired(step, flags.format, { markUncertain: flags.markUncertain, includeSetAside: flags.setAside });
      if (flags.output) await writeFile(flags.output, text);
      else process.stdout.write(text);
    }
    process.stderr.write(repairReport(step, flags.apply));
    // Partial results are still written and failures listed; the exit code says the page is lost only
    // when no region could be read at all.
    if (failures.length) process.stderr.write(`${failures.length} of ${regionCount} region(s) failed: ${failures.map((f) => `${f.regionId} (${f.message})`).join(', ')}\n`);
    if (failures.length && failures.length === regionCount) throw new Error(`all ${regionCount} region(s) failed`);
  });
}
