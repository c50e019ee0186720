/**
 * The ends of a piece of text as the rules see them: OCR and import leave trailing white space and
 * Markdown emphasis (`**本报讯**`) around the characters that matter.
 *
 * Every rule asks these of every block, several times, so they look at the ends only: no regular
 * expression, no copy of the text into an array of characters.
 */

/** JavaScript's `\s` (Unicode white space and line terminators), by code unit. */
function isWhiteSpaceUnit(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** White space, `*` or `_`: what trimming takes off the ends. */
const isEdgeUnit = (code: number) => code === 0x2a || code === 0x5f || isWhiteSpaceUnit(code);

/** Loops from the ends: a `$`-anchored pattern would be tried at every position of a long paragraph. */
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isEdgeUnit(text.charCodeAt(end - 1))) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
export function trimStart(text: string): string {
  let start = 0;
  while (start < text.length && isEdgeUnit(text.charCodeAt(start))) start += 1;
  return start === 0 ? text : text.slice(start);
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** Last and first character (code point) past white space and emphasis. */
export function lastChar(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && isEdgeUnit(text.charCodeAt(end - 1))) end -= 1;
  if (end === 0) return undefined;
  const pair = end >= 2 && isLow(text.charCodeAt(end - 1)) && isHigh(text.charCodeAt(end - 2));
  return text.slice(pair ? end - 2 : end - 1, end);
}
export function firstChar(text: string): string | undefined {
  let start = 0;
  while (start < text.length && isEdgeUnit(text.charCodeAt(start))) start += 1;
  if (start === text.length) return undefined;
  const pair = start + 1 < text.length && isHigh(text.charCodeAt(start)) && isLow(text.charCodeAt(start + 1));
  return text.slice(start, pair ? start + 2 : start + 1);
}

/**
 * Number of characters (code points) of `text`, counting past `limit` only as far as `limit + 1`: enough to
 * tell "longer than the limit" without reading a long paragraph to its end. `skipSpace` leaves `\s` out.
 */
export function charCount(text: string, limit = Infinity, skipSpace = false): number {
  let n = 0;
  for (let i = 0; i < text.length && n <= limit; i += 1) {
    const code = text.charCodeAt(i);
    if (isHigh(code) && i + 1 < text.length && isLow(text.charCodeAt(i + 1))) i += 1;
    else if (skipSpace && isWhiteSpaceUnit(code)) continue;
    n += 1;
  }
  return n;
}

const OPEN_PAREN = new Set(['（', '(']);
const CLOSE_PAREN = new Set(['）', ')']);

/**
 * `text` without an opening parenthesis at its start and a closing one at its end, and the white space
 * inside them (`（记者 张三）` → `记者 张三`); a lone one is taken off too. What
 * `replace(/^[（(]\s*|\s*[）)]$/gu, '')` gives, without trying the end pattern at every position.
 */
export function stripParentheses(text: string): string {
  let start = 0;
  let end = text.length;
  if (OPEN_PAREN.has(text[0])) {
    start = 1;
    while (start < end && isWhiteSpaceUnit(text.charCodeAt(start))) start += 1;
  }
  if (end > start && CLOSE_PAREN.has(text[end - 1])) {
    end -= 1;
    while (end > start && isWhiteSpaceUnit(text.charCodeAt(end - 1))) end -= 1;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}
