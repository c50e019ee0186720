/**
 * §6 Fragment out of reading order.
 *
 * Rule: a paragraph that stops mid-sentence with nothing in place to continue it (a dangling end), and
 * a paragraph elsewhere that begins like the middle of a sentence (a mark that cannot open one, or an
 * article body that starts right after its headline/byline without a dateline), belong together.
 * Propose moving the fragment (the dangling block and the paragraphs before it that share the target
 * article's names and terms) in front of the continuation and joining the dangling ends. Never safe:
 * the user confirms (confidence < 0.9).
 */
import type { RepairPass, Suggestion } from '../types';
import { suggestionId } from './shared/ids';
import { findContinuations } from './shared/continuation';
import { joinSeparator, lastChar } from '../../text';

export const meta = {
  kind: 'out-of-order',
  title: { zh: '错位的片段', en: 'Fragment out of order' },
  description: {
    zh: '句子在段末中断、其后文在别处时，建议把片段移回原处并接上断句。',
    en: 'When a paragraph breaks off mid-sentence and its continuation is elsewhere, proposes moving the fragment back and joining the sentence.',
  },
} as const;

export const outOfOrder: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const c of findContinuations(doc)) {
    // A move must list each block once and never the block it goes before (the applier refuses both).
    const runIds = [...new Set(c.run.map((r) => r.block.id))].filter((id) => id !== c.next.block.id);
    if (runIds.length === 0) continue;
    const target = c.next.article;
    const needsMove = c.next.articleIndex !== c.dangling.articleIndex || c.next.index !== c.dangling.index + 1;
    const tail = c.dangling.block.text.trim().slice(-8);
    const head = c.next.block.text.trim().slice(0, 8);
    out.push({
      id: suggestionId('out-of-order', [...runIds, c.next.block.id]),
      kind: 'out-of-order',
      articleId: c.dangling.article.id,
      blockIds: [...runIds, c.next.block.id],
      ops: [
        ...(needsMove ? [{ op: 'move' as const, blockIds: runIds, toArticleId: target.id, beforeBlockId: c.next.block.id }] : []),
        { op: 'join', first: c.dangling.block.id, second: c.next.block.id, separator: joinSeparator(c.dangling.block.text, c.next.block.text) },
      ],
      reason: {
        zh: `“…${tail}”在句中中断（以“${lastChar(c.dangling.block.text)}”结尾），“${head}…”像是它的下文${runIds.length > 1 ? `；前面 ${runIds.length - 1} 段与目标文章用词相同，一并移回` : ''}：移到该处并接上。请核对。`,
        en: `“…${tail}” breaks off mid-sentence and “${head}…” reads as its continuation${runIds.length > 1 ? `; the ${runIds.length - 1} paragraph(s) before it share the target article's names and terms and move with it` : ''}: move the fragment there and join. Please confirm.`,
      },
      confidence: Math.min(c.confidence, 0.85),
    });
  }
  return out;
};
