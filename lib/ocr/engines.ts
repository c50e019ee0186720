/**
 * The OCR engines a user can choose (CLI `--engine`, the panel's setting). tesseract.js is the only one
 * with English (`eng`); PP-OCR reads Chinese with Latin letters and digits from one dictionary. Each
 * target's default is the engine its benchmark shows reads realistic pages better at acceptable speed
 * (docs/decisions/010-pp-ocr-engine.md): PP-OCR on onnxruntime-node reads them with a third of tesseract's
 * errors in about the same time; in the browsers PP-OCR runs on wasm, several times slower than tesseract.js.
 */
import { PADDLE_ENGINE_NAME } from './paddle/engine';

export const OCR_ENGINES = ['paddle', 'tesseract'] as const;
export type OcrEngineChoice = (typeof OCR_ENGINES)[number];
export const DEFAULT_CLI_ENGINE: OcrEngineChoice = 'paddle';
export const DEFAULT_PANEL_ENGINE: OcrEngineChoice = 'tesseract';

export function isOcrEngineChoice(value: unknown): value is OcrEngineChoice {
  return (OCR_ENGINES as readonly unknown[]).includes(value);
}

/**
 * Where an engine's character confidences sit on a common scale of "read right" (0 at the first number, 1
 * at the second and above), for the confident coverage (lib/model/coverage.ts). tesseract's are taken as
 * they are. PP-OCR's probabilities stay high on characters it reads wrong from a blurred page: below 75
 * they are nearly always wrong (tests/bench/coverage.ts measures both on the realistic and fixture pages).
 */
const CONFIDENCE_SCALES: Record<string, ConfidenceScale> = {
  [PADDLE_ENGINE_NAME]: [75, 100],
};
export type ConfidenceScale = readonly [zero: number, full: number];
export const confidenceScale = (engineName: string): ConfidenceScale => CONFIDENCE_SCALES[engineName] ?? [0, 100];
