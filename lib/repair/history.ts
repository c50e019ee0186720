/**
 * Undo/redo by keeping the previous immutable documents: the applier shares every untouched block, so a
 * step costs one article's block array, not a copy of the page.
 */
import type { EpaperDocument } from '../model/document';
import type { Suggestion } from './types';
import { applySuggestion, restoreBlock, type ApplyResult } from './apply';

export interface History {
  current(): EpaperDocument;
  /** Applies a suggestion; a skipped one leaves the history unchanged. */
  apply(s: Suggestion): ApplyResult;
  restore(blockId: string): ApplyResult;
  /** Records a document made elsewhere (a manual edit) as the next step. */
  push(doc: EpaperDocument): void;
  undo(): EpaperDocument;
  redo(): EpaperDocument;
  canUndo(): boolean;
  canRedo(): boolean;
}

export function createHistory(initial: EpaperDocument, limit = 500): History {
  const past: EpaperDocument[] = [];
  const future: EpaperDocument[] = [];
  let now = initial;
  const push = (doc: EpaperDocument) => {
    past.push(now);
    if (past.length > limit) past.shift();
    future.length = 0;
    now = doc;
  };
  const record = (r: ApplyResult) => {
    if (r.applied && r.doc !== now) push(r.doc);
    return r;
  };
  return {
    current: () => now,
    apply: (s) => record(applySuggestion(now, s)),
    restore: (blockId) => record(restoreBlock(now, blockId)),
    push,
    undo() {
      const prev = past.pop();
      if (prev) {
        future.push(now);
        now = prev;
      }
      return now;
    },
    redo() {
      const next = future.pop();
      if (next) {
        past.push(now);
        now = next;
      }
      return now;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
