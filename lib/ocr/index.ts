export type { OcrProgress, RegionOcr } from './types';
export { createOcrEngine, OcrCancelledError, type OcrEngine, type OcrJob } from './engine';
export { partJob, recognizePlan } from './recognize-plan';
export { yieldToEventLoop } from './yield';
export { convertPage, toPageBox, toRegionOcr } from './convert';
export { BUNDLED_LANGS, DEFAULT_LANGS, DEFAULT_PARAMETERS } from './settings';
export type { OcrPaths, OcrWorker, WorkerFactory } from './worker';
export type { TessPage } from './tesseract-shapes';
export { confidenceScale, DEFAULT_CLI_ENGINE, DEFAULT_PANEL_ENGINE, isOcrEngineChoice, OCR_ENGINES, type OcrEngineChoice } from './engines';
