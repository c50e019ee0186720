/**
 * The proofreading editor's state as a pure reducer: (state, action) → state, no DOM, no clock, no
 * storage. The repair engine's `suggest` is injected, so the reducer runs the same in tests, in the side
 * panel and in a benchmark; batches go through the engine's one applier (`applyAll`). Every change to the document goes through one path
 * (`commit`), which records history and re-runs the engine.
 */
import type { EpaperDocument } from '../model/document';
import type { Suggestion } from '../repair/types';
import { SAFE_CONFIDENCE } from '../repair/types';
import { applyAll } from '../repair/engine';
import { afterEdits, afterJoins, composeMaps, followRejected, type PositionMap } from '../repair/rejected';
import type { EditorAction, EditorMessage } from './actions';
import { applyEdits, applyOperation, applySuggestion, restoreBlock } from '../repair/apply';
import { record, redo, undo, type History, type Snapshot } from './history';
import { pendingSuggestions } from './suggestions';
import { findBlock } from '../repair/operations';
import { joinOp, minimalEdit, unmerge } from './text-ops';
import { keepSuggestionSelection, selectSuggestion, step, stepUncertain, targetSuggestion } from './review';

export type { EditorAction } from './actions';

export interface EditorDeps {
  suggest: (doc: EpaperDocument) => Suggestion[];
}

interface EditorSelection {
  articleId: string | null;
  blockId: string | null;
  /** Index into the block's `source.lines`, when a line was clicked. */
  line: number | null;
  suggestionId: string | null;
  /** The low-confidence word under review (`u` / Shift+U), by block and start offset. */
  uncertain: { blockId: string; start: number } | null;
}

export interface EditorState {
  doc: EpaperDocument;
  /** Everything the engine found on the current document (rejected ones included; see `pending`). */
  suggestions: Suggestion[];
  /** Pending suggestions in reading order. */
  pending: Suggestion[];
  rejected: string[];
  history: History;
  selection: EditorSelection;
  /** Block in text-edit mode. */
  editing: string | null;
  helpOpen: boolean;
  message: EditorMessage | null;
  /** Last keystroke, so quick typing in one block is one undo step. */
  lastTyping: { blockId: string; at: number } | null;
}

/** Keystrokes closer than this share an undo step. */
const TYPING_PAUSE_MS = 1000;

function withSuggestions(state: EditorState, deps: EditorDeps): EditorState {
  const suggestions = deps.suggest(state.doc);
  return { ...state, suggestions, pending: pendingSuggestions(state.doc, suggestions, state.rejected) };
}

export function initEditorState(doc: EpaperDocument, deps: EditorDeps, saved: Partial<Snapshot & History> = {}): EditorState {
  const base: EditorState = {
    doc,
    suggestions: [],
    pending: [],
    rejected: saved.rejected ?? [],
    history: { past: saved.past ?? [], future: saved.future ?? [] },
    selection: { articleId: doc.articles[0]?.id ?? null, blockId: null, line: null, suggestionId: null, uncertain: null },
    editing: null,
    helpOpen: false,
    message: null,
    lastTyping: null,
  };
  return withSuggestions(base, deps);
}

/**
 * Records the current snapshot and moves to the new document (one undo step). `moved`: where the change
 * put the old text, so a rejected finding it moved stays rejected under its new id (lib/repair/rejected.ts).
 */
function commit(state: EditorState, deps: EditorDeps, next: Partial<Snapshot>, keepStep = false, moved?: PositionMap): EditorState {
  const history = keepStep ? state.history : record(state.history, { doc: state.doc, rejected: state.rejected });
  const rejected = next.rejected ?? state.rejected;
  let after = withSuggestions({ ...state, doc: next.doc ?? state.doc, rejected, history, message: null }, deps);
  const followed = moved ? followRejected(state.suggestions, new Set(rejected), moved, after.suggestions) : [];
  if (followed.length) {
    const all = [...rejected, ...followed];
    after = { ...after, rejected: all, pending: pendingSuggestions(after.doc, after.suggestions, all) };
  }
  return keepSuggestionSelection(after, state);
}

function fail(state: EditorState, code: EditorMessage['code'], detail?: string): EditorState {
  return { ...state, message: { kind: 'error', code, detail } };
}

export function createEditorReducer(deps: EditorDeps) {
  return function reduce(state: EditorState, action: EditorAction): EditorState {
    const s = action.type === 'editText' ? state : { ...state, lastTyping: null };
    switch (action.type) {
      case 'load':
        return initEditorState(action.doc, deps, action);
      case 'openArticle':
        return { ...s, selection: { articleId: action.articleId, blockId: null, line: null, suggestionId: null, uncertain: null } };
      case 'select': {
        if (action.blockId === null) return { ...s, selection: { ...s.selection, blockId: null, line: null } };
        const at = findBlock(s.doc, action.blockId);
        if (!at) return fail(s, 'not-found', action.blockId);
        return { ...s, selection: { ...s.selection, articleId: s.doc.articles[at.articleIndex].id, blockId: action.blockId, line: action.line ?? null } };
      }
      case 'selectSuggestion':
        return selectSuggestion(s, s.pending.find((x) => x.id === action.id));
      case 'nextSuggestion':
        return step(s, 1);
      case 'prevSuggestion':
        return step(s, -1);
      case 'nextUncertain':
      case 'prevUncertain':
        return stepUncertain(s, action.type === 'nextUncertain' ? 1 : -1);
      case 'accept': {
        const sug = targetSuggestion(s, action.id);
        if (!sug) return fail(s, 'not-found', action.id);
        const r = applySuggestion(s.doc, sug);
        if (!r.applied) return fail(s, 'stale', r.skipped);
        const moved = composeMaps(afterEdits(sug.edits ?? []), afterJoins(s.doc, sug.ops ?? []));
        return commit({ ...s, selection: { ...s.selection, suggestionId: sug.id } }, deps, { doc: r.doc }, false, moved);
      }
      case 'reject': {
        const sug = targetSuggestion(s, action.id);
        if (!sug) return fail(s, 'not-found', action.id);
        return commit({ ...s, selection: { ...s.selection, suggestionId: sug.id } }, deps, { rejected: [...s.rejected, sug.id] });
      }
      case 'acceptKind':
      case 'applySafe': {
        const select = action.type === 'acceptKind'
          ? (x: Suggestion) => x.kind === action.kind
          : (x: Suggestion) => x.confidence >= (action.minConfidence ?? SAFE_CONFIDENCE);
        const r = applyAll(s.doc, { suggest: deps.suggest, select, rejected: s.rejected });
        // Chosen but not applied: a conflict the rounds could not resolve, or the round cap.
        const skipped = r.pending.filter((x) => select(x) && !r.rejected.includes(x.id)).length;
        if (!r.applied.length) return { ...s, message: { kind: 'info', code: 'applied', n: 0, skipped } };
        // The rejected findings keep their new ids, so they stay hidden on the new document.
        const next = commit(s, deps, { doc: r.doc, rejected: [...new Set([...s.rejected, ...r.rejected])] });
        return { ...next, message: { kind: 'info', code: 'applied', n: r.applied.length, skipped } };
      }
      case 'editText': {
        const at = findBlock(s.doc, action.blockId);
        if (!at) return fail(s, 'not-found', action.blockId);
        const edit = minimalEdit(action.blockId, at.block.text, action.text);
        if (!edit) return s;
        const r = applyEdits(s.doc, [edit]);
        const typing = action.at !== undefined ? { blockId: action.blockId, at: action.at } : null;
        const sameStep = !!(typing && s.lastTyping && s.lastTyping.blockId === typing.blockId && typing.at - s.lastTyping.at < TYPING_PAUSE_MS);
        return { ...commit(s, deps, { doc: r.doc }, sameStep, afterEdits([edit])), lastTyping: typing };
      }
      case 'replaceRange': {
        const at = findBlock(s.doc, action.blockId);
        if (!at) return fail(s, 'not-found', action.blockId);
        const expected = at.block.text.slice(action.start, action.end);
        const edit = { blockId: action.blockId, start: action.start, end: action.end, text: action.text, expected };
        const r = applyEdits(s.doc, [edit]);
        return r.applied ? commit(s, deps, { doc: r.doc }, false, afterEdits([edit])) : fail(s, 'stale', r.skipped);
      }
      case 'revertText': {
        const at = findBlock(s.doc, action.blockId);
        if (!at) return fail(s, 'not-found', action.blockId);
        return reduce(s, { type: 'editText', blockId: action.blockId, text: at.block.raw });
      }
      case 'mergeBlocks': {
        const first = findBlock(s.doc, action.first);
        const second = findBlock(s.doc, action.second);
        if (!first || !second) return fail(s, 'not-found', first ? action.second : action.first);
        if (action.first === action.second) return fail(s, 'cannot-merge', action.first);
        return operate(s, joinOp(first.block, second.block));
      }
      case 'splitBlock': {
        const at = findBlock(s.doc, action.blockId);
        if (!at) return fail(s, 'not-found', action.blockId);
        if (action.at <= 0 || action.at >= at.block.text.length) return fail(s, 'cannot-split');
        return operate(s, { op: 'split', blockId: action.blockId, at: action.at });
      }
      case 'setRole':
        return operate(s, { op: 'set-role', blockId: action.blockId, role: action.role });
      case 'setAside':
        return operate(s, { op: 'set-aside', blockId: action.blockId, kind: 'user', reason: 'set aside by the user' });
      case 'moveBlock':
        return operate(s, { op: 'move', blockIds: [action.blockId], toArticleId: action.toArticleId, beforeBlockId: action.beforeBlockId ?? null });
      case 'splitArticle':
        return operate(s, { op: 'split-article', blockId: action.blockId });
      case 'restore': {
        const back = restoreBlock(s.doc, action.blockId);
        if (back.applied) return commit(s, deps, { doc: back.doc });
        const split = unmerge(s.doc, action.blockId);
        if (split === 'changed') return fail(s, 'merge-changed', action.blockId);
        if (split === 'not-merged') return fail(s, 'not-restorable', action.blockId);
        return commit(s, deps, { doc: split });
      }
      case 'undo':
      case 'redo': {
        const current = { doc: s.doc, rejected: s.rejected };
        const r = action.type === 'undo' ? undo(s.history, current) : redo(s.history, current);
        if (!r) return { ...s, message: { kind: 'info', code: action.type === 'undo' ? 'nothing-to-undo' : 'nothing-to-redo' } };
        const moved = withSuggestions({ ...s, doc: r.snapshot.doc, rejected: r.snapshot.rejected, history: r.history, message: null }, deps);
        return keepSuggestionSelection(moved, s);
      }
      case 'startEdit': {
        const blockId = action.blockId ?? s.selection.blockId;
        return blockId ? { ...s, editing: blockId } : s;
      }
      case 'endEdit':
        return { ...s, editing: null, helpOpen: false };
      case 'toggleHelp':
        return { ...s, helpOpen: action.open ?? !s.helpOpen };
      case 'dismissMessage':
        return { ...s, message: null };
    }
  };

  function operate(state: EditorState, op: Parameters<typeof applyOperation>[1]): EditorState {
    const r = applyOperation(state.doc, op);
    return r.applied ? commit(state, deps, { doc: r.doc }, false, afterJoins(state.doc, [op])) : fail(state, 'not-found', r.skipped);
  }
}

