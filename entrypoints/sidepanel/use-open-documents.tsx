/**
 * Paste OCR text and Recent pages, for the panel's home and for the editor alike: both hand the document
 * to the App (`onOpen`), which opens the editor on it — one way to open a document. Pasted text becomes a
 * document here (lib/import); a recent page is read back from the store.
 */
import { useEffect, useState } from 'preact/hooks';
import { editorTranslator, PasteDialog, RecentPages } from '../../components/editor';
import type { Lang } from '../../lib/i18n';
import { importText } from '../../lib/import';
import type { EpaperDocument } from '../../lib/model/document';
import { deleteSession, listRecent, loadSession, type EditorStore, type RecentPage } from '../../lib/storage';
import { errorText } from './error-text';

/** `restore`: the document is a saved session under `key` (the editor reloads its history too). */
export type OpenDocument = (doc: EpaperDocument, key: string, restore: boolean) => void;

export function useOpenDocuments(store: EditorStore | null, lang: Lang, onOpen: OpenDocument) {
  const t = editorTranslator(lang);
  const [pasting, setPasting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [recent, setRecent] = useState<RecentPage[]>([]);
  const refresh = () => void (store ? listRecent(store).then(setRecent, () => undefined) : undefined);
  useEffect(refresh, [store]);

  function paste(text: string) {
    try {
      const doc = importText(text, { name: t('paste') });
      setPasting(false);
      setError(null);
      onOpen(doc, `paste:${Date.now()}`, false);
    } catch (err) {
      setError(errorText(err, lang));
    }
  }

  async function reopen(key: string) {
    const saved = store ? await loadSession(store, key).catch(() => undefined) : undefined;
    if (saved) onOpen(saved.doc, key, true);
    else refresh(); // gone meanwhile (deleted in another panel): show the list as it is now
  }

  return {
    openPaste: () => setPasting(true),
    recentList: recent.length > 0 && (
      <RecentPages pages={recent} t={t} lang={lang} onOpen={(key) => void reopen(key)} onDelete={(key) => void (store && deleteSession(store, key).then(refresh))} />
    ),
    pasteDialog: pasting && <PasteDialog t={t} error={error} onSubmit={paste} onCancel={() => setPasting(false)} />,
  };
}
