/**
 * Pending suggestions as a filter view: the open article's by default, or the whole page's, grouped by
 * kind — accept/reject one, accept all of a kind, apply safe fixes. The decision itself is usually made
 * on the card beside the mark (SuggestionCard); this list is for overview and batches.
 */
import { useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import type { EditorAction } from '../../lib/editor/actions';
import type { Suggestion, SuggestionKind } from '../../lib/repair/types';
import { KIND_LABELS, type T } from './strings';

export interface SuggestionListProps {
  pending: Suggestion[];
  articleId: string | null;
  selectedId: string | null;
  /** Low-confidence words left in the text (the export keeps them as read). */
  uncertain: number;
  dispatch: (a: EditorAction) => void;
  t: T;
  lang: Lang;
}

/** "，→," style preview of a suggestion's text edits (plain text, rendered as text). */
function preview(s: Suggestion): string {
  return (s.edits ?? []).map((e) => `${(e.expected || '∅').replace(/ /g, '␣')} → ${(e.text || '∅').replace(/ /g, '␣')}`).join('  ');
}

export function SuggestionList({ pending, articleId, selectedId, uncertain, dispatch, t, lang }: SuggestionListProps) {
  const [scope, setScope] = useState<'article' | 'page'>('article');
  const here = pending.filter((s) => s.articleId === articleId);
  const shown = scope === 'article' ? here : pending;
  const groups = new Map<SuggestionKind, Suggestion[]>();
  for (const s of shown) groups.set(s.kind, [...(groups.get(s.kind) ?? []), s]);
  return (
    <section class="em-suggestions" aria-label={t('suggestions')} data-pending={pending.length}>
      <div class="em-row">
        <h2>{t('suggestions')}</h2>
        <button type="button" onClick={() => dispatch({ type: 'applySafe' })} disabled={!pending.length}>
          {t('applySafe')}
        </button>
      </div>
      <div class="em-row em-scope" role="group" aria-label={t('suggestions')}>
        <button type="button" aria-pressed={scope === 'article'} onClick={() => setScope('article')}>{t('scopeArticle', { n: here.length })}</button>
        <button type="button" aria-pressed={scope === 'page'} onClick={() => setScope('page')}>{t('scopePage', { n: pending.length })}</button>
      </div>
      {uncertain > 0 && <p class="em-muted em-uncertain-count" data-uncertain={uncertain}>{t('uncertainLeft', { n: uncertain })}</p>}
      {!shown.length && <p class="em-muted">{t(pending.length ? 'noSuggestionsHere' : 'noSuggestions')}</p>}
      {[...groups].map(([kind, list]) => (
        <section key={kind} class="em-kind">
          <div class="em-row">
            <h3>{KIND_LABELS[kind][lang]}</h3>
            <button type="button" onClick={() => dispatch({ type: 'acceptKind', kind })}>
              {t('acceptKind', { n: pending.filter((s) => s.kind === kind).length })}
            </button>
          </div>
          <ul>
            {list.map((s) => (
              <li key={s.id} class="em-suggestion" aria-current={s.id === selectedId ? 'true' : undefined}>
                <button type="button" class="em-link" onClick={() => dispatch({ type: 'selectSuggestion', id: s.id })}>
                  {s.reason[lang]}
                  {preview(s) && <span class="em-preview">{preview(s)}</span>}
                </button>
                <span class="em-actions">
                  <button type="button" onClick={() => dispatch({ type: 'accept', id: s.id })}>{t('accept')}</button>
                  <button type="button" onClick={() => dispatch({ type: 'reject', id: s.id })}>{t('reject')}</button>
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
