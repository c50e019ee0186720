/**
 * The ends of a piece of text as the rules see them: OCR and import leave trailing white space and
 * Markdown emphasis (`**本报讯**`) around the characters that matter.
 */

export function trimEnd(text: string): string {
  return text.replace(/[\s*_]+$/u, '');
}
export function trimStart(text: string): string {
  return text.replace(/^[\s*_]+/u, '');
}
/** Last and first character (code point) past white space and emphasis. */
export const lastChar = (text: string): string | undefined => [...trimEnd(text)].pop();
export const firstChar = (text: string): string | undefined => [...trimStart(text)][0];
