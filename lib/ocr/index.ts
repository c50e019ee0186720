export type { OcrBlock, OcrLine, OcrParagraph, OcrProgress, OcrWord, RegionOcr } from './types';
export { createOcrEngine, OcrCancelledError, type OcrEngine, type OcrEngineInfo, type OcrEngineOptions, type OcrJob } from './engine';
export { partJob, recognizePlan, type RecognizePlanOptions } from './recognize-plan';
export { yieldToEventLoop } from './yield';
export { convertPage, toPageBox, toRegionOcr, type CropGeometry } from './convert';
export { BUNDLED_LANGS, DEFAULT_LANGS, DEFAULT_PARAMETERS } from './settings';
export { createTesseractWorker, type OcrPaths, type OcrWorker, type WorkerFactory, type WorkerStartOptions } from './worker';
export type { TessPage } from './tesseract-shapes';
