/**
 * Undo/redo for the editor as a stack of snapshots. Documents are immutable and every change copies only
 * the path to what changed, so a snapshot shares almost everything with its neighbours and costs little.
 * Rejections are part of the snapshot: undoing a reject brings the suggestion back.
 */
import type { EpaperDocument } from '../model/document';

export interface Snapshot {
  doc: EpaperDocument;
  rejected: string[];
}

export interface History {
  past: Snapshot[];
  future: Snapshot[];
}

/** Old steps beyond this are dropped first; enough for an afternoon of proofreading one page. */
const HISTORY_LIMIT = 300;

export function record(history: History, before: Snapshot): History {
  const past = history.past.length >= HISTORY_LIMIT ? history.past.slice(1 - HISTORY_LIMIT) : history.past.slice();
  past.push(before);
  return { past, future: [] };
}

export function undo(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  if (!history.past.length) return null;
  const snapshot = history.past[history.past.length - 1];
  return { history: { past: history.past.slice(0, -1), future: [current, ...history.future] }, snapshot };
}

export function redo(history: History, current: Snapshot): { history: History; snapshot: Snapshot } | null {
  if (!history.future.length) return null;
  const [snapshot, ...future] = history.future;
  return { history: { past: [...history.past, current], future }, snapshot };
}
