/**
 * The panel's OCR engine: 2 tesseract.js workers from the extension's own files (no CDN). The page itself
 * is read by lib/pipeline readPage, the same call the CLI makes.
 */
import { createOcrEngine, type OcrEngine } from '../../lib/ocr';

export function createExtensionEngine(): OcrEngine {
  const url = (path: string) => browser.runtime.getURL(path as '/tesseract/worker.min.js');
  return createOcrEngine({
    paths: { workerPath: url('/tesseract/worker.min.js'), corePath: url('/tesseract/core'), langPath: url('/tesseract/lang') },
    workers: 2,
  });
}
