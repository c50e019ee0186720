/**
 * §2 Headline read after the lead — a head out of place, moved above its byline.
 *
 * Rule: tesseract on an article's crop reads the byline and the first lines of the text before a head set
 * beside or below them (the head spans fewer columns than the text). A byline with a dateline lead under
 * it, the text before them finished, no head above, and one to three head lines right after the lead
 * paragraph (more text of the article after them): those lines are the article's head, moved above the
 * byline, and the article starts there. Never safe (an intertitle after the lead of an article pasted
 * without its head looks the same): the user confirms. Not windowed: the lead between the byline and the
 * head is a settled paragraph (pass-window.ts), which a windowed finding never reaches across.
 */
import type { Block } from '../../model/document';
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { bylineEnd, hasFinalPunctuation, isByline, isDateline } from '../../text';
import { MAX_HEADLINE, MAX_HEAD_LINES, boundaryBefore, endsWithColon, headRoles, headlineOf, isCaption, isHeadLine, opening } from './shared/head-lines';

export const meta = {
  kind: 'headline',
  title: { zh: '导语之后的标题', en: 'Headline after the lead' },
  description: {
    zh: '作者行和电头导语之后出现没有句末标点的短行时，它是这篇文章的标题，OCR 把它读到了导语之后：移到作者行之前。',
    en: 'A short line without final punctuation right after the byline and the dateline lead is the article\'s headline, which OCR read after the lead: it moves above the byline.',
  },
} as const;

const LATE_HEAD_CONFIDENCE = 0.7;

function headAfterLead(articleId: string, body: Block[], o: number): Suggestion | undefined {
  const open = body[o];
  const lead = body[o + 1];
  const prev = body[o - 1];
  if (!isByline(open.text) || isDateline(open.text) || bylineEnd(open.text) !== undefined) return undefined;
  if (!lead || lead.role !== 'paragraph' || !isDateline(lead.text) || !hasFinalPunctuation(lead.text)) return undefined;
  if (!prev || !(isCaption(prev) || (prev.role === 'paragraph' && boundaryBefore(body, o)))) return undefined;
  let end = o + 2;
  while (end < body.length && end - (o + 2) < MAX_HEAD_LINES && isHeadLine(body[end])) end += 1;
  const lines = body.slice(o + 2, end);
  if (lines.length === 0 || lines.length === 1 && endsWithColon(lines[0].text)) return undefined;
  // The head is followed by more text of the article (it is no head of the next one: no opening after it).
  const after = body[end];
  if (!after || after.role !== 'paragraph' || opening(after, body[end + 1], body[end + 2]) > 0) return undefined;
  if (headlineOf(lines).length > MAX_HEADLINE) return undefined;
  const roles = headRoles(lines);
  const head = lines[roles.indexOf('headline')].text.trim();
  const ids = lines.map((b) => b.id);
  const ops: BlockOperation[] = [
    { op: 'move', blockIds: ids, toArticleId: articleId, beforeBlockId: open.id },
    ...lines.map((b, k): BlockOperation => ({ op: 'set-role', blockId: b.id, role: roles[k] })),
  ];
  if (open.role === 'paragraph') ops.push({ op: 'set-role', blockId: open.id, role: 'byline' });
  ops.push({ op: 'split-article', blockId: ids[0] });
  const blockIds = [...ids, open.id, lead.id];
  return {
    id: suggestionId('headline', blockIds),
    kind: 'headline',
    articleId,
    blockIds,
    ops,
    reason: {
      zh: `作者行和电头导语之后的短行“${head}”没有句末标点：它是这篇文章的标题，OCR 把它读到了导语之后。移到作者行之前，从这里另起一篇。请核对。`,
      en: `The short line “${head}” after the byline and the dateline lead has no final punctuation: it is this article's headline, which OCR read after the lead. Move it above the byline and start the article there. Please confirm.`,
    },
    confidence: LATE_HEAD_CONFIDENCE,
  };
}

export const lateHead: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    const body = bodyBlocks(article);
    for (let o = 1; o + 1 < body.length; o += 1) {
      // Cheap tests first: a long paste is read whole (not windowed), block by block.
      if (body[o + 1].role !== 'paragraph' || !isDateline(body[o + 1].text)) continue;
      const s = headAfterLead(article.id, body, o);
      if (!s) continue;
      // No head above the byline (captions between skipped): the headline pass found none.
      let above = o;
      while (above > 0 && isCaption(body[above - 1])) above -= 1;
      if (above === 0 || !isHeadLine(body[above - 1])) out.push(s);
    }
  }
  return out;
};
