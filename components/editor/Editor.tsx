/**
 * The proofreading editor: a sticky top bar (page, save status, the caller's primary action, a menu),
 * the article picker, the open article (image crop above or beside its text, the current suggestion's
 * card at its mark), the suggestions as a filter view, and the keyboard map. Presentational — it renders
 * `state` and sends actions to `dispatch`; the caller owns the reducer (see useEditorSession), where the
 * page image comes from, and what the bar's primary action and menu items do.
 */
import type { ComponentChildren } from 'preact';
import type { Lang } from '../../lib/i18n';
import type { EditorAction } from '../../lib/editor/actions';
import { keyToAction } from '../../lib/editor/keys';
import type { EditorState } from '../../lib/editor/state';
import { unreviewedByArticle } from '../../lib/export/unreviewed';
import { uncertainSpots } from '../../lib/editor/uncertain';
import { ArticleList } from './ArticleList';
import { ArticleView } from './ArticleView';
import { HelpOverlay } from './HelpOverlay';
import type { PageImage } from './ImagePane';
import { MessageBar } from './MessageBar';
import { SuggestionList } from './SuggestionList';
import { editorTranslator, type T } from './strings';
import type { SaveState } from './useEditorSession';

export interface EditorProps {
  state: EditorState;
  dispatch: (a: EditorAction) => void;
  lang: Lang;
  /** The page image (URL usable in an <img>) and its natural size; null for pasted text. */
  image?: PageImage | null;
  save?: SaveState;
  /** Opens the export (offered in the notice when nothing can be saved). */
  onExport?: () => void;
  /** Shown as a menu item when given (the caller opens a PasteDialog). */
  onPaste?: () => void;
  /** The page as the bar names it (paper, date, page). */
  title?: string;
  /** The bar's primary action (Export), and what it opens under the bar while the text scrolls. */
  primary?: ComponentChildren;
  popover?: ComponentChildren;
  /** More items for the bar's menu (OCR again, Recent pages). */
  menu?: ComponentChildren;
}

/** Keys typed into fields and controls are theirs, except the editor's own undo/redo and Escape. */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName) || el.isContentEditable === true;
}

/** Why the browser storage could not be opened, in words the user can act on. */
export function storeProblem(error: SaveState['error'], t: T): string {
  if (error?.code === 'unavailable') return t('storeUnavailable');
  if (error?.code === 'blocked') return t('storeBlocked');
  return error?.message ?? '';
}

/** Nothing can be saved: said once in full under the bar (it wraps at 400 px), with the way out. */
function StoreOff({ save, t, onExport }: { save: SaveState; t: T; onExport?: () => void }) {
  return (
    <p class="em-store-off em-error" role="alert">
      {t('storeOff', { detail: storeProblem(save.error, t) })}{' '}
      {onExport && <button type="button" class="em-link" onClick={onExport}>{t('storeOffExport')}</button>}
    </p>
  );
}

function SaveStatus({ save, t }: { save: SaveState; t: T }) {
  if (save.status === 'off') return <span class="em-error">{t('notSaved')}</span>;
  if (save.status === 'error' && save.error) {
    const detail = save.error.code === 'quota' ? t('errQuota') : save.error.code === 'unavailable' ? t('errUnavailable') : save.error.message;
    return <span class="em-error" role="alert">{t('saveError', { detail })}</span>;
  }
  const key = save.status === 'saving' ? 'saving' : save.status === 'pending' ? 'pendingSave' : save.status === 'saved' ? 'saved' : null;
  return key ? <span class="em-muted" role="status">{t(key)}</span> : null;
}

export function Editor({ state, dispatch, lang, image = null, save, onExport, onPaste, title, primary, popover, menu }: EditorProps) {
  const t = editorTranslator(lang);
  const article = state.doc.articles.find((a) => a.id === state.selection.articleId) ?? state.doc.articles[0];
  // The count the export writes into each article's front matter, shown beside the article.
  const pendingByArticle = unreviewedByArticle(state.pending);
  const onKeyDown = (e: KeyboardEvent) => {
    const action = keyToAction({ key: e.key, ctrlKey: e.ctrlKey, metaKey: e.metaKey, shiftKey: e.shiftKey, altKey: e.altKey, inTextField: inTextField(e.target) });
    if (!action) return;
    e.preventDefault();
    dispatch(action);
  };
  return (
    <div class="em-editor" lang={lang === 'zh' ? 'zh-CN' : 'en'} onKeyDown={onKeyDown} aria-label={t('editor')}>
      <div class="em-sticky">
        <div class="em-toolbar" role="toolbar" aria-label={t('editor')}>
          <span class="em-bar-title">
            {title && <span class="em-page-title">{title}</span>}
            {save && <SaveStatus save={save} t={t} />}
          </span>
          <button type="button" class="em-icon" onClick={() => dispatch({ type: 'undo' })} disabled={!state.history.past.length} aria-keyshortcuts="Control+Z" aria-label={t('undo')} title={t('undo')}>↶</button>
          <button type="button" class="em-icon" onClick={() => dispatch({ type: 'redo' })} disabled={!state.history.future.length} aria-keyshortcuts="Control+Shift+Z" aria-label={t('redo')} title={t('redo')}>↷</button>
          {primary}
          <details class="em-menu">
            <summary>{t('more')}</summary>
            <div class="em-menu-panel">
              {onPaste && <button type="button" class="em-paste" onClick={onPaste}>{t('paste')}</button>}
              <button type="button" onClick={() => dispatch({ type: 'toggleHelp' })} aria-keyshortcuts="?">{t('help')}</button>
              {menu}
            </div>
          </details>
        </div>
        {save?.status === 'off' && <StoreOff save={save} t={t} onExport={onExport} />}
        {popover}
      </div>
      {state.message && <MessageBar message={state.message} dispatch={dispatch} t={t} />}
      {state.doc.meta.readAcrossColumns && (
        <p class="coverage-warning" role="note">
          {t('readAcrossColumns', { lines: state.doc.meta.readAcrossColumns.lines, line: state.doc.meta.readAcrossColumns.firstLine })}
        </p>
      )}
      <div class="em-main">
        <ArticleList articles={state.doc.articles} selectedId={article?.id ?? null} pendingByArticle={pendingByArticle} dispatch={dispatch} t={t} />
        {article && <ArticleView article={article} state={state} image={image} dispatch={dispatch} t={t} lang={lang} />}
        <SuggestionList pending={state.pending} articleId={article?.id ?? null} selectedId={state.selection.suggestionId} uncertain={uncertainSpots(state.doc).length} dispatch={dispatch} t={t} lang={lang} />
      </div>
      {state.helpOpen && <HelpOverlay dispatch={dispatch} t={t} />}
    </div>
  );
}
