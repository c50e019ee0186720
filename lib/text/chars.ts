/**
 * Character classes of Chinese newspaper text. It mixes Han characters, full-width punctuation and
 * half-width Latin letters and digits; whether a space, a `,` or a line break is wrong depends on which of
 * these sit around it. Every rule (layout, import, editor, repair) asks these, so they agree.
 * Each takes one character (a code point, so a Han character outside the BMP counts) or undefined.
 */

const HAN = /\p{Script=Han}/u;
/** Full-width punctuation a Chinese text uses, with the ellipsis, dash, middle dot and wave dash. */
const CJK_PUNCT = new Set([...'，。、；：！？（）《》〈〉“”‘’【】「」『』〔〕…—·～']);
/** Opening full-width brackets and quotes, index for index with CJK_CLOSERS. */
export const CJK_OPENERS = '（《〈“‘【「『〔';
export const CJK_CLOSERS = '）》〉”’】」』〕';

export const isHan = (ch: string | undefined): boolean => !!ch && HAN.test(ch);
export const isCjkPunct = (ch: string | undefined): boolean => !!ch && CJK_PUNCT.has(ch);
export const isCjkOpener = (ch: string | undefined): boolean => !!ch && ch.length === 1 && CJK_OPENERS.includes(ch);
export const isCjkCloser = (ch: string | undefined): boolean => !!ch && ch.length === 1 && CJK_CLOSERS.includes(ch);
/** Han or full-width punctuation: the characters that make a position "Chinese context". */
export const isCjk = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);
/** Half-width (ASCII) letters only: full-width `Ａ` is OCR of a Chinese font, not a Latin word. */
export const isLatin = (ch: string | undefined): boolean => !!ch && /^[A-Za-z]$/.test(ch);
export const isDigit = (ch: string | undefined): boolean => !!ch && /^[0-9]$/.test(ch);
export const isLatinOrDigit = (ch: string | undefined): boolean => isLatin(ch) || isDigit(ch);
/** Horizontal white space as OCR emits it (ideographic and no-break space included, line breaks not). */
export const isSpace = (ch: string | undefined): boolean => !!ch && /^[ \t\u3000\u00a0]$/.test(ch);
