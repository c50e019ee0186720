/**
 * The current suggestion, opened beside its mark: old → new with a few characters around it, the reason
 * in plain words, and Accept / Reject / Edit. It scrolls itself into view (below the sticky bar and
 * image, see editor.css `scroll-margin-top`), so `j` never leaves the decision off screen.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import type { EditorAction } from '../../lib/editor/actions';
import type { Suggestion } from '../../lib/repair/types';
import { KIND_LABELS, type T } from './strings';

/** Characters of context shown on each side of a change. */
const CONTEXT = 6;

export interface EditContext {
  before: string;
  old: string;
  text: string;
  after: string;
}

/** The first text edit of `s` with its surroundings in `blockText`; null for block operations. */
export function editContext(s: Suggestion, blockText: string): EditContext | null {
  const e = s.edits?.[0];
  if (!e) return null;
  const before = blockText.slice(Math.max(0, e.start - CONTEXT), e.start);
  const after = blockText.slice(e.end, e.end + CONTEXT);
  return { before: (e.start > CONTEXT ? '…' : '') + before, old: e.expected, text: e.text, after: after + (e.end + CONTEXT < blockText.length ? '…' : '') };
}

/** Spaces are what many fixes remove: show them (an empty side shows nothing: the text simply closes up). */
const visible = (s: string): string => s.replace(/ /g, '␣').replace(/\u3000/g, '□');

export interface SuggestionCardProps {
  suggestion: Suggestion;
  blockText: string;
  /** Position among the page's pending suggestions (1-based) and their number. */
  index: number;
  total: number;
  dispatch: (a: EditorAction) => void;
  t: T;
  lang: Lang;
}

export function SuggestionCard({ suggestion: s, blockText, index, total, dispatch, t, lang }: SuggestionCardProps) {
  const self = useRef<HTMLSpanElement>(null);
  useEffect(() => self.current?.scrollIntoView?.({ block: 'nearest' }), [s.id]);
  const ctx = editContext(s, blockText);
  // Clicks and double clicks inside the card are the card's, not the paragraph's (select / edit).
  const stop = (e: Event) => e.stopPropagation();
  return (
    <span ref={self} class="em-card" role="group" aria-label={KIND_LABELS[s.kind][lang]} data-suggestion={s.id} data-text-fix={ctx ? 'true' : undefined} onClick={stop} onDblClick={stop}>
      <span class="em-card-head">
        <strong>{KIND_LABELS[s.kind][lang]}</strong>
        <span class="em-muted">{t('cardOf', { i: index, n: total })}</span>
      </span>
      {ctx && (
        <span class="em-card-change" lang="zh-CN">
          <span>{ctx.before}{ctx.old && <del>{visible(ctx.old)}</del>}{ctx.after}</span>
          <span aria-hidden="true"> → </span>
          <span>{ctx.before}{ctx.text && <ins>{visible(ctx.text)}</ins>}{ctx.after}</span>
        </span>
      )}
      <span class="em-card-reason">{s.reason[lang]}</span>
      <span class="em-actions">
        <button type="button" class="em-primary em-card-accept" onClick={() => dispatch({ type: 'accept', id: s.id })} aria-keyshortcuts="a">{t('accept')}</button>
        <button type="button" class="em-card-reject" onClick={() => dispatch({ type: 'reject', id: s.id })} aria-keyshortcuts="r">{t('reject')}</button>
        <button type="button" onClick={() => dispatch({ type: 'startEdit', blockId: s.blockIds[0] })} aria-keyshortcuts="e">{t('edit')}</button>
      </span>
    </span>
  );
}
