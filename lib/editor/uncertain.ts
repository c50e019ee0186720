/**
 * Stepping through low-confidence characters (`u` / Shift+U) the way a verifier does: one uncertain word
 * at a time, in reading order across the page, wrapping around. Set-aside blocks are skipped: they do
 * not go into the body of the export.
 */
import type { EpaperDocument } from '../model/document';
import { lowConfidenceSpans, type ConfidenceSpan } from '../model/confidence';

export interface UncertainSpot {
  articleId: string;
  blockId: string;
  span: ConfidenceSpan;
}

/** Every uncertain word still in the text, article by article, block by block. */
export function uncertainSpots(doc: EpaperDocument): UncertainSpot[] {
  return doc.articles.flatMap((a) =>
    a.blocks.filter((b) => !b.setAside).flatMap((b) => lowConfidenceSpans(b).map((span) => ({ articleId: a.id, blockId: b.id, span }))),
  );
}

/** The spot after (or before) `at`; with nothing selected, the first (last) one of `articleId` if it has any. */
export function nextSpot(
  spots: UncertainSpot[],
  at: { blockId: string; start: number } | null,
  by: 1 | -1,
  articleId: string | null,
): UncertainSpot | undefined {
  if (!spots.length) return undefined;
  if (!at) {
    const inArticle = spots.filter((s) => s.articleId === articleId);
    const from = inArticle.length ? inArticle : spots;
    return by === 1 ? from[0] : from[from.length - 1];
  }
  const i = spots.findIndex((s) => s.blockId === at.blockId && s.span.start === at.start);
  if (i >= 0) return spots[(i + by + spots.length) % spots.length];
  // The selected word was fixed meanwhile: continue from where it stood.
  const order = new Map(spots.map((s, k) => [s.blockId, k]));
  const after = spots.findIndex((s) => (order.get(s.blockId) ?? 0) >= (order.get(at.blockId) ?? 0) && (s.blockId !== at.blockId || s.span.start > at.start));
  if (by === 1) return spots[after >= 0 ? after : 0];
  return spots[((after >= 0 ? after : spots.length) - 1 + spots.length) % spots.length];
}
