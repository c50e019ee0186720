/**
 * The ends of a piece of text as the rules see them: OCR and import leave trailing white space and
 * Markdown emphasis (`**本报讯**`) around the characters that matter.
 */

const EDGE = /[\s*_]/u;
const isEdge = (ch: string) => ch === '*' || ch === '_' || ch === ' ' || (ch > ' ' && ch < '\u00a0' ? false : EDGE.test(ch));

/** Loops from the ends: a `$`-anchored pattern would be tried at every position of a long paragraph. */
export function trimEnd(text: string): string {
  let end = text.length;
  while (end > 0 && isEdge(text[end - 1])) end -= 1;
  return end === text.length ? text : text.slice(0, end);
}
export function trimStart(text: string): string {
  let start = 0;
  while (start < text.length && isEdge(text[start])) start += 1;
  return start === 0 ? text : text.slice(start);
}
/** Last and first character (code point) past white space and emphasis. */
export const lastChar = (text: string): string | undefined => [...trimEnd(text)].pop();
export const firstChar = (text: string): string | undefined => [...trimStart(text)][0];
