/**
 * Which suggestions the editor lists and in what order the user steps through them (reading order).
 * Applying many at once is the engine's `applyAll`, the same batch the CLI runs.
 */
import type { EpaperDocument } from '../model/document';
import type { Suggestion } from '../repair/types';
import { minOf } from '../model/big-arrays';

/** Position of each block in reading order (article by article), to sort suggestions the way they are read. */
function blockOrder(doc: EpaperDocument): Map<string, number> {
  const order = new Map<string, number>();
  for (const a of doc.articles) for (const b of a.blocks) order.set(b.id, order.size);
  return order;
}

/** Where in its block a suggestion starts; block operations (joins, moves) count as at the block's end. */
function firstOffset(s: Suggestion): number {
  return s.edits?.length ? minOf(s.edits.map((e) => e.start)) : Number.MAX_SAFE_INTEGER;
}

/** Pending suggestions (not rejected), in reading order: block position, then offset in the block. */
export function pendingSuggestions(doc: EpaperDocument, all: Suggestion[], rejected: readonly string[]): Suggestion[] {
  const skip = new Set(rejected);
  const order = blockOrder(doc);
  const pos = (s: Suggestion) => Math.min(minOf(s.blockIds.map((id) => order.get(id) ?? Number.MAX_SAFE_INTEGER)), Number.MAX_SAFE_INTEGER);
  return all.filter((s) => !skip.has(s.id)).sort((a, b) => pos(a) - pos(b) || firstOffset(a) - firstOffset(b));
}
