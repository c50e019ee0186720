/**
 * Moving through suggestions the way a reviewer does (j/k): in reading order, starting in the open
 * article, wrapping around, and after an accept or reject landing on the one that now stands where the
 * handled one was. `u` / Shift+U do the same over low-confidence words.
 */
import type { Suggestion } from '../repair/types';
import type { EditorState } from './state';
import { nextSpot, uncertainSpots } from './uncertain';

/**
 * After a change, keep the selected suggestion if it survived, else select the one now at its place —
 * opening its article, as `j` would, so its card shows (it may be the next article's first).
 */
export function keepSuggestionSelection(next: EditorState, prev: EditorState): EditorState {
  const id = prev.selection.suggestionId;
  if (!id || next.pending.some((s) => s.id === id)) return next;
  const index = prev.pending.findIndex((s) => s.id === id);
  const successor = next.pending[Math.min(Math.max(index, 0), next.pending.length - 1)];
  return successor ? selectSuggestion(next, successor) : { ...next, selection: { ...next.selection, suggestionId: null } };
}

export function selectSuggestion(state: EditorState, s: Suggestion | undefined): EditorState {
  if (!s) return state;
  return { ...state, selection: { articleId: s.articleId, blockId: s.blockIds[0] ?? null, line: null, suggestionId: s.id, uncertain: null } };
}

export function step(state: EditorState, by: 1 | -1): EditorState {
  const list = state.pending;
  if (!list.length) return state;
  const at = list.findIndex((s) => s.id === state.selection.suggestionId);
  if (at >= 0) return selectSuggestion(state, list[(at + by + list.length) % list.length]);
  // Nothing selected yet: begin with the open article, not with the page's first article.
  const here = list.filter((s) => s.articleId === state.selection.articleId);
  const from = here.length ? here : list;
  return selectSuggestion(state, by === 1 ? from[0] : from[from.length - 1]);
}

export function stepUncertain(state: EditorState, by: 1 | -1): EditorState {
  const spot = nextSpot(uncertainSpots(state.doc), state.selection.uncertain, by, state.selection.articleId);
  if (!spot) return state;
  return {
    ...state,
    selection: { articleId: spot.articleId, blockId: spot.blockId, line: spot.span.line, suggestionId: null, uncertain: { blockId: spot.blockId, start: spot.span.start } },
  };
}

export function targetSuggestion(state: EditorState, id?: string): Suggestion | undefined {
  const want = id ?? state.selection.suggestionId;
  return state.suggestions.find((s) => s.id === want);
}
