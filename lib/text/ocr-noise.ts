/**
 * OCR's reading of a photo, a rule or a logo: a line that is no text at all (`区T`, `E`, `<`, `二`), or one
 * whose pieces, far apart, are mostly single characters (`二      届             全 下`, the marks of a
 * picture read across its width). Such a line is neither part of a head nor the end of a sentence that
 * runs on into the line below it.
 */
const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
/** Pieces of one line stand this far apart (spaces) or across a rule: not one phrase. */
const WIDE_GAP = /\s*[|｜]\s*|\s{3,}/u;
/** Longest noise line without two Han characters: longer Latin or digits (`GDP增长`, `2024`) may be text. */
const MAX_MARKS = 3;
/** Sentence punctuation: a line with it is text, however garbled. */
const PUNCT = /[，。、；：！？“”（）《》,.;!?()]/u;

export function isOcrNoise(line: string): boolean {
  const t = line.trim();
  if (!t || PUNCT.test(t)) return false;
  if (han(t) < 2 && [...t.replace(/\s+/gu, '')].length <= MAX_MARKS) return true;
  const pieces = t.split(WIDE_GAP).filter(Boolean);
  return pieces.length >= 2 && pieces.filter((p) => han(p) < 2).length * 2 > pieces.length;
}
