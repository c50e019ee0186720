/**
 * tesseract settings that decide Chinese quality (measured, see docs/toolchain.md in the shared docs):
 * - PSM 3 (automatic layout inside the region); tesseract.js otherwise inherits PSM 6, one uniform block,
 *   which reads straight across columns.
 * - `textord_use_cjk_fp_model=0`: chi_sim's bundled config turns it on and it merges lines across columns.
 * - `preserve_interword_spaces=1`: otherwise a space lands between almost every pair of Han characters.
 */
/** The engine as the document's meta names it (`meta.ocr.engine`). */
export const ENGINE_NAME = 'tesseract.js 7';

/** Languages whose traineddata ships with the package (node_modules); the CLI may combine them (`--lang`). */
export const BUNDLED_LANGS = ['chi_sim', 'eng'] as const;

/**
 * chi_sim alone by default. Its model reads the Latin letters and digits of Chinese news ("AI", "5G",
 * "41.5%") as well as chi_sim+eng does on our pages, and adding eng lets tesseract settle on English for
 * whole Chinese lines: in Chromium and Firefox an article came out as "本报讯在有着130多年历FHRBER,RAG LH…"
 * (CER 25 % against 3.7 % with chi_sim alone, fixture yunchuan-p02-large); on jianglan-p03 the articles'
 * CER in Chromium went from 2.1–8.2 % to 1.0–2.7 %. (Node happened to read these pages the same either way.)
 */
export const DEFAULT_LANGS = ['chi_sim'] as const;

export const DEFAULT_PARAMETERS: Readonly<Record<string, string>> = {
  tessedit_pageseg_mode: '3',
  textord_use_cjk_fp_model: '0',
  preserve_interword_spaces: '1',
};

/** tesseract.js OEM 1 = LSTM only (the best_int models carry no legacy engine). */
export const LSTM_ONLY = 1;
