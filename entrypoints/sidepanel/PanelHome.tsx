/**
 * What the panel offers when no document is open — also on a tab that shows no e-paper page: paste OCR
 * text from elsewhere (cleaned by the same repair engine) or reopen a page saved in IndexedDB.
 */
import { editorTranslator, storeProblem } from '../../components/editor';
import type { Lang } from '../../lib/i18n';
import type { EditorStore, StorageError } from '../../lib/storage';
import { useOpenDocuments, type OpenDocument } from './use-open-documents';

export interface PanelHomeProps {
  store: EditorStore | null;
  /** The store could not be opened: no recent pages, and what is opened is not saved (said here, before any work). */
  storeError?: StorageError | null;
  lang: Lang;
  onOpen: OpenDocument;
}

export function PanelHome({ store, storeError, lang, onOpen }: PanelHomeProps) {
  const { openPaste, recentList, pasteDialog } = useOpenDocuments(store, lang, onOpen);
  const t = editorTranslator(lang);
  return (
    <section class="em-editor panel-home" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      {storeError && <p class="em-error" role="alert">{t('storeOffHome', { detail: storeProblem(storeError, t) })}</p>}
      <button type="button" class="paste-text" onClick={openPaste}>{t('paste')}</button>
      {recentList}
      {pasteDialog}
    </section>
  );
}
