/**
 * tesseract settings that decide Chinese quality (measured, see docs/toolchain.md in the shared docs):
 * - PSM 3 (automatic layout inside the region); tesseract.js otherwise inherits PSM 6, one uniform block,
 *   which reads straight across columns.
 * - `textord_use_cjk_fp_model=0`: chi_sim's bundled config turns it on and it merges lines across columns.
 * - `preserve_interword_spaces=1`: otherwise a space lands between almost every pair of Han characters.
 */
export const DEFAULT_LANGS = ['chi_sim', 'eng'] as const;

export const DEFAULT_PARAMETERS: Readonly<Record<string, string>> = {
  tessedit_pageseg_mode: '3',
  textord_use_cjk_fp_model: '0',
  preserve_interword_spaces: '1',
};

/** tesseract.js OEM 1 = LSTM only (the best_int models carry no legacy engine). */
export const LSTM_ONLY = 1;
