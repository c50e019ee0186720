/**
 * What a head is made of, shared by the headline passes (headline.ts, late-head.ts): head lines, article
 * openings and how surely they open one, the boundary above a head, and the roles of its lines.
 */
import type { Block } from '../../../model/document';
import { bylineEnd, hasBylineMarker, hasFinalPunctuation, isByline, isDateline, isFurniture, isOcrNoise, isPhotoCaption, joinLines, looksLikeTitle, startsArticle } from '../../../text';

export const MAX_HEADLINE = 30;
export const MAX_HEAD_LINES = 3;
export const endsWithColon = (t: string) => /[：:]$/u.test(t.trim());

/** A line that can be part of a head: short, no sentence punctuation at its end, not an opening or furniture. */
export function isHeadLine(b: Block): boolean {
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
export function opening(b: Block, next: Block | undefined, after?: Block): number {
  if (b.role !== 'paragraph' && b.role !== 'byline') return 0;
  if (isDateline(b.text) || bylineEnd(b.text) !== undefined) return 0.9;
  if (!isByline(b.text)) return 0;
  const lead = next?.role === 'paragraph' ? (after?.role === 'paragraph' ? joinLines([next.text, after.text]) : next.text) : '';
  return hasBylineMarker(b.text) || (lead && isDateline(lead)) ? 0.9 : 0.8;
}

/** A photo caption, marked (the set-aside pass may have made it one in an earlier round) or not yet. */
export const isCaption = (b: Block) => b.role === 'caption' || (b.role === 'paragraph' && isPhotoCaption(b.text));

const before = (body: Block[], i: number) => body[i - 1];
/**
 * The text before the head ends: a finished sentence, a non-body role, a photo caption (its credit,
 * `记者 李文 摄`, `新华社发`, ends it), OCR's noise of a photo or rule (no sentence runs on through it), or
 * nothing (start of the article).
 */
export const boundaryBefore = (body: Block[], i: number) => {
  const prev = before(body, i);
  // A closing quote ends a quotation in prose; a short line ending in one (`医兴“半边天”`) is a head line above.
  if (!prev || prev.role !== 'paragraph') return true;
  const quoted = /[”」』]$/u.test(prev.text.trim()) && !isHeadLine(prev);
  return hasFinalPunctuation(prev.text) || quoted || isFurniture(prev.text) || isPhotoCaption(prev.text) || isOcrNoise(prev.text);
};

/** Roles of a head of one to three lines, top down. */
export function headRoles(lines: Block[]): Block['role'][] {
  if (lines.length === 3) return ['kicker', 'headline', 'subtitle'];
  if (lines.length === 1) return ['headline'];
  const first = lines[0].text.trim();
  return endsWithColon(first) || [...first].length <= 6 ? ['kicker', 'headline'] : ['headline', 'subtitle'];
}

/** The headline's characters in a head of these lines. */
export const headlineOf = (lines: Block[]) => [...lines[headRoles(lines).indexOf('headline')].text.trim()];
