/**
 * The one applier every suggestion goes through (textlint's source-code-fixer model): passes only detect,
 * this file changes documents. Documents are immutable — each call returns a new document that shares
 * every untouched article and block with the old one, so undo is "keep the previous document".
 *
 * Text edits are applied last-first per block, so earlier offsets stay valid; an edit overlapping one
 * already applied is not applied but returned in `remaining`. A stale edit (the text at its range is no
 * longer `expected`) or a missing block makes the whole suggestion skip, with the reason.
 */
import type { Block, EpaperDocument } from '../model/document';
import type { Suggestion, TextEdit } from './types';
import { applyOperation, findBlock, replaceBlock, type IdsInUse } from './operations';
import { groupByBlock, mapOffset } from './text';

export interface ApplyResult {
  doc: EpaperDocument;
  applied: boolean;
  /** Why nothing changed (stale suggestion, missing block, bad operation). */
  skipped?: string;
  /** Edits that overlapped an edit applied before them (not applied; re-suggest to get fresh offsets). */
  remaining?: TextEdit[];
}

/** Checks every edit against the current text; returns the reason of the first stale one. */
function staleReason(doc: EpaperDocument, edits: TextEdit[]): string | undefined {
  for (const e of edits) {
    const found = findBlock(doc, e.blockId);
    if (!found) return `block ${e.blockId} is gone`;
    const text = found.block.text;
    if (e.start < 0 || e.start > e.end || e.end > text.length) return `edit ${e.start}-${e.end} is outside block ${e.blockId}`;
    if (text.slice(e.start, e.end) !== e.expected) return `text of block ${e.blockId} changed since the suggestion was made`;
  }
  return undefined;
}

/**
 * The one overlap rule: ranges that share a character, or start at the same place (two insertions at one
 * point, or an insertion at the start of a replacement, have no defined order).
 */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start;
}

/** New text of one block after its edits (sorted last-first; overlapping ones go to `remaining`). */
export function editText(text: string, edits: readonly TextEdit[], remaining: TextEdit[] = []): string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  // Applied edits never overlap and go last-first, so an edit overlaps one of them only if it overlaps the last.
  const kept: TextEdit[] = [];
  for (const e of sorted) {
    const last = kept[kept.length - 1];
    if (last && overlaps(e, last)) remaining.push(e);
    else kept.push(e);
  }
  // Built in one pass from the pieces (front to back): splicing edit by edit would copy the text once per edit.
  const parts: string[] = [];
  let at = 0;
  for (let i = kept.length - 1; i >= 0; i -= 1) {
    parts.push(text.slice(at, kept[i].start), kept[i].text);
    at = kept[i].end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** Flags that point into the text keep pointing at the same place after the edits. */
export function withFlagsMoved(block: Block, edits: TextEdit[]): Block {
  if (!block.flags?.some((f) => f.at !== undefined)) return block;
  return { ...block, flags: block.flags.map((f) => (f.at === undefined ? f : { ...f, at: mapOffset(f.at, edits) })) };
}

/** Applies text edits to their blocks (all blocks, one new document). */
export function applyEdits(doc: EpaperDocument, edits: TextEdit[]): ApplyResult {
  if (edits.length === 0) return { doc, applied: true };
  const stale = staleReason(doc, edits);
  if (stale) return { doc, applied: false, skipped: stale };
  const byBlock = groupByBlock(edits);
  const remaining: TextEdit[] = [];
  let out = doc;
  for (const [blockId, list] of byBlock) {
    const before = remaining.length;
    out = replaceBlock(out, blockId, (b: Block) => {
      const text = editText(b.text, list, remaining);
      const skipped = new Set(remaining.slice(before));
      return withFlagsMoved({ ...b, text }, list.filter((e) => !skipped.has(e)));
    });
  }
  return remaining.length ? { doc: out, applied: true, remaining } : { doc: out, applied: true };
}

/** Edits first (their offsets refer to the text before any join/split), then the operations in order. */
export function applySuggestion(doc: EpaperDocument, s: Suggestion, taken?: IdsInUse): ApplyResult {
  const edited = applyEdits(doc, s.edits ?? []);
  if (!edited.applied) return edited;
  let out = edited.doc;
  for (const op of s.ops ?? []) {
    const r = applyOperation(out, op, taken);
    if (!r.applied) return { doc, applied: false, skipped: r.skipped };
    out = r.doc;
  }
  return edited.remaining ? { doc: out, applied: true, remaining: edited.remaining } : { doc: out, applied: true };
}

/** Brings a set-aside block back into the body with the role it had. */
export function restoreBlock(doc: EpaperDocument, blockId: string): ApplyResult {
  const found = findBlock(doc, blockId);
  if (!found) return { doc, applied: false, skipped: `block ${blockId} not found` };
  const aside = found.block.setAside;
  if (!aside) return { doc, applied: false, skipped: `block ${blockId} is not set aside` };
  return {
    doc: replaceBlock(doc, blockId, (b) => {
      const { setAside: _gone, ...rest } = b;
      return { ...rest, role: aside.previousRole };
    }),
    applied: true,
  };
}

export { applyOperation } from './operations';
