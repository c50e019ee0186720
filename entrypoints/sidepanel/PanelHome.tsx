/**
 * What the panel offers when no document is open — also on a tab that shows no e-paper page: paste OCR
 * text from elsewhere (cleaned by the same repair engine) or reopen a page saved in IndexedDB. Container:
 * it reads the store and turns pasted text into a document; the caller opens the editor on the result.
 */
import { useEffect, useState } from 'preact/hooks';
import { editorTranslator, PasteDialog, RecentPages } from '../../components/editor';
import type { Lang } from '../../lib/i18n';
import { importText } from '../../lib/import';
import type { EpaperDocument } from '../../lib/model/document';
import { deleteSession, listRecent, loadSession, type EditorStore, type RecentPage } from '../../lib/storage';

export interface PanelHomeProps {
  store: EditorStore | null;
  lang: Lang;
  /** `restore`: the document is a saved session under `key` (the editor reloads its history too). */
  onOpen: (doc: EpaperDocument, key: string, restore: boolean) => void;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function PanelHome({ store, lang, onOpen }: PanelHomeProps) {
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
      setError(errorText(err));
    }
  }

  async function reopen(key: string) {
    const saved = store ? await loadSession(store, key).catch(() => undefined) : undefined;
    if (saved) onOpen(saved.doc, key, true);
    else refresh(); // gone meanwhile (deleted in another panel): show the list as it is now
  }

  return (
    <section class="em-editor panel-home" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <button type="button" class="paste-text" onClick={() => setPasting(true)}>{t('paste')}</button>
      {recent.length > 0 && (
        <RecentPages pages={recent} t={t} lang={lang} onOpen={(key) => void reopen(key)} onDelete={(key) => void (store && deleteSession(store, key).then(refresh))} />
      )}
      {pasting && <PasteDialog t={t} error={error} onSubmit={paste} onCancel={() => setPasting(false)} />}
    </section>
  );
}
