/**
 * Joining pieces of one sentence (OCR words, lines of a paragraph, two paragraphs): Chinese text joins
 * with nothing between; a space goes back only where a Latin word ends and another word begins
 * (`Windows` + `11`, `100` + `km`, `Hello,` + `world`). Digits meet digits without one — justified CJK
 * columns letter-space numbers, so `1` + `30多年` is `130多年` — and a hyphen at a line end joins the word.
 */
import { isDigit, isLatin } from './chars';
import { firstChar, lastChar, trimStart } from './edges';

/** Half-width marks a Latin word ends with before a space. */
const WORD_END_MARKS = new Set([...',.;:!?)']);

/** The right side begins a Latin word: a letter, or `(` and a letter. */
function startsLatinWord(right: string): boolean {
  const [first, second] = [...trimStart(right)];
  return isLatin(first) || (first === '(' && isLatin(second));
}

export function joinSeparator(left: string, right: string): string {
  const a = lastChar(left);
  const b = firstChar(right);
  if (a === undefined || b === undefined) return '';
  if (isLatin(a) && isDigit(b)) return ' ';
  return (isLatin(a) || isDigit(a) || WORD_END_MARKS.has(a)) && startsLatinWord(right) ? ' ' : '';
}

/** Lines (or words) of one paragraph as one text, each trimmed, empty ones dropped. */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line) out += joinSeparator(out, line) + line;
  }
  return out;
}
