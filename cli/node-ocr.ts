/**
 * Node adapter for lib/ocr: decodes the page image with sharp and reads each region block by block
 * (lib/layout ocrByBlocks: columns cut on the image, PSM 6/7) with tesseract files from node_modules
 * (no network, ever).
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { Point, Region } from '../lib/detect/types';
import { rgbaRaster, type Raster } from '../lib/image';
import { ocrByBlocks, type BlockOcrOptions, type BlocksOcrResult } from '../lib/layout';
import { BUNDLED_LANGS, createOcrEngine, DEFAULT_LANGS, type OcrPaths, type OcrProgress } from '../lib/ocr';

const require = createRequire(import.meta.url);

/**
 * tesseract.js reads every language from one `langPath`, but each @tesseract.js-data package has its own
 * folder, so the best_int files are copied once into a shared folder under the OS temp directory.
 */
export async function nodeOcrPaths(langs: readonly string[] = BUNDLED_LANGS): Promise<OcrPaths> {
  const langPath = join(tmpdir(), 'epaper-md-tessdata-best-int');
  await mkdir(langPath, { recursive: true });
  for (const lang of langs) {
    const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    const source = join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`);
    const target = join(langPath, `${lang}.traineddata.gz`);
    const [src, dst] = await Promise.all([stat(source), stat(target).catch(() => null)]);
    if (!dst || dst.size !== src.size) await copyFile(source, target);
  }
  return { langPath };
}

export async function decodeImage(bytes: Buffer | Uint8Array): Promise<Raster> {
  try {
    const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return rgbaRaster(info.width, info.height, data);
  } catch (err) {
    throw new Error(`cannot decode the page image: ${err instanceof Error ? err.message : String(err)}`);
  }
}

/** The whole image as one region, for a page without hotspots. */
export function wholePageRegion(width: number, height: number): Region {
  const polygon: Point[] = [[0, 0], [width, 0], [width, height], [0, height]];
  return { id: 'page', shape: 'whole', polygon, box: [0, 0, width, height] };
}

export interface NodeOcrOptions {
  workers?: number;
  /** Resample factor, or 'auto' (default): lib/layout's choice from the measured body text height. */
  scale?: number | 'auto';
  /** Engine progress; its ids are block ids (`<regionId>~<n>`, see lib/layout regionOfPart). */
  onProgress?: (p: OcrProgress) => void;
  onRegion?: BlockOcrOptions['onRegion'];
  signal?: AbortSignal;
  parameters?: Record<string, string>;
  /** Recognition languages, from BUNDLED_LANGS; default DEFAULT_LANGS (chi_sim). */
  langs?: readonly string[];
}

export async function ocrImage(image: Raster, regions: Region[], options: NodeOcrOptions = {}): Promise<BlocksOcrResult> {
  const engine = createOcrEngine({
    paths: await nodeOcrPaths(),
    workers: options.workers ?? 2,
    langs: options.langs ?? DEFAULT_LANGS,
    onProgress: options.onProgress,
    parameters: options.parameters,
  });
  try {
    const fixedScale = typeof options.scale === 'number' ? options.scale : undefined;
    return await ocrByBlocks(engine, image, regions, { fixedScale, signal: options.signal, onRegion: options.onRegion });
  } finally {
    await engine.terminate();
  }
}

/** Same as lib/ocr `buildOcrJobs` (kept under this name for the benchmark scripts). */
export { buildOcrJobs as buildJobs } from '../lib/ocr';
