/**
 * The proofreading editor: article list, the open article (image beside text), suggestions, and the
 * keyboard map. Presentational — it renders `state` and sends actions to `dispatch`; the caller owns
 * the reducer (see useEditorSession) and where the page image comes from.
 */
import type { Lang } from '../../lib/i18n';
import type { EditorAction } from '../../lib/editor/actions';
import { keyToAction } from '../../lib/editor/keys';
import type { EditorState } from '../../lib/editor/state';
import type { AutosaveStatus, StorageError } from '../../lib/storage';
import { unreviewedByArticle } from '../../lib/export/unreviewed';
import { ArticleList } from './ArticleList';
import { ArticleView } from './ArticleView';
import { HelpOverlay } from './HelpOverlay';
import type { PageImage } from './ImagePane';
import { MessageBar } from './MessageBar';
import { SuggestionList } from './SuggestionList';
import { editorTranslator, type T } from './strings';

export interface EditorProps {
  state: EditorState;
  dispatch: (a: EditorAction) => void;
  lang: Lang;
  /** The page image (URL usable in an <img>) and its natural size; null for pasted text. */
  image?: PageImage | null;
  save?: { status: AutosaveStatus; error?: StorageError };
  /** Shown as a toolbar button when given (the caller opens a PasteDialog). */
  onPaste?: () => void;
}

/** Keys typed into fields and controls are theirs, except the editor's own undo/redo and Escape. */
function inTextField(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || typeof el.tagName !== 'string') return false;
  return /^(INPUT|TEXTAREA|SELECT|BUTTON)$/.test(el.tagName) || el.isContentEditable === true;
}

function SaveStatus({ save, t }: { save: NonNullable<EditorProps['save']>; t: T }) {
  if (save.status === 'error' && save.error) {
    const detail = save.error.code === 'quota' ? t('errQuota') : save.error.code === 'unavailable' ? t('errUnavailable') : save.error.message;
    return <span class="em-error" role="alert">{t('saveError', { detail })}</span>;
  }
  const key = save.status === 'saving' ? 'saving' : save.status === 'pending' ? 'pendingSave' : save.status === 'saved' ? 'saved' : null;
  return key ? <span class="em-muted" role="status">{t(key)}</span> : null;
}

export function Editor({ state, dispatch, lang, image = null, save, onPaste }: EditorProps) {
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
      <div class="em-toolbar" role="toolbar" aria-label={t('editor')}>
        <button type="button" onClick={() => dispatch({ type: 'undo' })} disabled={!state.history.past.length} aria-keyshortcuts="Control+Z">{t('undo')}</button>
        <button type="button" onClick={() => dispatch({ type: 'redo' })} disabled={!state.history.future.length} aria-keyshortcuts="Control+Shift+Z">{t('redo')}</button>
        {onPaste && <button type="button" onClick={onPaste}>{t('paste')}</button>}
        <button type="button" onClick={() => dispatch({ type: 'toggleHelp' })} aria-keyshortcuts="?">{t('help')}</button>
        {save && <SaveStatus save={save} t={t} />}
      </div>
      {state.message && <MessageBar message={state.message} dispatch={dispatch} t={t} />}
      <div class="em-main">
        <ArticleList articles={state.doc.articles} selectedId={article?.id ?? null} pendingByArticle={pendingByArticle} dispatch={dispatch} t={t} />
        {article && <ArticleView article={article} state={state} image={image} dispatch={dispatch} t={t} lang={lang} />}
        <SuggestionList pending={state.pending} selectedId={state.selection.suggestionId} dispatch={dispatch} t={t} lang={lang} />
      </div>
      {state.helpOpen && <HelpOverlay dispatch={dispatch} t={t} />}
    </div>
  );
}
