/** The PP-OCR engine: the shared pool (lib/ocr/engine.ts) with PP-OCR recognisers as its workers. */
import { createOcrEngine } from '../engine';
import type { OcrEngine, OcrEngineOptions } from '../engine-types';
import type { LineSource } from './recognize';
import { paddleWorkerFactory, type LoadRecModel } from './worker';

/** `meta.ocr.engine` of a document read with PP-OCR. */
export const PADDLE_ENGINE_NAME = 'PP-OCRv4 rec (ONNX Runtime)';
/** `meta.ocr` of a document read with PP-OCR; its dictionary is Chinese with Latin letters, digits and punctuation. */
export const PADDLE_INFO = { engine: PADDLE_ENGINE_NAME, languages: ['ch'] } as const;

export interface PaddleEngineOptions extends Pick<OcrEngineOptions, 'workers' | 'onProgress' | 'idleMs' | 'jobsPerWorker' | 'startTimeoutMs'> {
  loadModel: LoadRecModel;
  /** Where each crop's lines come from (recognize.ts); the default finds them on the ink, the detector where that fails. */
  lines?: LineSource;
}

export function createPaddleEngine({ loadModel, lines, ...options }: PaddleEngineOptions): OcrEngine {
  return createOcrEngine({ ...options, createWorker: paddleWorkerFactory(loadModel, lines), info: { ...PADDLE_INFO, languages: [...PADDLE_INFO.languages] } });
}
