/**
 * Rejected findings through changes. A suggestion's id carries its place (`kind:block:start`), and the
 * engine re-suggests after every change, so a finding the user rejected comes back under a new id as soon
 * as an edit before it changes the length of its block, or a join carries it into the block before. To
 * keep it rejected, its edits are moved to where the change put their text, and a new suggestion making
 * exactly the moved edits is the same finding. Suggestions made only of block operations need nothing:
 * their ids are block ids, which edits do not change.
 */
import type { EpaperDocument } from '../model/document';
import type { BlockOperation, Suggestion, TextEdit } from './types';
import { groupByBlock, mapOffset } from './text';

/** Where a position of the old document is in the new one. */
export type PositionMap = (blockId: string, at: number) => { blockId: string; at: number };

/** After text edits (non-overlapping, any blocks). */
export function afterEdits(applied: readonly TextEdit[]): PositionMap {
  const byBlock = groupByBlock(applied);
  return (blockId, at) => ({ blockId, at: byBlock.has(blockId) ? mapOffset(at, byBlock.get(blockId)!) : at });
}

/** After block operations in the order applied: a join appends `second` (and what was joined into it) to `first`. */
export function afterJoins(doc: EpaperDocument, ops: readonly BlockOperation[]): PositionMap {
  const joins = ops.filter((op): op is Extract<BlockOperation, { op: 'join' }> => op.op === 'join');
  const into = new Map<string, { blockId: string; shift: number }>();
  if (!joins.length) return (blockId, at) => ({ blockId, at });
  const length = new Map<string, number>();
  for (const a of doc.articles) for (const b of a.blocks) length.set(b.id, b.text.length);
  // Blocks whose text now sits in each block, so a later join carries them along without a scan of all joins.
  const members = new Map<string, string[]>();
  for (const op of joins) {
    const shift = (length.get(op.first) ?? 0) + op.separator.length;
    const carried = members.get(op.second) ?? [];
    for (const id of carried) into.set(id, { blockId: op.first, shift: into.get(id)!.shift + shift });
    into.set(op.second, { blockId: op.first, shift });
    const list = members.get(op.first) ?? [];
    list.push(...carried, op.second);
    members.set(op.first, list);
    members.delete(op.second);
    length.set(op.first, shift + (length.get(op.second) ?? 0));
  }
  return (blockId, at) => {
    const t = into.get(blockId);
    return t ? { blockId: t.blockId, at: at + t.shift } : { blockId, at };
  };
}

export const composeMaps = (first: PositionMap, then: PositionMap): PositionMap => (blockId, at) => {
  const p = first(blockId, at);
  return then(p.blockId, p.at);
};

/** Edit suggestions only: block operations keep their ids (see above). */
const editsOnly = (s: Suggestion): s is Suggestion & { edits: TextEdit[] } => !!s.edits?.length && !s.ops?.length;

/** One key per finding: its kind and every edit (block, range, text, expected). */
const findingKey = (kind: string, edits: readonly TextEdit[]) => JSON.stringify([kind, ...edits.map((e) => [e.blockId, e.start, e.end, e.text, e.expected])]);

function moveEdit(e: TextEdit, moved: PositionMap): TextEdit {
  const start = moved(e.blockId, e.start);
  return { ...e, blockId: start.blockId, start: start.at, end: moved(e.blockId, e.end).at };
}

/**
 * Ids of `after` (suggestions on the changed document) that are a rejected finding of `before` under a
 * new id. The engine calls it between rounds, the editor after an accept, a keystroke or a merge.
 */
export function followRejected(before: readonly Suggestion[], rejected: ReadonlySet<string>, moved: PositionMap, after: readonly Suggestion[]): string[] {
  const was = before.filter((s) => rejected.has(s.id)).filter(editsOnly).map((s) => ({ kind: s.kind, edits: s.edits.map((e) => moveEdit(e, moved)) }));
  if (!was.length) return [];
  // Looked up by key: comparing every new suggestion with every rejected one would grow with their product.
  const keys = new Set(was.map((w) => findingKey(w.kind, w.edits)));
  return after.filter((s) => !rejected.has(s.id)).filter(editsOnly).filter((s) => keys.has(findingKey(s.kind, s.edits))).map((s) => s.id);
}
