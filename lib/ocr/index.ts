export type { OcrBlock, OcrLine, OcrParagraph, OcrProgress, OcrWord, RegionOcr } from './types';
export { createOcrEngine, OcrCancelledError, type OcrEngine, type OcrEngineOptions, type OcrJob } from './engine';
export { buildOcrJobs } from './jobs';
export { recognizeRegions, type RegionFailure, type RegionsOcrResult } from './recognize-regions';
export { convertPage, toPageBox, toRegionOcr, type CropGeometry } from './convert';
export { collapseCjkSpaces } from './cjk-spaces';
export { BUNDLED_LANGS, DEFAULT_LANGS, DEFAULT_PARAMETERS } from './settings';
export { createTesseractWorker, type OcrPaths, type OcrWorker, type WorkerFactory, type WorkerStartOptions } from './worker';
export type { TessPage } from './tesseract-shapes';
