/**
 * The panel's OCR engine, the one chosen in the panel (storage.local), 2 workers, every file from the
 * extension itself (no CDN): tesseract.js workers, or PP-OCR in Web Workers (paddle-run.ts). The page
 * itself is read by lib/pipeline readPage, the same call the CLI makes.
 */
import { createOcrEngine, DEFAULT_PANEL_ENGINE, isOcrEngineChoice, type OcrEngine, type OcrEngineChoice } from '../../lib/ocr';
import { PADDLE_INFO } from '../../lib/ocr/paddle';
import { paddleWebWorkers } from './paddle-run';

const ENGINE_KEY = 'ocrEngine';

export async function loadEngineChoice(): Promise<OcrEngineChoice> {
  const got = (await browser.storage.local.get(ENGINE_KEY))[ENGINE_KEY];
  return isOcrEngineChoice(got) ? got : DEFAULT_PANEL_ENGINE;
}

export function saveEngineChoice(engine: OcrEngineChoice): Promise<void> {
  return browser.storage.local.set({ [ENGINE_KEY]: engine });
}

export function createExtensionEngine(choice: OcrEngineChoice): OcrEngine {
  const url = (path: string) => browser.runtime.getURL(path as '/tesseract/quiet-worker.js');
  if (choice === 'paddle') {
    return createOcrEngine({ workers: 2, createWorker: paddleWebWorkers(url), info: { ...PADDLE_INFO, languages: [...PADDLE_INFO.languages] } });
  }
  return createOcrEngine({
    // tesseract.js's worker behind a wrapper that keeps its harmless start-up warnings out of the errors.
    paths: { workerPath: url('/tesseract/quiet-worker.js'), corePath: url('/tesseract/core'), langPath: url('/tesseract/lang') },
    workers: 2,
  });
}
