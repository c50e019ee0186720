/**
 * Moving through suggestions the way a reviewer does (j/k): in reading order, wrapping around, and after
 * an accept or reject landing on the one that now stands where the handled one was.
 */
import type { Suggestion } from '../repair/types';
import type { EditorState } from './state';

/** After a change, keep the selected suggestion if it survived, else select the one now at its place. */
export function keepSuggestionSelection(next: EditorState, prev: EditorState): EditorState {
  const id = prev.selection.suggestionId;
  if (!id || next.pending.some((s) => s.id === id)) return next;
  const index = prev.pending.findIndex((s) => s.id === id);
  const successor = next.pending[Math.min(Math.max(index, 0), next.pending.length - 1)];
  return { ...next, selection: { ...next.selection, suggestionId: successor?.id ?? null } };
}

export function selectSuggestion(state: EditorState, s: Suggestion | undefined): EditorState {
  if (!s) return state;
  return { ...state, selection: { articleId: s.articleId, blockId: s.blockIds[0] ?? null, line: null, suggestionId: s.id } };
}

export function step(state: EditorState, by: 1 | -1): EditorState {
  const list = state.pending;
  if (!list.length) return state;
  const at = list.findIndex((s) => s.id === state.selection.suggestionId);
  const next = at < 0 ? (by === 1 ? 0 : list.length - 1) : (at + by + list.length) % list.length;
  return selectSuggestion(state, list[next]);
}

export function targetSuggestion(state: EditorState, id?: string): Suggestion | undefined {
  const want = id ?? state.selection.suggestionId;
  return state.suggestions.find((s) => s.id === want);
}
