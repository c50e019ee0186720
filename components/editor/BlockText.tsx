/**
 * One block: its text with low-confidence words and pending fixes marked in place, an edit mode, and
 * the restructuring actions (role, merge, split, set aside/restore, move). All changes are dispatched.
 */
import { Fragment } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';
import { BLOCK_ROLES, type Article, type Block, type BlockRole } from '../../lib/model/document';
import type { EditorAction } from '../../lib/editor/actions';
import type { Suggestion } from '../../lib/repair/types';
import { textPieces } from './marks';
import { ROLE_LABELS, type T } from './strings';
import { articleTitle } from './ArticleList';
import type { PageImage } from './ImagePane';
import { SuggestionCard } from './SuggestionCard';
import { UncertainCard } from './UncertainCard';

/** The selected suggestion when its card opens in this block, with its place in the page's list. */
export interface CardFor {
  suggestion: Suggestion;
  index: number;
  total: number;
}

export interface BlockTextProps {
  block: Block;
  articleId: string;
  nextBlockId: string | null;
  articles: Article[];
  suggestions: Suggestion[];
  selected: boolean;
  selectedSuggestionId: string | null;
  editing: boolean;
  /** The selected suggestion, when this is its (first) block. */
  card: CardFor | null;
  /** Start offset of the low-confidence word under review in this block (`u`), else null. */
  uncertainStart: number | null;
  image: PageImage | null;
  dispatch: (a: EditorAction) => void;
  t: T;
  lang: Lang;
}

export function BlockText(p: BlockTextProps) {
  const { block, dispatch, t, lang } = p;
  const area = useRef<HTMLTextAreaElement>(null);
  const self = useRef<HTMLElement>(null);
  // Keyboard review (j/k) moves the selection: bring the block into view and put the caret in the editor.
  // The cards scroll themselves into view instead: a long block aligned by its edge could hide them.
  useEffect(() => {
    if (p.selected && !p.card && p.uncertainStart === null) self.current?.scrollIntoView?.({ block: 'nearest' });
  }, [p.selected]);
  // Accepting a join, move or set-aside, or j/k opening another article, can remove the focused element
  // from the page, which drops the focus to <body> where the editor's keys no longer arrive: give it back
  // to the selected block. Chromium moves the focus to <body> only at its next rendering update, so a
  // detached element still reported as active counts as lost too.
  useEffect(() => {
    if (!p.selected || p.editing) return;
    const doc = self.current?.ownerDocument;
    const active = doc?.activeElement;
    if (doc && (!active || active === doc.body || !active.isConnected)) self.current?.querySelector<HTMLElement>('.em-text')?.focus({ preventScroll: true });
  });
  useEffect(() => {
    if (p.editing) area.current?.focus();
  }, [p.editing]);
  const [fixing, setFixing] = useState<{ start: number; end: number; text: string } | null>(null);
  const aside = block.setAside;
  const pieces = textPieces(block, p.suggestions);
  // The card opens right after its first mark; a block operation (no mark) opens it after the text.
  const cardAt = p.card ? pieces.findIndex((x) => x.kind === 'suggestion' && x.suggestion.id === p.card!.suggestion.id) : -1;
  const cardNode = p.card && <SuggestionCard suggestion={p.card.suggestion} blockText={block.text} index={p.card.index} total={p.card.total} dispatch={dispatch} t={t} lang={lang} />;
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
          {pieces.map((piece, i) =>
            piece.kind === 'plain' ? (
              <span key={i}>{piece.text}</span>
            ) : piece.kind === 'low' ? (
              <Fragment key={i}>
                <button type="button" class="em-low" data-selected={piece.span.start === p.uncertainStart ? 'true' : undefined} title={t('lowConfidence', { n: Math.round(piece.span.confidence) })} onClick={(e) => {
                  e.stopPropagation();
                  setFixing({ start: piece.span.start, end: piece.span.end, text: piece.text });
                }}>
                  {piece.text}
                </button>
                {piece.span.start === p.uncertainStart && (
                  <UncertainCard span={piece.span} image={p.image} t={t} onFix={() => setFixing({ start: piece.span.start, end: piece.span.end, text: piece.text })} />
                )}
              </Fragment>
            ) : (
              <Fragment key={i}>
                <mark class="em-fix" data-selected={piece.suggestion.id === p.selectedSuggestionId ? 'true' : undefined} title={piece.suggestion.reason[lang]}>
                  <del>{piece.text}</del>
                  <ins>{piece.replacement}</ins>
                </mark>
                {i === cardAt && cardNode}
              </Fragment>
            ),
          )}
          {cardAt < 0 && cardNode}
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
        <details class="em-block-more">
          <summary>{t('more')}</summary>
          <div class="em-actions">
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
          </div>
        </details>
      </div>}
    </article>
  );
}
