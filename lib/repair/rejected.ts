/**
 * Rejected findings through the engine's rounds. A suggestion's id carries its offsets (`kind:block:start`),
 * and every round re-suggests on the new text, so a finding the user rejected comes back under a new id as
 * soon as an edit before it changes the length of its block. To keep it rejected, its edits are moved
 * through each round's applied edits, and a new suggestion making exactly the moved edits is the same
 * finding. Block operations need nothing: their ids are made of block ids, which edits do not change.
 */
import type { Suggestion, TextEdit } from './types';
import { mapOffset } from './text';

/** The rejected suggestion as it would read after `applied` edits (non-overlapping, any block). */
export function moveFinding(s: Suggestion, applied: readonly TextEdit[]): Suggestion {
  if (!s.edits?.length) return s;
  const edits = s.edits.map((e) => {
    const before = applied.filter((a) => a.blockId === e.blockId);
    return before.length ? { ...e, start: mapOffset(e.start, before), end: mapOffset(e.end, before) } : e;
  });
  return { ...s, edits };
}

const sameEdit = (a: TextEdit, b: TextEdit) => a.blockId === b.blockId && a.start === b.start && a.end === b.end && a.text === b.text && a.expected === b.expected;

/** Same finding: same id, or (edits) the same kind making the same edits at the same places. */
export function sameFinding(a: Suggestion, b: Suggestion): boolean {
  if (a.id === b.id) return true;
  if (a.kind !== b.kind || !a.edits?.length || a.edits.length !== b.edits?.length || a.ops?.length || b.ops?.length) return false;
  return a.edits.every((e, i) => sameEdit(e, b.edits![i]));
}
