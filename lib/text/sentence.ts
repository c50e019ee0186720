/**
 * Where a Chinese sentence ends, goes on or opens: the facts the structural rules share to decide whether
 * two pieces of text are one sentence, one paragraph or a title over a paragraph.
 */
import { CJK_CLOSERS, CJK_OPENERS } from './chars';
import { charCount, firstChar, lastChar, trimEnd, trimStart } from './edges';

/** Marks that end a sentence. Closing quotes/brackets count too: they close a finished quotation. */
const FINAL = new Set([...'。！？…!?.”’）】」』》)"\'']);
const STRICT_FINAL = new Set([...'。！？…!?']);
const CLOSERS = new Set([...'”’）】」』》)"\'']);
/** Marks that can never end a paragraph: the sentence obviously goes on. */
export const CLAUSE_MARKS = new Set([...'，、；,;—-·']);
/** Marks that cannot begin a sentence: a block starting with one continues a clause. */
const NON_INITIAL = new Set([...'，。、；：！？）》」』】…,.;:!?)%']);
const PAIRS = new Map<string, string>([...CJK_OPENERS].map((open, i) => [open, CJK_CLOSERS[i]]));
PAIRS.set('(', ')');

/** Lenient: true when the text ends a sentence or a closed quotation (so a pass that joins stays quiet). */
export function endsSentence(text: string): boolean {
  const last = lastChar(text);
  return last === undefined || FINAL.has(last);
}

/** Strict: true when the text ends with sentence-final punctuation, or a closer right after one. */
export function hasFinalPunctuation(text: string): boolean {
  // Every closer and final mark is one code unit, so the end is read unit by unit, not copied into characters.
  const t = trimEnd(text);
  let i = t.length - 1;
  while (i >= 0 && CLOSERS.has(t[i])) i -= 1;
  return i >= 0 && STRICT_FINAL.has(t[i]);
}

/** Brackets and quotes opened in `text` and not closed, innermost last (e.g. ['《']). */
export function openBrackets(text: string): string[] {
  const stack: string[] = [];
  for (const ch of text) {
    if (PAIRS.has(ch)) stack.push(ch);
    else if (stack.length && PAIRS.get(stack[stack.length - 1]) === ch) stack.pop();
  }
  return stack;
}

/** First character cannot begin a sentence (`，` `）` `》`, a lowercase Latin letter …). */
export function startsMidClause(text: string): boolean {
  const ch = firstChar(text);
  return !!ch && (NON_INITIAL.has(ch) || /^[a-z]$/.test(ch));
}

/** A paragraph (not article) opening: list marker, opening quote, bullet, dash. */
export function isListOrQuoteStart(text: string): boolean {
  const t = trimStart(text);
  return /^(?:[一二三四五六七八九十]+、|\d{1,2}[.、．]\s*\D|[（(][一二三四五六七八九十\d]{1,2}[）)]|[●◆▲■□◇·•\-]\s|——)/u.test(t) ||
    /^[“「『‘"]/u.test(t);
}

/** Short and free of sentence punctuation: looks like a title, label or kicker rather than prose. */
export function looksLikeTitle(text: string, max = 30): boolean {
  const t = trimEnd(trimStart(text));
  if (t.length === 0 || charCount(t, max) > max) return false;
  const inner = t.replace(/[：:]$/u, '');
  return !/[，。、；！？,;…]/u.test(inner.replace(/[“"「][^”"」]*[”"」]/gu, ''));
}
