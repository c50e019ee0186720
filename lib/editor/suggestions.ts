/**
 * Suggestion bookkeeping for the editor: which are still pending, in what order the user steps through
 * them (reading order), and applying many at once without one stale fix blocking the rest.
 */
import type { EpaperDocument } from '../model/document';
import type { Suggestion } from '../repair/types';
import type { ApplyResult } from '../repair/apply';

export type Applier = (doc: EpaperDocument, s: Suggestion) => ApplyResult;

/** Position of each block in reading order (article by article), to sort suggestions the way they are read. */
function blockOrder(doc: EpaperDocument): Map<string, number> {
  const order = new Map<string, number>();
  for (const a of doc.articles) for (const b of a.blocks) order.set(b.id, order.size);
  return order;
}

/** Where in its block a suggestion starts; block operations (joins, moves) count as at the block's end. */
function firstOffset(s: Suggestion): number {
  return s.edits?.length ? Math.min(...s.edits.map((e) => e.start)) : Number.MAX_SAFE_INTEGER;
}

/** Pending suggestions (not rejected), in reading order: block position, then offset in the block. */
export function pendingSuggestions(doc: EpaperDocument, all: Suggestion[], rejected: readonly string[]): Suggestion[] {
  const skip = new Set(rejected);
  const order = blockOrder(doc);
  const pos = (s: Suggestion) => Math.min(...s.blockIds.map((id) => order.get(id) ?? Number.MAX_SAFE_INTEGER), Number.MAX_SAFE_INTEGER);
  return all.filter((s) => !skip.has(s.id)).sort((a, b) => pos(a) - pos(b) || firstOffset(a) - firstOffset(b));
}

export interface BatchResult {
  doc: EpaperDocument;
  applied: number;
  skipped: number;
}

/**
 * Applies the chosen suggestions in one go. Within a block the fixes go last-first, so an earlier
 * offset is not shifted by a later fix; suggestions that went stale are re-found on the new document
 * (up to `rounds` times) rather than dropped, because the engine regenerates them with fresh offsets.
 */
export function applyBatch(
  doc: EpaperDocument,
  pick: (doc: EpaperDocument) => Suggestion[],
  apply: Applier,
  rounds = 3,
): BatchResult {
  let out = doc;
  let applied = 0;
  let skipped = 0;
  const tried = new Set<string>();
  for (let round = 0; round < rounds; round += 1) {
    const batch = pick(out).filter((s) => !tried.has(s.id));
    if (!batch.length) break;
    skipped = 0;
    const sorted = [...batch].sort((a, b) => firstOffset(b) - firstOffset(a));
    for (const s of sorted) {
      tried.add(s.id);
      const r = apply(out, s);
      if (r.applied) {
        out = r.doc;
        applied += 1;
      } else skipped += 1;
    }
  }
  return { doc: out, applied, skipped };
}
