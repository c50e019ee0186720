/**
 * One block: its text with low-confidence words and pending fixes marked in place, an edit mode, and
 * the restructuring actions (role, merge, split, set aside/restore, move). All changes are dispatched.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { BLOCK_ROLES, type Article, type Block, type BlockRole } from '../../lib/model/document';
import type { EditorAction } from '../../lib/editor/actions';
import type { Suggestion } from '../../lib/repair/types';
import { textPieces } from './marks';
import { ROLE_LABELS, type T } from './strings';
import { articleTitle } from './ArticleList';

export interface BlockTextProps {
  block: Block;
  articleId: string;
  nextBlockId: string | null;
  articles: Article[];
  suggestions: Suggestion[];
  selected: boolean;
  selectedSuggestionId: string | null;
  editing: boolean;
  dispatch: (a: EditorAction) => void;
  t: T;
  lang: Lang;
}

export function BlockText(p: BlockTextProps) {
  const { block, dispatch, t, lang } = p;
  const area = useRef<HTMLTextAreaElement>(null);
  const self = useRef<HTMLElement>(null);
  // Keyboard review (j/k) moves the selection: bring the block into view and put the caret in the editor.
  useEffect(() => {
    if (p.selected) self.current?.scrollIntoView?.({ block: 'nearest' });
  }, [p.selected]);
  // Accepting a join, move or set-aside can remove the focused block from the page, which drops the
  // focus to <body> where the editor's keys no longer arrive: give it back to the selected block.
  useEffect(() => {
    if (!p.selected || p.editing) return;
    const doc = self.current?.ownerDocument;
    if (doc && (!doc.activeElement || doc.activeElement === doc.body)) self.current?.querySelector<HTMLElement>('.em-text')?.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (p.editing) area.current?.focus();
  }, [p.editing]);
  const [fixing, setFixing] = useState<{ start: number; end: number; text: string } | null>(null);
  const aside = block.setAside;
  const label = `${ROLE_LABELS[block.role][lang]}: ${block.text.slice(0, 20)}`;
  return (
    <article ref={self} class={`em-block em-role-${block.role}${aside ? ' em-aside' : ''}`} aria-current={p.selected ? 'true' : undefined} aria-label={label}>
      {aside && <p class="em-muted">{t('setAsideNote', { reason: aside.reason })}</p>}
      {p.editing ? (
        <textarea
          ref={area}
          class="em-edit"
          value={block.text}
          aria-label={t('edit')}
          onInput={(e) => dispatch({ type: 'editText', blockId: block.id, text: e.currentTarget.value, at: Date.now() })}
        />
      ) : (
        <p class="em-text" tabIndex={0} onFocus={() => !p.selected && dispatch({ type: 'select', blockId: block.id })} onClick={() => !p.selected && dispatch({ type: 'select', blockId: block.id })} onDblClick={() => dispatch({ type: 'startEdit', blockId: block.id })}>
          {textPieces(block, p.suggestions).map((piece, i) =>
            piece.kind === 'plain' ? (
              <span key={i}>{piece.text}</span>
            ) : piece.kind === 'low' ? (
              <button key={i} type="button" class="em-low" title={t('lowConfidence', { n: Math.round(piece.span.confidence) })} onClick={(e) => {
                e.stopPropagation();
                setFixing({ start: piece.span.start, end: piece.span.end, text: piece.text });
              }}>
                {piece.text}
              </button>
            ) : (
              <mark key={i} class="em-fix" data-selected={piece.suggestion.id === p.selectedSuggestionId ? 'true' : undefined} title={piece.suggestion.reason[lang]}>
                <del>{piece.text}</del>
                <ins>{piece.replacement}</ins>
              </mark>
            ),
          )}
        </p>
      )}
      {fixing && (
        <form class="em-row" onSubmit={(e) => {
          e.preventDefault();
          const value = (e.currentTarget.elements.namedItem('word') as HTMLInputElement).value;
          dispatch({ type: 'replaceRange', blockId: block.id, start: fixing.start, end: fixing.end, text: value });
          setFixing(null);
        }}>
          <label>
            {t('fixWord', { word: fixing.text })} <input name="word" defaultValue={fixing.text} autoFocus />
          </label>
          <button type="submit">{t('done')}</button>
          <button type="button" onClick={() => setFixing(null)}>{t('cancel')}</button>
        </form>
      )}
      {(p.selected || p.editing) && <div class="em-actions">
        <label>
          {t('role')}{' '}
          <select value={block.role} onChange={(e) => dispatch({ type: 'setRole', blockId: block.id, role: e.currentTarget.value as BlockRole })}>
            {BLOCK_ROLES.map((r) => <option key={r} value={r}>{ROLE_LABELS[r][lang]}</option>)}
          </select>
        </label>
        {p.editing ? (
          <>
            <button type="button" onClick={() => dispatch({ type: 'splitBlock', blockId: block.id, at: area.current?.selectionStart ?? 0 })}>{t('splitHere')}</button>
            <button type="button" onClick={() => dispatch({ type: 'endEdit' })}>{t('done')}</button>
          </>
        ) : (
          <button type="button" onClick={() => dispatch({ type: 'startEdit', blockId: block.id })}>{t('edit')}</button>
        )}
        {p.nextBlockId && <button type="button" onClick={() => dispatch({ type: 'mergeBlocks', first: block.id, second: p.nextBlockId! })}>{t('mergeNext')}</button>}
        {block.mergedFrom?.length ? <button type="button" onClick={() => dispatch({ type: 'restore', blockId: block.id })}>{t('unmerge')}</button> : null}
        {aside ? (
          <button type="button" onClick={() => dispatch({ type: 'restore', blockId: block.id })}>{t('restore')}</button>
        ) : (
          <button type="button" onClick={() => dispatch({ type: 'setAside', blockId: block.id })}>{t('setAside')}</button>
        )}
        {block.text !== block.raw && <button type="button" onClick={() => dispatch({ type: 'revertText', blockId: block.id })}>{t('revert')}</button>}
        <button type="button" onClick={() => dispatch({ type: 'splitArticle', blockId: block.id })}>{t('newArticle')}</button>
        {p.articles.length > 1 && (
          <label>
            {t('moveTo')}{' '}
            <select value="" onChange={(e) => e.currentTarget.value && dispatch({ type: 'moveBlock', blockId: block.id, toArticleId: e.currentTarget.value })}>
              <option value="">—</option>
              {p.articles.filter((a) => a.id !== p.articleId).map((a) => <option key={a.id} value={a.id}>{articleTitle(a, a.id)}</option>)}
            </select>
          </label>
        )}
      </div>}
    </article>
  );
}
