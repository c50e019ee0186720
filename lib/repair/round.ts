/**
 * One round of text edits for the engine: every chosen edit suggestion at once, grouped by block and
 * applied last offset first, so the whole round costs one pass over the touched blocks (the engine stays
 * linear in document size). A suggestion whose range overlaps one already taken waits for the next
 * round, when it is re-suggested with fresh offsets; a stale one is dropped.
 */
import type { Block, EpaperDocument } from '../model/document';
import type { Suggestion, TextEdit } from './types';
import { editText, overlaps, withFlagsMoved } from './apply';

export interface EditRound {
  doc: EpaperDocument;
  applied: Suggestion[];
}

/**
 * Ranges taken in one block, sorted by start. Taken ranges never overlap, so their ends are sorted too and
 * a new range can only overlap its nearest neighbours: a lookup costs log n, not one test per taken range
 * (a pasted page can be one block with thousands of edits).
 */
class TakenRanges {
  private list: TextEdit[] = [];
  /** Index of the first taken range starting after `start`. */
  private after(start: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start <= start) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  overlapsAny(e: TextEdit): boolean {
    const i = this.after(e.start);
    return (i > 0 && overlaps(e, this.list[i - 1])) || (i < this.list.length && overlaps(e, this.list[i]));
  }
  add(e: TextEdit) {
    this.list.splice(this.after(e.start), 0, e);
  }
  get edits(): TextEdit[] {
    return this.list;
  }
}

export function applyEditRound(doc: EpaperDocument, suggestions: Suggestion[]): EditRound {
  const byId = new Map<string, Block>();
  for (const a of doc.articles) for (const b of a.blocks) byId.set(b.id, b);
  // A suggestion applies whole or not at all: it is taken when none of its ranges overlaps a taken range.
  const applied: Suggestion[] = [];
  const taken = new Map<string, TakenRanges>();
  for (const s of suggestions) {
    const list = s.edits ?? [];
    const ok = list.length > 0 && list.every((e, i) => {
      const b = byId.get(e.blockId);
      // `expected` compared in place (no copy of the range for every edit of the round).
      if (!b || b.setAside || e.start < 0 || e.end > b.text.length || Math.max(0, e.end - e.start) !== e.expected.length || !b.text.startsWith(e.expected, e.start)) return false;
      if (taken.get(e.blockId)?.overlapsAny(e)) return false;
      // Edits of one suggestion are checked against each other too, as if taken one by one.
      for (let j = 0; j < i; j += 1) if (list[j].blockId === e.blockId && overlaps(e, list[j])) return false;
      return true;
    });
    if (!ok) continue;
    for (const e of list) {
      if (!taken.has(e.blockId)) taken.set(e.blockId, new TakenRanges());
      taken.get(e.blockId)!.add(e);
    }
    applied.push(s);
  }
  if (taken.size === 0) return { doc, applied };
  const articles = doc.articles.map((a) => {
    if (!a.blocks.some((b) => taken.has(b.id))) return a;
    return { ...a, blocks: a.blocks.map((b) => {
      const edits = taken.get(b.id)?.edits;
      return edits ? withFlagsMoved({ ...b, text: editText(b.text, edits) }, edits) : b;
    }) };
  });
  return { doc: { ...doc, articles }, applied };
}
