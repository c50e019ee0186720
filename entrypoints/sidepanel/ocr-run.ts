/**
 * OCR of a page's regions in the panel page: 2 tesseract.js workers from the extension's own files
 * (no CDN). Each region is read block by block (lib/layout ocrByBlocks: columns cut on the image, PSM 6/7)
 * and turned into an article as soon as all its blocks are read.
 */
import type { PageDetection } from '../../lib/detect/types';
import type { Raster } from '../../lib/image';
import { ocrByBlocks, ocrToDocument, regionOfPart } from '../../lib/layout';
import type { Article } from '../../lib/model/document';
import { createOcrEngine, OcrCancelledError, type OcrEngine } from '../../lib/ocr';
import type { OcrProgress } from '../../lib/ocr/types';

export interface RunCallbacks {
  onProgress: (p: OcrProgress) => void;
  onArticle: (regionId: string, article: Article, seconds?: number) => void;
  onFailure: (regionId: string, message: string) => void;
}

/**
 * The engine reports per block (`<regionId>~<n>`); the panel's rows are per region. A block's end is not
 * the region's, so 'done'/'failed' are left to onArticle/onFailure and the rest is passed on as the region's.
 */
export function regionProgress(onProgress: (p: OcrProgress) => void): (p: OcrProgress) => void {
  return (p) => {
    if (p.status === 'done' || p.status === 'failed') return;
    onProgress({ ...p, regionId: regionOfPart(p.regionId) });
  };
}

export function createExtensionEngine(onProgress: (p: OcrProgress) => void): OcrEngine {
  const url = (path: string) => browser.runtime.getURL(path as '/tesseract/worker.min.js');
  return createOcrEngine({
    paths: { workerPath: url('/tesseract/worker.min.js'), corePath: url('/tesseract/core'), langPath: url('/tesseract/lang') },
    workers: 2,
    onProgress: regionProgress(onProgress),
  });
}

/** Resolves when every region has finished or failed; cancelled regions are reported by progress events. */
export async function recognizePage(engine: OcrEngine, image: Raster, detection: PageDetection, cb: RunCallbacks): Promise<void> {
  const meta = { ...detection.meta, imageSize: { width: image.width, height: image.height } };
  const hrefs = Object.fromEntries(detection.regions.flatMap((r) => (r.href ? [[r.id, r.href]] : [])));
  try {
    await ocrByBlocks(engine, image, detection.regions, {
      onRegion: (regionId, outcome) => {
        if ('error' in outcome) return cb.onFailure(regionId, outcome.error);
        const [article] = ocrToDocument([outcome.region], meta, hrefs, { photos: { [regionId]: outcome.photos } }).articles;
        cb.onArticle(regionId, article, outcome.region.seconds);
      },
    });
  } catch (err) {
    if (!(err instanceof OcrCancelledError)) throw err;
  }
}
