/** The PP-OCR engine: the shared pool (lib/ocr/engine.ts) with PP-OCR recognisers as its workers. */
import { createOcrEngine } from '../engine';
import type { OcrEngine, OcrEngineOptions } from '../engine-types';
import { paddleWorkerFactory, type LoadRecModel } from './worker';

/** `meta.ocr.engine` of a document read with PP-OCR. */
export const PADDLE_ENGINE_NAME = 'PP-OCRv4 rec (ONNX Runtime)';
/** The model's dictionary: simplified and traditional Chinese, Latin letters, digits and punctuation. */
const PADDLE_LANGUAGES = ['ch'];

export interface PaddleEngineOptions extends Pick<OcrEngineOptions, 'workers' | 'onProgress' | 'idleMs' | 'jobsPerWorker' | 'startTimeoutMs'> {
  loadModel: LoadRecModel;
}

export function createPaddleEngine({ loadModel, ...options }: PaddleEngineOptions): OcrEngine {
  return createOcrEngine({ ...options, createWorker: paddleWorkerFactory(loadModel), info: { engine: PADDLE_ENGINE_NAME, languages: PADDLE_LANGUAGES } });
}
