/**
 * §7 Truncated text.
 *
 * Rule: an article whose last body paragraph stops mid-sentence (no `。！？…` or closing quote) and whose
 * continuation is nowhere on the page ran on to another page or was lost: flag the end as `truncated`
 * instead of leaving it silently. A jump line (`下转第3版`, `（转A2版）`) anywhere in the article,
 * including set-aside furniture, says where it goes on and is named in the reason. Kicker-like short
 * lines (`某某中心：`) and labels are not prose endings; a fragment that out-of-order can place elsewhere
 * is left to that pass.
 */
import type { RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { findContinuations, isDanglingEnd } from './shared/continuation';
import { isJumpLine, isPhotoCaption, jumpTarget } from '../../text';

export const meta = {
  kind: 'truncated',
  title: { zh: '文章不完整', en: 'Truncated article' },
  description: {
    zh: '文章最后一段在句中结束、页内找不到下文时，标记为“转版或缺失”。',
    en: 'Flags an article whose last paragraph stops mid-sentence with no continuation on the page (continued elsewhere, or lost).',
  },
} as const;

export const truncated: RepairPass = (doc) => {
  const placed = new Set(findContinuations(doc).map((c) => c.dangling.block.id));
  const out: Suggestion[] = [];
  doc.articles.forEach((article) => {
    const body = bodyBlocks(article);
    let i = body.length - 1;
    // Trailing furniture and jump lines are not the prose ending; captions or titles after it are (stop),
    // also a caption still in the body: its credit (`记者 李文 摄`, `新华社发`) ends it, not a cut sentence.
    while (i >= 0 && (body[i].role === 'furniture' || isJumpLine(body[i].text))) i -= 1;
    if (i < 0 || body[i].role !== 'paragraph' || isPhotoCaption(body[i].text)) return;
    const last = body[i];
    const entry = { article, articleIndex: 0, block: last, index: i, body: body.slice(0, i + 1) };
    // Already flagged (perhaps before a join moved its end): flagging again would repeat the same warning.
    if (!isDanglingEnd(entry) || placed.has(last.id) || last.flags?.some((f) => f.kind === 'truncated')) return;
    const page = article.blocks.map((b) => jumpTarget(b.text)).find((p) => p);
    out.push({
      id: suggestionId('truncated', [last.id]),
      kind: 'truncated',
      articleId: article.id,
      blockIds: [last.id],
      ops: [{ op: 'flag', blockId: last.id, flag: { kind: 'truncated', at: last.text.length, note: page ? `continues on page ${page} / 转第${page}版` : 'continues on another page, or lost / 转版或缺失' } }],
      reason: page
        ? { zh: `文章在句中结束，跳转行说明下文在第${page}版：标记为转版。`, en: `The article stops mid-sentence; a jump line says it continues on page ${page}: flag it.` }
        : { zh: '文章在句中结束，本页找不到下文：可能转到其他版面或已缺失，请标记。', en: 'The article stops mid-sentence and nothing on this page continues it: it continues on another page or was lost — flag it.' },
      confidence: page ? 0.9 : 0.75,
    });
  });
  return out;
};
