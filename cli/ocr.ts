/**
 * `epaper-md ocr PAGE [--url URL] [--regions FILE] [--format md|json] [-o OUT] [--workers N] [--scale F]
 *   [--out DIR [--per article|page|both] [--zip] [--json]]`
 * PAGE: an image file, or a saved/served e-paper HTML page (through cli/page-source.ts).
 * Progress goes to stderr, one line per region; the document to stdout, OUT, or export files under DIR.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Option, type Command } from 'commander';
import type { PageDetection, Region } from '../lib/detect/types';
import { pageToMarkdown } from '../lib/export';
import { ocrToDocument } from '../lib/layout';
import type { EpaperDocument } from '../lib/model';
import { toJson } from '../lib/model/json';
import { BUNDLED_LANGS, DEFAULT_LANGS } from '../lib/ocr';
import { UsageError } from './errors';
import { addOutputOptions, writeOutputs, type OutputFlags } from './output';
import { decodeImage, ocrImage, wholePageRegion } from './node-ocr';

interface PageSource {
  loadPage(pathOrUrl: string, options?: { url?: string }): Promise<{ detection: PageDetection; image: Buffer }>;
  loadRegionsFile(path: string): Promise<Region[]>;
}

// The detect engineer's loader (HTML pages, URLs, region files); imported lazily so the command still
// reads plain image files while that module does not exist yet.
async function pageSource(): Promise<PageSource | null> {
  const specifier = './page-source.ts';
  try {
    return (await import(/* @vite-ignore */ specifier)) as PageSource;
  } catch (err) {
    if ((err as { code?: string }).code === 'ERR_MODULE_NOT_FOUND' && String(err).includes('page-source')) return null;
    throw err;
  }
}

const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif', '.tif', '.tiff']);

async function readInput(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw new UsageError(`page not found: ${path}`);
    throw err;
  }
}

export async function loadOcrInput(pathOrUrl: string, regionsFile?: string, siteUrl?: string): Promise<{ detection: PageDetection; image: Buffer; regions: Region[] }> {
  const source = await pageSource();
  const isImageFile = !/^https?:\/\//i.test(pathOrUrl) && IMAGE_EXTENSIONS.has(extname(pathOrUrl).toLowerCase());
  let detection: PageDetection;
  let image: Buffer;
  if (source && !isImageFile) ({ detection, image } = await source.loadPage(pathOrUrl, { url: siteUrl }));
  else if (isImageFile) {
    image = await readInput(pathOrUrl);
    detection = { meta: {}, image: null, regions: [], adapter: 'image-file', warnings: [] };
  } else {
    throw new UsageError(`cannot read ${pathOrUrl}: only image files (${[...IMAGE_EXTENSIONS].join(' ')}) are supported until the e-paper page loader is installed`);
  }
  let regions = detection.regions;
  if (regionsFile) {
    if (source) regions = await source.loadRegionsFile(regionsFile);
    else regions = parseRegions(parseJsonFile(String(await readInput(regionsFile)), regionsFile), regionsFile);
  }
  return { detection, image, regions };
}

function parseJsonFile(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${file} is not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** Minimal region-file reader (a JSON array of `{ id, box, polygon? }`) used until page-source.ts exists. */
function parseRegions(value: unknown, file: string): Region[] {
  const list = Array.isArray(value) ? value : (value as { regions?: unknown })?.regions;
  if (!Array.isArray(list)) throw new UsageError(`${file}: expected a JSON array of regions`);
  return list.map((r: Partial<Region>, i) => {
    const box = r.box;
    if (!r.id || !Array.isArray(box) || box.length !== 4 || !box.every(Number.isFinite)) {
      throw new UsageError(`${file}: region ${i} needs an "id" and a "box" [x0, y0, x1, y1]`);
    }
    const [x0, y0, x1, y1] = box;
    const polygon = r.polygon ?? ([[x0, y0], [x1, y0], [x1, y1], [x0, y1]] as [number, number][]);
    return { id: String(r.id), shape: r.shape ?? 'rect', polygon, box, href: r.href, title: r.title };
  });
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
}

function positive(value: string, flag: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} must be a positive ${integer ? 'whole number' : 'number'}, got "${value}"`);
  }
  return n;
}

/** `chi_sim+eng` → ['chi_sim', 'eng'], each one whose traineddata ships with the package. */
export function parseLangs(value: string): string[] {
  const langs = value.split('+').map((l) => l.trim());
  const unknown = langs.filter((l) => !(BUNDLED_LANGS as readonly string[]).includes(l));
  if (!value.trim() || unknown.length) {
    throw new UsageError(`--lang takes ${BUNDLED_LANGS.join(', ')} joined with "+" (e.g. chi_sim+eng), got "${value}"`);
  }
  return [...new Set(langs)];
}

/** OCRs one page into a document; progress lines to `log`. Throws after returning nothing only on total failure. */
export async function ocrPageToDocument(page: string, flags: Pick<OcrCommandFlags, 'regions' | 'workers' | 'scale' | 'url'> & { lang?: string }, log: (line: string) => void, signal?: AbortSignal) {
  const workers = positive(flags.workers, '--workers', true);
  const langs = flags.lang ? parseLangs(flags.lang) : [...DEFAULT_LANGS];
  const scale = flags.scale === 'auto' ? 'auto' : positive(flags.scale, '--scale', false);
  const { detection, image, regions: found } = await loadOcrInput(page, flags.regions, flags.url);
  const raster = await decodeImage(image);
  const regions = found.length ? found : [wholePageRegion(raster.width, raster.height)];
  const t0 = Date.now();
  let done = 0;
  const result = await ocrImage(raster, regions, {
    workers,
    scale,
    langs,
    signal,
    onRegion: (regionId, outcome) => {
      done += 1;
      if ('region' in outcome) log(`[${done}/${regions.length}] region ${regionId} done (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      else log(`[${done}/${regions.length}] region ${regionId} failed: ${outcome.error}`);
    },
  });
  log(`OCR of ${regions.length} region(s) took ${((Date.now() - t0) / 1000).toFixed(1)} s with ${workers} worker(s)`);
  const hrefs = Object.fromEntries(regions.filter((r) => r.href).map((r) => [r.id, r.href!]));
  const meta = {
    ...detection.meta,
    imageSize: { width: raster.width, height: raster.height },
    capturedAt: detection.meta.capturedAt ?? new Date().toISOString(),
    ocr: { engine: 'tesseract.js 7', languages: langs },
  };
  return { doc: ocrToDocument(result.regions, meta, hrefs, { photos: result.photos }), failures: result.failures, regionCount: regions.length, image: raster };
}

export function formatDocument(doc: EpaperDocument, format: 'md' | 'json'): string {
  return format === 'json' ? `${JSON.stringify(toJson(doc), null, 2)}\n` : pageToMarkdown(doc);
}

export function registerOcr(program: Command): void {
  const cmd = program
    .command('ocr')
    .description('OCR an e-paper page (image file or saved/served page) into Markdown or document JSON')
    .argument('<page>', 'image file, saved e-paper HTML page, or http:// URL')
    .option('--url <url>', 'address of a saved page on the web (its links, adapter and missing files resolve there)')
    .option('--regions <file>', 'JSON file with article regions (overrides the page’s hotspots)')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--workers <n>', 'parallel OCR workers', '2')
    .option('--scale <factor>', "resample regions before OCR: a factor, or 'auto' (upscale small print, chosen by the layout code)", 'auto')
    .option('--lang <langs>', `recognition languages from ${BUNDLED_LANGS.join(', ')}, joined with "+"`, DEFAULT_LANGS.join('+'));
  addOutputOptions(cmd).action(async (page: string, flags: OcrCommandFlags) => {
    if (flags.images && !flags.out) throw new UsageError('--images writes image files: use it with --out DIR');
    // Ctrl-C stops the workers instead of leaving tesseract threads to finish their regions.
    const controller = new AbortController();
    const onSigint = () => controller.abort();
    process.once('SIGINT', onSigint);
    const { doc, failures, regionCount, image } = await ocrPageToDocument(page, flags, (line) => process.stderr.write(`${line}\n`), controller.signal).finally(() =>
      process.off('SIGINT', onSigint),
    );
    if (flags.out) {
      const written = await writeOutputs(doc, flags as OutputFlags, { json: JSON.stringify(toJson(doc)), pageImage: image });
      process.stdout.write(`Wrote:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
    } else {
      const text = formatDocument(doc, flags.format);
      if (flags.output) await writeFile(flags.output, text);
      else process.stdout.write(text);
    }
    // Partial results are still written and failures listed; the exit code says the page is lost only
    // when no region could be read at all.
    if (failures.length) process.stderr.write(`${failures.length} of ${regionCount} region(s) failed: ${failures.map((f) => `${f.regionId} (${f.message})`).join(', ')}\n`);
    if (failures.length && failures.length === regionCount) throw new Error(`all ${regionCount} region(s) failed`);
  });
}
