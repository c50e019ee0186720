/**
 * Character classes the text passes share. Chinese text mixes Han characters, full-width punctuation and
 * half-width Latin/digits; whether a space or a `,` is wrong depends on which of these sit around it.
 */

const HAN = /\p{Script=Han}/u;
/** Full-width CJK punctuation (and the ellipsis/dash pairs a Chinese text uses). */
const CJK_PUNCT = new Set([...'，。、；：！？（）《》〈〉“”‘’【】「」『』〔〕…—·～']);
const CJK_OPENERS = new Set([...'（《〈“‘【「『〔']);
const CJK_CLOSERS = new Set([...'）》〉”’】」』〕']);

export const isHan = (ch: string | undefined): boolean => !!ch && HAN.test(ch);
export const isCjkPunct = (ch: string | undefined): boolean => !!ch && CJK_PUNCT.has(ch);
export const isCjkOpener = (ch: string | undefined): boolean => !!ch && CJK_OPENERS.has(ch);
export const isCjkCloser = (ch: string | undefined): boolean => !!ch && CJK_CLOSERS.has(ch);
/** Han or full-width punctuation: the characters that make a position "Chinese context". */
export const isCjk = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);
export const isDigit = (ch: string | undefined): boolean => !!ch && ch >= '0' && ch <= '9';
export const isLatin = (ch: string | undefined): boolean => !!ch && /[A-Za-z]/.test(ch);
/** Horizontal white space as OCR emits it (ideographic space included, line breaks not). */
export const isSpace = (ch: string | undefined): boolean => !!ch && /[ \t\u3000\u00a0]/.test(ch);

/** Ranges `[start, end)` (UTF-16) of URLs and e-mail addresses, which no punctuation rule may touch. */
export function protectedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /(?:https?:\/\/|www\.)[^\s\u3000，。；！？（）“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export const inRanges = (ranges: [number, number][], at: number): boolean => ranges.some(([s, e]) => at >= s && at < e);

/** Previous/next character of `text` around `[start, end)`, skipping spaces (code points, not halves). */
export function charBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && isSpace(text[i - 1])) i -= 1;
  if (i === 0) return undefined;
  const cp = text.codePointAt(i - 2);
  return cp !== undefined && cp > 0xffff ? String.fromCodePoint(cp) : text[i - 1];
}
export function charAfter(text: string, end: number): string | undefined {
  let i = end;
  while (i < text.length && isSpace(text[i])) i += 1;
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/**
 * Where an offset lands after edits to the same text (edits non-overlapping): shifted by the length change
 * of every edit before it; inside an edited range it moves to that edit's end. Keeps flags (`gap` at …)
 * pointing at the same place when spaces or punctuation change before them.
 */
export function mapOffset(at: number, edits: { start: number; end: number; text: string }[]): number {
  let out = at;
  for (const e of edits) {
    if (e.end <= at) out += e.text.length - (e.end - e.start);
    else if (e.start < at) out += e.start + e.text.length - at;
  }
  return out;
}
