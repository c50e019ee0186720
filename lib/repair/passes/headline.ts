/**
 * §2 Headline not marked as a heading — and the head it opens, as one unit.
 *
 * Rule: an article opening — a dateline (`某某日报讯（…）`, `本报讯`, `新华社北京5月18日电`), a byline
 * line (`■本报记者 张三`, also with ■ read as 国/硬/回…), or a byline merged into the lead
 * (`国本报记者刘明哲本报讯…`) — preceded by one to three short lines without sentence-final punctuation
 * (photo captions between them skipped) opens a new article: those lines are its head. One line is the
 * headline; three are kicker, headline, subtitle; of two, the first is a kicker when it ends in `：` or is
 * a short label (`民生实事`), else they are headline and subtitle. The suggestion marks the whole head —
 * kicker, headline, subtitle and byline (split off the lead when merged) — and starts the new article,
 * so "apply safe fixes" takes all of it or none (never a byline without its headline). Not when the
 * article already has its headline right above (the line is then a subtitle or caption).
 */
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { bylineEnd, isByline } from '../../text';
import { MAX_HEADLINE, MAX_HEAD_LINES, boundaryBefore, endsWithColon, headRoles, headlineOf, isCaption, isHeadLine, opening } from './shared/head-lines';

export const meta = {
  kind: 'headline',
  title: { zh: '未标记的标题', en: 'Unmarked headline' },
  description: {
    zh: '没有句末标点的短行后面紧跟电头或作者行时，它是新文章的标题；引题、副题和作者行一并标出。',
    en: 'A short line without final punctuation followed by a dateline or byline is the headline of a new article; its kicker, subtitle and byline are marked with it.',
  },
} as const;

export const headline: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    const body = bodyBlocks(article);
    for (let o = 1; o < body.length; o += 1) {
      const sure = opening(body[o], body[o + 1], body[o + 2]);
      if (!sure) continue;
      let end = o; // head lines are body[start, end); captions between the head and the opening are skipped
      while (end > 0 && isCaption(body[end - 1])) end -= 1;
      let start = end;
      while (start > 0 && end - start < MAX_HEAD_LINES && isHeadLine(body[start - 1])) start -= 1;
      // Shrink from the top until the line above ends a sentence; a single line may stand anyway (less sure).
      while (end - start > 1 && !boundaryBefore(body, start)) start += 1;
      // A top line that would make a headline too long is prose cut without its full stop, not part of the head.
      while (end - start > 1 && headlineOf(body.slice(start, end)).length > MAX_HEADLINE) start += 1;
      if (start === end) continue; // a head read after the lead: late-head.ts
      const lines = body.slice(start, end);
      if (lines.length === 1 && endsWithColon(lines[0].text)) continue; // a kicker alone is not a headline
      // The article already has its head right above: these lines are a subtitle or caption, not a new headline.
      if (body.slice(Math.max(0, start - 2), start).some((b) => b.role === 'headline' || b.role === 'kicker')) continue;
      const roles = headRoles(lines);
      const head = lines[roles.indexOf('headline')].text.trim();
      if (headlineOf(lines).length > MAX_HEADLINE) continue; // a long line without punctuation is OCR'd prose
      const ops: BlockOperation[] = lines.map((b, k) => ({ op: 'set-role', blockId: b.id, role: roles[k] }));
      const open = body[o];
      const merged = bylineEnd(open.text);
      if (merged !== undefined) ops.push({ op: 'split', blockId: open.id, at: merged, role: 'paragraph' }, { op: 'set-role', blockId: open.id, role: 'byline' });
      else if (open.role === 'paragraph' && isByline(open.text)) ops.push({ op: 'set-role', blockId: open.id, role: 'byline' });
      if (start > 0) ops.push({ op: 'split-article', blockId: body[start].id });
      const confidence = boundaryBefore(body, start) ? sure : 0.7;
      const blockIds = [...lines.map((b) => b.id), open.id];
      out.push({
        id: suggestionId('headline', blockIds),
        kind: 'headline',
        articleId: article.id,
        blockIds,
        ops,
        reason: {
          zh: `短行“${head}”没有句末标点，后面紧跟电头或作者行：它是一篇新文章的标题${lines.length > 1 ? '（连同引题或副题）' : ''}${start > 0 ? '，从这里另起一篇' : ''}。`,
          en: `The short line “${head}” has no final punctuation and is followed by a dateline or byline: it is the headline of a new article${lines.length > 1 ? ' (with its kicker or subtitle)' : ''}${start > 0 ? ', which starts here' : ''}.`,
        },
        confidence,
      });
    }
  }
  return out;
};
