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

export function applyEditRound(doc: EpaperDocument, suggestions: Suggestion[]): EditRound {
  const byId = new Map<string, Block>();
  for (const a of doc.articles) for (const b of a.blocks) byId.set(b.id, b);
  // A suggestion applies whole or not at all: it is taken when none of its ranges overlaps a taken range.
  const applied: Suggestion[] = [];
  const edits = new Map<string, TextEdit[]>();
  for (const s of suggestions) {
    const list = s.edits ?? [];
    const ok = list.length > 0 && list.every((e) => {
      const b = byId.get(e.blockId);
      if (!b || b.setAside || e.start < 0 || e.end > b.text.length || b.text.slice(e.start, e.end) !== e.expected) return false;
      return !(edits.get(e.blockId) ?? []).some((t) => overlaps(e, t));
    });
    if (!ok) continue;
    for (const e of list) edits.set(e.blockId, [...(edits.get(e.blockId) ?? []), e]);
    applied.push(s);
  }
  if (edits.size === 0) return { doc, applied };
  const articles = doc.articles.map((a) => {
    if (!a.blocks.some((b) => edits.has(b.id))) return a;
    return { ...a, blocks: a.blocks.map((b) => (edits.has(b.id) ? withFlagsMoved({ ...b, text: editText(b.text, edits.get(b.id)!) }, edits.get(b.id)!) : b)) };
  });
  return { doc: { ...doc, articles }, applied };
}
