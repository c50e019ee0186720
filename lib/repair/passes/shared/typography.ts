/**
 * Typographic facts about Chinese newspaper text that the structural passes share: where a sentence
 * ends, what opens a paragraph or an article (datelines, bylines, list markers), which brackets are
 * still open. Rules come from typography, never from one paper's wording.
 */

/** Marks that end a sentence. Closing quotes/brackets count too: they close a finished quotation. */
const FINAL = new Set([...'。！？…!?.”’）】」』》)"\'']);
const STRICT_FINAL = new Set([...'。！？…!?']);
const CLOSERS = new Set([...'”’）】」』》)"\'']);
/** Marks that can never end a paragraph: the sentence obviously goes on. */
export const CLAUSE_MARKS = new Set([...'，、；,;—-·']);
/** Marks that cannot begin a sentence: a block starting with one continues a clause. */
const NON_INITIAL = new Set([...'，。、；：！？）》」』】…,.;:!?)%']);
const PAIRS: Record<string, string> = { '《': '》', '“': '”', '‘': '’', '（': '）', '【': '】', '「': '」', '『': '』', '(': ')' };
const CJK_PUNCT = /[，。、；：！？（）《》“”‘’【】「」『』…—]/;

export const isHan = (ch: string | undefined): boolean => !!ch && /\p{Script=Han}/u.test(ch);
export const isLatinOrDigit = (ch: string | undefined): boolean => !!ch && /[A-Za-z0-9]/.test(ch);

/** Text without trailing whitespace or Markdown emphasis (`**`), which OCR/import may leave at the end. */
export function trimEnd(text: string): string {
  return text.replace(/[\s*_]+$/u, '');
}
export function trimStart(text: string): string {
  return text.replace(/^[\s*_]+/u, '');
}
export const lastChar = (text: string): string | undefined => [...trimEnd(text)].pop();
export const firstChar = (text: string): string | undefined => [...trimStart(text)][0];

/** Lenient: true when the text ends a sentence or a closed quotation (so a pass that joins stays quiet). */
export function endsSentence(text: string): boolean {
  const last = lastChar(text);
  return last === undefined || FINAL.has(last);
}

/** Strict: true when the text ends with sentence-final punctuation, or a closer right after one. */
export function hasFinalPunctuation(text: string): boolean {
  const chars = [...trimEnd(text)];
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i])) i -= 1;
  return i >= 0 && STRICT_FINAL.has(chars[i]);
}

/** Brackets and quotes opened in `text` and not closed, innermost last (e.g. ['《']). */
export function openBrackets(text: string): string[] {
  const stack: string[] = [];
  for (const ch of text) {
    if (PAIRS[ch]) stack.push(ch);
    else if (stack.length && PAIRS[stack[stack.length - 1]] === ch) stack.pop();
  }
  return stack;
}

/** `某某日报讯（…）`, `本报讯`, `新华社北京10月1日电` — the opening of a news article's first paragraph. */
export function isDateline(text: string): boolean {
  const t = trimStart(text);
  return /^[\p{Script=Han}A-Za-z]{1,14}讯[\s*_]*(?:[（(]|$|\s)/u.test(t) || /^本报讯/u.test(t) ||
    /^(?:新华社|中新社|本报)[\p{Script=Han}\d月日]{0,14}电/u.test(t);
}

/** An author line on its own: `■本报记者 张三`, `记者 张三 通讯员 李四`, `（文/图 记者 王五）`. */
export function isBylineLine(text: string): boolean {
  const raw = trimEnd(trimStart(text));
  const marked = /^[■●◆▲□◇]/u.test(raw) || /^[（(].*[）)]$/u.test(raw);
  const t = raw.replace(/^[■●◆▲□◇]\s*/u, '').replace(/^[（(]|[）)]$/gu, '');
  if (t.length === 0 || t.length > 50 || /[。！？，；：:]$/u.test(t) || /[。！？；]/u.test(t)) return false;
  // Keyword then a name; without a ■ or parentheses the name must be set off by a space or colon,
  // so that prose like `记者了解到` is not taken for a byline.
  const sep = marked ? '[\\s：:]*' : '[\\s：:]+';
  const re = new RegExp(`^[\\p{Script=Han}/]{0,14}?(?:记者|通讯员|实习生|文/图|摄影|撰文|撰稿)${sep}\\p{Script=Han}{2,4}(?:[\\s、，,].*)?$`, 'u');
  return re.test(t);
}

/** A paragraph (not article) opening: list marker, opening quote, bullet, dash. */
export function isListOrQuoteStart(text: string): boolean {
  const t = trimStart(text);
  return /^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s*\D|[（(][一二三四五六七八九十\d]{1,2}[）)]|[●◆▲■□◇·•\-]\s|——)/u.test(t) ||
    /^[“「『‘"]/u.test(t);
}

/** The block opens an article: a dateline or a byline line. */
export const startsArticle = (text: string): boolean => isDateline(text) || isBylineLine(text);

/** First character cannot begin a sentence (`，` `）` `》`, a lowercase Latin letter …). */
export function startsMidClause(text: string): boolean {
  const ch = firstChar(text);
  return !!ch && (NON_INITIAL.has(ch) || /[a-z]/.test(ch));
}

/** Short and free of sentence punctuation: looks like a title, label or kicker rather than prose. */
export function looksLikeTitle(text: string, max = 30): boolean {
  const t = trimEnd(trimStart(text));
  if ([...t].length > max || t.length === 0) return false;
  const inner = t.replace(/[：:]$/u, '');
  return !/[，。、；！？,;…]/u.test(inner.replace(/[“"「][^”"」]*[”"」]/gu, ''));
}

export const hasCjkPunctuation = (text: string): boolean => CJK_PUNCT.test(text);

/** Separator for joining two pieces of one sentence: a space only between two Latin words/numbers. */
export function joinSeparator(left: string, right: string): string {
  const a = lastChar(left);
  const b = firstChar(right);
  if (a === '-') return '';
  return isLatinOrDigit(a) && /[A-Za-z]/.test(b ?? '') ? ' ' : '';
}
