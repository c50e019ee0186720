/**
 * §4 Stray captions, labels and page furniture.
 *
 * Rule: take out of the reading body, never delete —
 * - jump lines `下转第3版`, `上接第1版`, `（下转A2版）` and editor credit lines `责任编辑：…`, `美编`, `校对`
 *   (furniture, near-certain: their wording is fixed newspaper typography);
 * - page numbers (`第3版`, `A2`, `- 3 -`, `第01版：要闻`) and running heads/feet (a short line with a full
 *   date plus a page/weekday mark, or the page's own paper/page name; a paper's name alone next to the page
 *   line is the masthead) (furniture);
 * - photo captions and credits (lib/text caption rule: `图为…`, `▲…`, `…。 记者 李文 摄`, `新华社发`), a short line right
 *   above such a credit, or a short punctuation-free line between an article's head (headline …) and its
 *   dateline — the photo sat there
 *   (caption: becomes a caption block, which the export writes after the body);
 * - a column banner of a series: two or more short space-separated phrases with no punctuation, standing
 *   alone before running text (label).
 */
import type { Block } from '../../model/document';
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { firstAfter, onlyHeadBefore, HEAD_ROLES, suggestionId } from './shared/ids';
import { charCount, isByline, isDateline, isEditorCredit, isJumpLine, isPageNumber, isPaperName, isPhotoCaption, isPhotoCredit, isRunningHead, startsArticle } from '../../text';

export const meta = {
  kind: 'set-aside',
  title: { zh: '图片说明、栏目标签与版面元素', en: 'Captions, labels and page furniture' },
  description: {
    zh: '把转版提示、责任编辑、版次、报头日期、图片说明和栏目标签移出正文并保留。',
    en: 'Takes jump lines, editor credits, page numbers, running heads, captions and column banners out of the body, keeping them.',
  },
} as const;

interface Finding { kind: 'furniture' | 'caption' | 'label'; what: { zh: string; en: string }; confidence: number }

/** Characters that are not white space, counted no further than `limit + 1` (a paragraph is not read to its end). */
const chars = (t: string, limit: number) => charCount(t, limit, true);

/** What classify reads of an article besides the block: its body, which of its blocks are stray, the page's names. */
interface Context { body: Block[]; strays: Set<Block>; names: string[] }

/** A page number or running head (a function of its own, not a closure made for every block: classify runs per block every round). */
const isPageLine = (b: Block | undefined, names: string[]) => !!b && (isPageNumber(b.text) || isRunningHead(b.text, { names }));

function classify({ body, strays, names }: Context, i: number): Finding | null {
  const t = body[i].text.trim();
  if (body[i].role !== 'paragraph' || t.length === 0) return null;
  if (isJumpLine(t)) return { kind: 'furniture', what: { zh: '转版提示', en: 'jump line' }, confidence: 0.97 };
  if (isEditorCredit(t)) return { kind: 'furniture', what: { zh: '编辑署名行', en: 'editor credit line' }, confidence: 0.95 };
  if (isPageNumber(t)) return { kind: 'furniture', what: { zh: '版次', en: 'page number' }, confidence: 0.93 };
  if (isRunningHead(t, { names })) return { kind: 'furniture', what: { zh: '报头或报眉', en: 'running head or foot' }, confidence: 0.92 };
  // The paper's name right above or below the page line (`东川日报` / `第01版：要闻`) is the masthead.
  if (isPaperName(t) && (isPageLine(body[i - 1], names) || isPageLine(body[i + 1], names))) return { kind: 'furniture', what: { zh: '报头', en: 'masthead' }, confidence: 0.9 };
  if (isPhotoCaption(t) && !isByline(t)) return { kind: 'caption', what: { zh: '图片说明', en: 'photo caption' }, confidence: 0.9 };
  const stray = strays.has(body[i]);
  const after = body[i + 1];
  // A short line right above a photo credit (`（记者 张三 摄）`) is that photo's caption.
  if (stray && after && after.role !== 'headline' && isPhotoCredit(after.text)) {
    return { kind: 'caption', what: { zh: '图片说明（下接摄影署名）', en: 'photo caption above a photo credit' }, confidence: 0.9 };
  }
  const prev = body[i - 1];
  const next = body[i + 1];
  // One longer line right under the headline is a subtitle (article-roles); captions are short or come in twos.
  if (stray && prev && chars(t, 20) <= 20) {
    const subtitleShape = prev.role === 'headline' && chars(t, 10) > 10 && !(next && strays.has(next));
    const headAbove = () => onlyHeadBefore(body, i, (b) => HEAD_ROLES.has(b.role) || b.role === 'caption' || strays.has(b));
    const datelineBelow = firstAfter(body, i, (b) => !strays.has(b));
    if (!subtitleShape && datelineBelow && isDateline(datelineBelow.text) && headAbove()) {
      return { kind: 'caption', what: { zh: '标题与电头之间的图片说明', en: 'photo caption between headline and dateline' }, confidence: 0.85 };
    }
  }
  // A byline (`本报记者 常宇航`) has the same shape as a banner of two phrases: it stays for article-roles.
  if (/^\p{Script=Han}{2,8}(?:[ \u3000]+\p{Script=Han}{2,8})+$/u.test(t) && !isByline(t) && chars(t, 16) <= 16 && next && chars(next.text, 40) > 40 && !startsArticle(next.text) && body[i].role === 'paragraph' && (!prev || !HEAD_ROLES.has(prev.role))) {
    return { kind: 'label', what: { zh: '栏目标签', en: 'column banner' }, confidence: 0.85 };
  }
  return null;
}

/** A short paragraph with no punctuation but quotes: caption-like text. */
function isStray(b: Block): boolean {
  return b.role === 'paragraph' && chars(b.text, 20) <= 20 && !/[。，；！？：,;:!?]/u.test(b.text) && !startsArticle(b.text);
}

export const setAside: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  const names = [doc.meta.newspaper, doc.meta.pageName].filter((n): n is string => !!n);
  for (const article of doc.articles) {
    const body = bodyBlocks(article);
    // Each block's strayness is asked by its neighbours too: decided once per block.
    const context: Context = { body, strays: new Set(body.filter(isStray)), names };
    for (let i = 0; i < body.length; i += 1) {
      const found = classify(context, i);
      if (!found) continue;
      const block = body[i];
      const reason = { zh: `“${block.text.trim()}”是${found.what.zh}，移出正文（保留）。`, en: `“${block.text.trim()}” is a ${found.what.en}: take it out of the body (kept).` };
      const ops: BlockOperation[] = found.kind === 'caption'
        ? [{ op: 'set-role', blockId: block.id, role: 'caption' }]
        : [{ op: 'set-aside', blockId: block.id, kind: found.kind, reason: reason.en }]; // previousRole keeps 'paragraph'
      out.push({ id: suggestionId('set-aside', [block.id, found.kind]), kind: 'set-aside', articleId: article.id, blockIds: [block.id], ops, reason, confidence: found.confidence });
    }
  }
  return out;
};
