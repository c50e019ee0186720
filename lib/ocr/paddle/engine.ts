/** The PP-OCR engine: the shared pool (lib/ocr/engine.ts) with PP-OCR recognisers as its workers. */
import { createOcrEngine } from '../engine';
import type { OcrEngine, OcrEngineOptions } from '../engine-types';
import { paddleWorkerFactory, type LoadRecModel } from './worker';

/** `meta.ocr.engine` of a document read with PP-OCR. */
export const PADDLE_ENGINE_NAME = 'PP-OCRv4 rec (ONNX Runtime)';
/** `meta.ocr` of a document read with PP-OCR; its dictionary is Chinese with Latin letters, digits and punctuation. */
export const PADDLE_INFO = { engine: PADDLE_ENGINE_NAME, languages: ['ch'] } as const;

export interface PaddleEngineOptions extends Pick<OcrEngineOptions, 'workers' | 'onProgress' | 'idleMs' | 'jobsPerWorker' | 'startTimeoutMs'> {
  loadModel: LoadRecModel;
}

export function createPaddleEngine({ loadModel, ...options }: PaddleEngineOptions): OcrEngine {
  return createOcrEngine({ ...options, createWorker: paddleWorkerFactory(loadModel), info: { ...PADDLE_INFO, languages: [...PADDLE_INFO.languages] } });
}
