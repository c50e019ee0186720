/**
 * tesseract's chi_sim model separates many Han characters with a space (even with
 * `preserve_interword_spaces=1` a few remain). A space between two CJK characters is never part of
 * Chinese text, so it is dropped at conversion; spaces next to Latin letters or digits are kept, as the
 * repair engine decides those with more context.
 */
const CJK = '\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2014\\u2026\\u201c\\u201d\\u2018\\u2019';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}])`, 'gu');

export function collapseCjkSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}
