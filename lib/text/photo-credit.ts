/**
 * The photo credit at the end of a caption, or alone on its line: `记者 李文 摄`, `李文 摄`,
 * `（新华社记者 李文摄）`, `新华社发`, `张三供图`, `图/记者 李文`, `（图片）`. The names in it are set off by
 * spaces on purpose. Apart from the caption rule (caption.ts) so the byline rule can ask it too: a credit
 * line is never a byline, whatever square or triangle the paper (or OCR's misreading of it) set before it.
 * `图/` alone credits a photo; `图/文`, and `文/… 图/…` on one line, credit the article (a byline).
 */
import { trimEnd, trimStart } from './edges';
import { memoByText } from './memo';

const NAMES = '\\p{Script=Han}{2,4}(?:[\\s、]+\\p{Script=Han}{2,4}){0,3}';
const ROLE = '(?:本报|全媒体|融媒体|特约|新华社|中新社)?(?:记者|通讯员|摄影记者|摄影)';
/** `图/记者 李文`, `图／新华社`: the photo's credit mark, not `图/文` (the article's). */
const PHOTO_BY = `图\\s*[/／](?!\\s*文)\\s*(?:${ROLE}\\s*)?${NAMES}`;
/** A credit: role + names + 摄/供图, or names set off by a space, or names in parentheses; an agency's `…发`; `（图片）`. */
const CREDIT_BODY = `(?:${ROLE}\\s*${NAMES}\\s*(?:摄|供图)|${NAMES}\\s+(?:摄|供图)|(?:新华社|中新社)(?:记者\\s*${NAMES}\\s*)?发|\\p{Script=Han}{2,10}供图|${PHOTO_BY})`;
const CREDIT_END = new RegExp(`(?:[（(]\\s*(?:${CREDIT_BODY}|${NAMES}\\s*摄)\\s*[）)]|${CREDIT_BODY}|[（(]图片[）)])$`, 'u');
/** On its own line a credit may follow the caption's ▲ (or the square OCR reads for it). */
const CREDIT_LINE = new RegExp(`^(?:[■●◆▲△□◇]\\s*)?${CREDIT_END.source}`, 'u');
/** A credit is short: the pattern only looks at the end of a text, so long paragraphs cost nothing. */
const MAX_CREDIT = 40;
/** Every credit ends in one of these: a text that does not is no credit, before any pattern reads it. */
const CREDIT_LAST = new Set([...'摄图发）)']);
/** …or has `图/` near its end (`图/记者 李文`). */
const PHOTO_MARK = /图\s*[/／]/u;
const mayEndInCredit = (t: string) => CREDIT_LAST.has(t[t.length - 1]) || PHOTO_MARK.test(t.slice(-MAX_CREDIT));

/**
 * Where the credit starts in a text's last MAX_CREDIT characters, or -1. The pattern is tried at every
 * start in them, and the re-read after a round of the applier asks again of tails that did not change:
 * answers are kept per tail.
 */
const creditInTail = memoByText((tail: string): number => CREDIT_END.exec(tail)?.index ?? -1);

/** The range of the credit at the end of a text (`记者 李文 摄`), whose spaces are deliberate; or undefined. */
export function photoCreditRange(text: string): [number, number] | undefined {
  const t = trimEnd(text);
  if (!mayEndInCredit(t)) return undefined;
  const from = Math.max(0, t.length - MAX_CREDIT);
  const at = creditInTail(t.slice(from));
  return at >= 0 ? [from + at, t.length] : undefined;
}

/** A credit alone on its line (`（记者 张三 摄）`, `李文 摄`, `新华社发`). */
export const isPhotoCredit = memoByText((text: string): boolean => {
  const t = trimEnd(trimStart(text));
  return mayEndInCredit(t) && CREDIT_LINE.test(t);
});

