/**
 * Photo captions as papers print them and OCR tools paste them: `图为…`, `▲…`, `（图片）`, and a credit at
 * the end — `记者 李文 摄`, `李文 摄`, `（新华社记者 李文摄）`, `新华社发`, `供图`. A caption may be a
 * sentence or two (`图为…。 记者 李文 摄`), so punctuation does not rule one out, but after its last full
 * stop only a credit may follow: a paragraph that mentions a photographer is prose. A bare `…摄` needs a
 * role word, a space or parentheses before the name (`禁止拍摄` is no credit).
 */
import { charCount, trimEnd, trimStart } from './edges';
import { memoByText } from './memo';

const OPENS = /^(?:图为|图[：:]|▲|△|上图|下图|左图|右图|图片说明[：:])/u;
const NAMES = '\\p{Script=Han}{2,4}(?:[\\s、]+\\p{Script=Han}{2,4}){0,3}';
const ROLE = '(?:本报|全媒体|融媒体|特约|新华社|中新社)?(?:记者|通讯员|摄影记者|摄影)';
/** A credit: role + names + 摄/供图, or names set off by a space, or names in parentheses; an agency's `…发`; `（图片）`. */
const CREDIT_BODY = `(?:${ROLE}\\s*${NAMES}\\s*(?:摄|供图)|${NAMES}\\s+(?:摄|供图)|(?:新华社|中新社)(?:记者\\s*${NAMES}\\s*)?发|\\p{Script=Han}{2,10}供图)`;
const CREDIT_END = new RegExp(`(?:[（(]\\s*(?:${CREDIT_BODY}|${NAMES}\\s*摄)\\s*[）)]|${CREDIT_BODY}|[（(]图片[）)])$`, 'u');
const CREDIT_LINE = new RegExp(`^${CREDIT_END.source}`, 'u');
const MAX_CAPTION = 90;
/** A credit is short: the pattern only looks at the end of a text, so long paragraphs cost nothing. */
const MAX_CREDIT = 40;
/** Every credit ends in one of these: a text that does not is no credit, before any pattern reads it. */
const CREDIT_LAST = new Set([...'摄图发）)']);

/** The range of the credit at the end of a text (`记者 李文 摄`), whose spaces are deliberate; or undefined. */
export function photoCreditRange(text: string): [number, number] | undefined {
  const t = trimEnd(text);
  if (!CREDIT_LAST.has(t[t.length - 1])) return undefined;
  const from = Math.max(0, t.length - MAX_CREDIT);
  const m = CREDIT_END.exec(t.slice(from));
  return m ? [from + m.index, t.length] : undefined;
}

/** A credit alone on its line (`（记者 张三 摄）`, `李文 摄`, `新华社发`). */
export const isPhotoCredit = memoByText((text: string): boolean => {
  const t = trimEnd(trimStart(text));
  return CREDIT_LAST.has(t[t.length - 1]) && CREDIT_LINE.test(t);
});

export const isPhotoCaption = memoByText((text: string): boolean => {
  const t = trimEnd(trimStart(text));
  if (t.length === 0 || charCount(t, MAX_CAPTION) > MAX_CAPTION) return false;
  const credit = photoCreditRange(t);
  // What comes before the credit (or the whole text) must not run on past a full stop into more prose.
  const rest = (credit ? t.slice(0, credit[0]) : t).trim();
  const stops = [...rest.matchAll(/[。！？]/gu)].length;
  const endsClean = stops === 0 || (stops === 1 && /[。！？]$/u.test(rest)) || (OPENS.test(t) && /[。！？]$/u.test(rest) && stops <= 2);
  if (credit) return endsClean;
  return OPENS.test(t) && endsClean;
});
