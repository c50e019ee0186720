/**
 * A byline is an author line on its own: `■本报记者 张三`, `记者 张三 通讯员 李四`, `（文/图 记者 王五）`,
 * `文/王五 图/赵六`. It is a role word followed by a name of two to four Han characters. Without a
 * marker (■ or its look-alikes, or parentheses round the whole line) the name must be set off by a space
 * or colon, so prose like `记者了解到` is not taken for one; a marker alone is not enough either
 * (`■相关链接` is a subheading).
 */
import { trimEnd, trimStart } from './edges';

/** The square that opens a byline and the shapes papers (and OCR) set in its place. */
const MARKER = /^[■●◆▲□◇]\s*/u;
const WRAPPED = /^[（(].*[）)]$/u;
/** Role words that need a separator before the name unless the line is marked. */
const ROLE = '(?:记者|通讯员|实习生|撰稿人|撰文|撰稿|摄影|文[/／]图|图[/／]文)';
/** `文/…`, `图：…`, `摄影/…`: the mark is the separator. */
const CREDIT = '(?:摄影|文|图|摄)[/／:：]\\s*';
const NAME_THEN_MORE = '\\p{Script=Han}{2,4}(?:[\\s、，,].*)?$';
const MARKED = new RegExp(`^[\\p{Script=Han}/／]{0,14}?(?:${ROLE}[\\s：:]*|${CREDIT})${NAME_THEN_MORE}`, 'u');
const UNMARKED = new RegExp(`^[\\p{Script=Han}/／]{0,14}?(?:${ROLE}[\\s：:]+|${CREDIT})${NAME_THEN_MORE}`, 'u');

/** The line opens with ■ or a look-alike: a byline then is near-certain. */
export const hasBylineMarker = (text: string): boolean => MARKER.test(trimStart(text));

export function isByline(text: string): boolean {
  const raw = trimEnd(trimStart(text));
  const unmarked = raw.replace(MARKER, '');
  const marked = unmarked !== raw || WRAPPED.test(unmarked);
  // A lone parenthesis (OCR lost its partner) is stripped too, but only a pair marks the line.
  const t = unmarked.replace(/^[（(]\s*|\s*[）)]$/gu, '');
  if (t.length === 0 || t.length > 50 || /[。！？，；：:]$/u.test(t) || /[。！？；]/u.test(t)) return false;
  return (marked ? MARKED : UNMARKED).test(t);
}
