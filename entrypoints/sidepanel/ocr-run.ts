/**
 * The panel's OCR engine: 2 tesseract.js workers from the extension's own files (no CDN). The page itself
 * is read by lib/pipeline readPage, the same call the CLI makes.
 */
import { createOcrEngine, type OcrEngine } from '../../lib/ocr';

export function createExtensionEngine(): OcrEngine {
  const url = (path: string) => browser.runtime.getURL(path as '/tesseract/quiet-worker.js');
  return createOcrEngine({
    // tesseract.js's worker behind a wrapper that keeps its harmless start-up warnings out of the errors.
    paths: { workerPath: url('/tesseract/quiet-worker.js'), corePath: url('/tesseract/core'), langPath: url('/tesseract/lang') },
    workers: 2,
  });
}
