/**
 * Photo captions as papers print them and OCR tools paste them: `图为…`, `▲…`, `（图片）`, and a credit at
 * the end — `记者 李文 摄`, `李文 摄`, `（新华社记者 李文摄）`, `新华社发`, `供图`. A caption may be a
 * sentence or two (`图为…。 记者 李文 摄`), so punctuation does not rule one out, but after its last full
 * stop only a credit may follow: a paragraph that mentions a photographer is prose. A bare `…摄` needs a
 * role word, a space or parentheses before the name (`禁止拍摄` is no credit). A byline is never a caption,
 * even when the paper sets ▲ for ■ (`▲本报记者 张三`).
 */
import { charCount, trimEnd, trimStart } from './edges';
import { isByline } from './byline';
import { memoByText } from './memo';
import { photoCreditRange } from './photo-credit';

const OPENS = /^(?:图为|图[：:]|▲|△|上图|下图|左图|右图|图片说明[：:])/u;
const MAX_CAPTION = 90;

export const isPhotoCaption = memoByText((text: string): boolean => {
  const t = trimEnd(trimStart(text));
  if (t.length === 0 || charCount(t, MAX_CAPTION) > MAX_CAPTION || isByline(t)) return false;
  const credit = photoCreditRange(t);
  // What comes before the credit (or the whole text) must not run on past a full stop into more prose.
  const rest = (credit ? t.slice(0, credit[0]) : t).trim();
  const stops = [...rest.matchAll(/[。！？]/gu)].length;
  const endsClean = stops === 0 || (stops === 1 && /[。！？]$/u.test(rest)) || (OPENS.test(t) && /[。！？]$/u.test(rest) && stops <= 2);
  if (credit) return endsClean;
  return OPENS.test(t) && endsClean;
});
