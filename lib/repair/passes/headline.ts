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
import type { Block } from '../../model/document';
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { bylineEnd, hasBylineMarker, hasFinalPunctuation, isByline, isDateline, isFurniture, isOcrNoise, isPhotoCaption, joinLines, looksLikeTitle, startsArticle } from '../../text';

export const meta = {
  kind: 'headline',
  title: { zh: '未标记的标题', en: 'Unmarked headline' },
  description: {
    zh: '没有句末标点的短行后面紧跟电头或作者行时，它是新文章的标题；引题、副题和作者行一并标出。',
    en: 'A short line without final punctuation followed by a dateline or byline is the headline of a new article; its kicker, subtitle and byline are marked with it.',
  },
} as const;

const MAX_HEADLINE = 30;
const MAX_HEAD_LINES = 3;
const endsWithColon = (t: string) => /[：:]$/u.test(t.trim());

/** A line that can be part of a head: short, no sentence punctuation at its end, not an opening or furniture. */
function isHeadLine(b: Block): boolean {
  const t = b.text.trim();
  if (b.role !== 'paragraph' || t.length === 0 || [...t].length > MAX_HEADLINE + 10) return false;
  if (hasFinalPunctuation(t) || /[，、；]$/u.test(t) || startsArticle(t) || isFurniture(t) || isPhotoCaption(t) || isOcrNoise(t)) return false;
  return looksLikeTitle(t.replace(/[，,、]/gu, ' '), MAX_HEADLINE + 10);
}

/**
 * The block opens an article; how surely. A dateline or a marked byline is near-certain; so is a byline
 * without a mark that a dateline lead follows (`本报记者白雪松` / `本报东川5月19日电 …`, the order every
 * article opens in): two openings agree. A bare byline alone could be a credit line elsewhere. In text of
 * one OCR line per block the dateline may wrap at the column's measure (`本报东川5月19日` / `电 当前…`):
 * the lead is read over its first two lines.
 */
function opening(b: Block, next: Block | undefined, after?: Block): number {
  if (b.role !== 'paragraph' && b.role !== 'byline') return 0;
  if (isDateline(b.text) || bylineEnd(b.text) !== undefined) return 0.9;
  if (!isByline(b.text)) return 0;
  const lead = next?.role === 'paragraph' ? (after?.role === 'paragraph' ? joinLines([next.text, after.text]) : next.text) : '';
  return hasBylineMarker(b.text) || (lead && isDateline(lead)) ? 0.9 : 0.8;
}

/** A photo caption, marked (the set-aside pass may have made it one in an earlier round) or not yet. */
const isCaption = (b: Block) => b.role === 'caption' || (b.role === 'paragraph' && isPhotoCaption(b.text));

const before = (body: Block[], i: number) => body[i - 1];
/**
 * The text before the head ends: a finished sentence, a non-body role, a photo caption (its credit,
 * `记者 李文 摄`, `新华社发`, ends it), OCR's noise of a photo or rule (no sentence runs on through it), or
 * nothing (start of the article).
 */
const boundaryBefore = (body: Block[], i: number) => {
  const prev = before(body, i);
  // A closing quote ends a quotation in prose; a short line ending in one (`医兴“半边天”`) is a head line above.
  if (!prev || prev.role !== 'paragraph') return true;
  const quoted = /[”」』]$/u.test(prev.text.trim()) && !isHeadLine(prev);
  return hasFinalPunctuation(prev.text) || quoted || isFurniture(prev.text) || isPhotoCaption(prev.text) || isOcrNoise(prev.text);
};

/** Roles of a head of one to three lines, top down. */
function headRoles(lines: Block[]): Block['role'][] {
  if (lines.length === 3) return ['kicker', 'headline', 'subtitle'];
  if (lines.length === 1) return ['headline'];
  const first = lines[0].text.trim();
  return endsWithColon(first) || [...first].length <= 6 ? ['kicker', 'headline'] : ['headline', 'subtitle'];
}

/** The headline's characters in a head of these lines. */
const headlineOf = (lines: Block[]) => [...lines[headRoles(lines).indexOf('headline')].text.trim()];

/**
 * A head read after the lead: tesseract on an article's crop reads the byline and the first lines of the
 * text before a head set beside or below them (the head spans fewer columns than the text). A byline with
 * a dateline lead under it, the text before them finished, no head above, and one to three head lines
 * right after the lead paragraph: those lines are the article's head, moved above the byline. Never safe
 * (an intertitle after the lead of an article pasted without its head looks the same): the user confirms.
 */
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
      if (start === end) {
        const late = headAfterLead(article.id, body, o);
        if (late) out.push(late);
        continue;
      }
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
