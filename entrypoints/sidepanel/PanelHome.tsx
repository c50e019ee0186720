/**
 * What the panel offers when no document is open — also on a tab that shows no e-paper page: paste OCR
 * text from elsewhere (cleaned by the same repair engine) or reopen a page saved in IndexedDB.
 */
import { editorTranslator } from '../../components/editor';
import type { Lang } from '../../lib/i18n';
import type { EditorStore } from '../../lib/storage';
import { useOpenDocuments, type OpenDocument } from './use-open-documents';

export interface PanelHomeProps {
  store: EditorStore | null;
  lang: Lang;
  onOpen: OpenDocument;
}

export function PanelHome({ store, lang, onOpen }: PanelHomeProps) {
  const { openPaste, recentList, pasteDialog } = useOpenDocuments(store, lang, onOpen);
  return (
    <section class="em-editor panel-home" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <button type="button" class="paste-text" onClick={openPaste}>{editorTranslator(lang)('paste')}</button>
      {recentList}
      {pasteDialog}
    </section>
  );
}
