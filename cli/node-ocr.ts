/**
 * Node adapter for the page pipeline: decodes the page image with sharp and runs lib/pipeline readPage on
 * an engine whose files come from node_modules (no network, ever): tesseract.js, or PP-OCR on onnxruntime-node.
 */
import { copyFile, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import type { PageDetection } from '../lib/detect/types';
import { GRAY_DECODE_PIXELS, grayRaster, rgbaRaster, type Raster } from '../lib/image';
import { BUNDLED_LANGS, createOcrEngine, DEFAULT_CLI_ENGINE, DEFAULT_LANGS, type OcrEngine, type OcrEngineChoice, type OcrPaths } from '../lib/ocr';
import { readPage, readPageWithText, type PageResult, type PublisherTextOptions, type ReadPageHooks } from '../lib/pipeline';
import { nodePaddleEngine } from './paddle-model';

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
    const { width = 0, height = 0 } = await sharp(bytes).metadata();
    if (width * height > GRAY_DECODE_PIXELS) {
      const { data, info } = await sharp(bytes).flatten({ background: '#ffffff' }).toColourspace('b-w').raw().toBuffer({ resolveWithObject: true });
      return grayRaster(info.width, info.height, data);
    }
    const { data, info } = await sharp(bytes).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
    return rgbaRaster(info.width, info.height, data);
  } catch (err) {
    throw new Error(`cannot decode the page image: ${err instanceof Error ? err.message : String(err)}`);
  }
}

export interface NodeOcrOptions extends ReadPageHooks {
  workers?: number;
  /** Extra/overriding tesseract parameters for every job. */
  parameters?: Record<string, string>;
  /** Recognition languages, from BUNDLED_LANGS; default DEFAULT_LANGS (chi_sim). tesseract only. */
  langs?: readonly string[];
  /** The publisher's text from the hotspots' content pages (`--text`); without it every region is OCR'd. */
  text?: PublisherTextOptions;
  engine?: OcrEngineChoice;
}

/** The chosen engine with its Node files; PP-OCR on onnxruntime-node, the faster runtime in Node (decision 010). */
export async function createNodeEngine(engine: OcrEngineChoice, options: Pick<NodeOcrOptions, 'workers' | 'langs' | 'parameters'> = {}): Promise<OcrEngine> {
  const { workers = 2, langs = DEFAULT_LANGS, parameters } = options;
  if (engine === 'paddle') return nodePaddleEngine('node', workers);
  return createOcrEngine({ paths: await nodeOcrPaths(), workers, langs, parameters });
}

/** readPageWithText (readPage plus the publisher's text) on an engine of its own, stopped afterwards (a CLI run reads one page). */
export async function ocrPage(image: Raster, detection: PageDetection, options: NodeOcrOptions = {}): Promise<PageResult> {
  const { workers, langs, parameters, text, engine: choice = DEFAULT_CLI_ENGINE, ...hooks } = options;
  const engine = await createNodeEngine(choice, { workers, langs, parameters });
  try {
    return await (text ? readPageWithText(engine, image, detection, text, hooks) : readPage(engine, image, detection, hooks));
  } finally {
    await engine.terminate();
  }
}
