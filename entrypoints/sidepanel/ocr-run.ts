/**
 * OCR of a page's regions in the panel page: 2 tesseract.js workers from the extension's own files
 * (no CDN), one job per region, each result turned into an article as soon as it is read.
 */
import type { PageDetection } from '../../lib/detect/types';
import type { Raster } from '../../lib/image';
import { ocrToDocument } from '../../lib/layout';
import type { Article } from '../../lib/model/document';
import { buildOcrJobs, createOcrEngine, OcrCancelledError, type OcrEngine } from '../../lib/ocr';
import type { OcrProgress } from '../../lib/ocr/types';

export interface RunCallbacks {
  onProgress: (p: OcrProgress) => void;
  onArticle: (regionId: string, article: Article, seconds?: number) => void;
  onFailure: (regionId: string, message: string) => void;
}

export function createExtensionEngine(onProgress: (p: OcrProgress) => void): OcrEngine {
  const url = (path: string) => browser.runtime.getURL(path as '/tesseract/worker.min.js');
  return createOcrEngine({
    paths: { workerPath: url('/tesseract/worker.min.js'), corePath: url('/tesseract/core'), langPath: url('/tesseract/lang') },
    workers: 2,
    onProgress,
  });
}

/** Resolves when every region has finished or failed; cancelled regions are reported by progress events. */
export async function recognizePage(engine: OcrEngine, image: Raster, detection: PageDetection, cb: RunCallbacks): Promise<void> {
  const meta = { ...detection.meta, imageSize: { width: image.width, height: image.height } };
  const hrefs = Object.fromEntries(detection.regions.flatMap((r) => (r.href ? [[r.id, r.href]] : [])));
  const jobs = buildOcrJobs(image, detection.regions, 'auto');
  await Promise.all(
    jobs.map(async (job) => {
      try {
        const region = await engine.recognizeRegion(job);
        const [article] = ocrToDocument([region], meta, hrefs).articles;
        cb.onArticle(job.regionId, article, region.seconds);
      } catch (err) {
        if (err instanceof OcrCancelledError) return;
        cb.onFailure(job.regionId, err instanceof Error ? err.message : String(err));
      }
    }),
  );
}
