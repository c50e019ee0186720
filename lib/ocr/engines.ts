/**
 * The OCR engines a user can choose (CLI `--engine`, the panel's setting). tesseract.js is the only one
 * with English (`eng`); PP-OCR reads Chinese with Latin letters and digits from one dictionary. The
 * default is the engine the benchmark shows reads pages better at acceptable speed
 * (docs/decisions/009-pp-ocr-engine.md).
 */
export const OCR_ENGINES = ['paddle', 'tesseract'] as const;
export type OcrEngineChoice = (typeof OCR_ENGINES)[number];
export const DEFAULT_ENGINE: OcrEngineChoice = 'paddle';

export function isOcrEngineChoice(value: unknown): value is OcrEngineChoice {
  return (OCR_ENGINES as readonly unknown[]).includes(value);
}
