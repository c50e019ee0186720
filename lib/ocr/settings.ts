/**
 * tesseract settings that decide Chinese quality (docs/decisions/005-tesseract-parameters.md):
 * - PSM 3 is only the default for a job that names none; a region's plan gives each ink block PSM 6 or 7
 *   (docs/decisions/002-blocks-psm-6-7.md), since tesseract.js otherwise inherits PSM 6 for everything.
 * - `textord_use_cjk_fp_model=0`: chi_sim's bundled config turns it on and it merges lines across columns.
 * - `preserve_interword_spaces=1`: otherwise a space lands between almost every pair of Han characters.
 */
/** The engine as the document's meta names it (`meta.ocr.engine`). */
export const ENGINE_NAME = 'tesseract.js 7';

/** Languages whose traineddata ships with the package (node_modules); the CLI may combine them (`--lang`). */
export const BUNDLED_LANGS = ['chi_sim', 'eng'] as const;

/**
 * chi_sim alone by default: its model reads the Latin letters and digits of Chinese news ("AI", "5G",
 * "41.5%"), while adding eng lets tesseract settle on English for whole Chinese lines in the browsers
 * (docs/decisions/003-chi-sim-only.md). `--lang chi_sim+eng` keeps eng for pages with English passages.
 */
export const DEFAULT_LANGS = ['chi_sim'] as const;

export const DEFAULT_PARAMETERS: Readonly<Record<string, string>> = {
  tessedit_pageseg_mode: '3',
  textord_use_cjk_fp_model: '0',
  preserve_interword_spaces: '1',
};

/** tesseract.js OEM 1 = LSTM only (the best_int models carry no legacy engine). */
export const LSTM_ONLY = 1;
