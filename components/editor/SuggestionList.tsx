/** Pending suggestions grouped by kind: accept/reject one, accept all of a kind, apply safe fixes. */
import type { Lang } from '../../lib/i18n';
import type { EditorAction } from '../../lib/editor/actions';
import type { Suggestion, SuggestionKind } from '../../lib/repair/types';
import { KIND_LABELS, type T } from './strings';

export interface SuggestionListProps {
  pending: Suggestion[];
  selectedId: string | null;
  dispatch: (a: EditorAction) => void;
  t: T;
  lang: Lang;
}

/** "，→," style preview of a suggestion's text edits (plain text, rendered as text). */
function preview(s: Suggestion): string {
  return (s.edits ?? []).map((e) => `${e.expected || '∅'} → ${e.text || '∅'}`).join('  ');
}

export function SuggestionList({ pending, selectedId, dispatch, t, lang }: SuggestionListProps) {
  const groups = new Map<SuggestionKind, Suggestion[]>();
  for (const s of pending) groups.set(s.kind, [...(groups.get(s.kind) ?? []), s]);
  return (
    <section class="em-suggestions" aria-label={t('suggestions')}>
      <div class="em-row">
        <h2>{t('suggestions')}</h2>
        <button type="button" onClick={() => dispatch({ type: 'applySafe' })} disabled={!pending.length}>
          {t('applySafe')}
        </button>
      </div>
      {!pending.length && <p class="em-muted">{t('noSuggestions')}</p>}
      {[...groups].map(([kind, list]) => (
        <section key={kind} class="em-kind">
          <div class="em-row">
            <h3>{KIND_LABELS[kind][lang]}</h3>
            <button type="button" onClick={() => dispatch({ type: 'acceptKind', kind })}>
              {t('acceptKind', { n: list.length })}
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
