/**
 * Where a credit keeps its spaces when OCR letter-spaced it (`记 者 李 文 摄` → `记者 李文 摄`), so the
 * space-removal pass cannot tell the deliberate ones by the length of the runs beside them: the places
 * credit-respace.ts finds, kept when the re-spaced text is a credit. That is the closing photo credit of a
 * text (`…散步。 记 者 李 文 摄`), or a whole line that is a byline once re-spaced
 * (`本 报 记 者 李 文 通 讯 员 王 明`). The answer is which of the text's white-space runs to keep; it never
 * adds a space that OCR did not print.
 */
import { isByline } from './byline';
import { respaceCredit } from './credit-respace';
import { memoByText } from './memo';
import { photoCreditRange } from './photo-credit';

/** Letter-spaced text is about twice as long as the credit it holds: a tail this long holds any credit. */
const WINDOW = 100;

/**
 * The white-space runs of `text` (their start offsets) that separate the parts of a credit: role, names,
 * 摄. Empty when the text holds no credit.
 */
export const creditGaps = memoByText((text: string): number[] => {
  if (!/\s/u.test(text)) return [];
  const from = Math.max(0, text.length - WINDOW);
  const r = respaceCredit(text, from);
  if (r.gaps.length === 0) return [];
  if (from === 0 && isByline(r.text)) return r.gaps;
  const credit = photoCreditRange(r.text);
  if (!credit) return [];
  // Names and 摄 without a role word (`李 文 摄`) are a credit only after a caption's full stop: any
  // letter-spaced text ending in 摄 (`禁 止 拍 摄`) would read as one.
  const hasRole = r.lastRole >= credit[0] && r.lastRole < credit[1];
  if (!hasRole && !/[。！？]\s*$/u.test(r.text.slice(0, credit[0]))) return [];
  return r.gaps.filter((_, i) => r.at[i] >= credit[0] && r.at[i] < credit[1]);
});
