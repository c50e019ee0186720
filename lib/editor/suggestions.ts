/**
 * Which suggestions the editor lists and in what order the user steps through them (reading order).
 * Applying many at once is the engine's `applyAll`, the same batch the CLI runs.
 */
import type { EpaperDocument } from '../model/document';
import { blockLookup } from '../model/block-index';
import type { Suggestion } from '../repair/types';

/** Where in its block a suggestion starts; block operations (joins, moves) count as at the block's end. */
function firstOffset(s: Suggestion): number {
  if (!s.edits?.length) return Number.MAX_SAFE_INTEGER;
  let min = Number.MAX_SAFE_INTEGER;
  for (const e of s.edits) if (e.start < min) min = e.start;
  return min;
}

/** Pending suggestions (not rejected), in reading order: block position, then offset in the block. */
export function pendingSuggestions(doc: EpaperDocument, all: Suggestion[], rejected: readonly string[]): Suggestion[] {
  const skip = new Set(rejected);
  const { position } = blockLookup(doc);
  const list = skip.size ? all.filter((s) => !skip.has(s.id)) : all;
  // Keys computed once per suggestion, not once per comparison (33 000 suggestions in a 5 MB paste).
  const pos = new Float64Array(list.length);
  const off = new Float64Array(list.length);
  list.forEach((s, i) => {
    let min = Number.MAX_SAFE_INTEGER;
    for (const id of s.blockIds) {
      const p = position(id, s.articleId);
      if (p !== undefined && p < min) min = p;
    }
    pos[i] = min;
    off[i] = firstOffset(s);
  });
  const order = Array.from(list.keys()).sort((a, b) => pos[a] - pos[b] || off[a] - off[b] || a - b);
  return order.map((i) => list[i]);
}
