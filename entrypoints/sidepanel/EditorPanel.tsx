/**
 * The proofreading half of the panel: the editor over one page's document (autosaved to IndexedDB by
 * useEditorSession), with Export as the bar's primary action (the dialog opens under the sticky bar, so
 * it is reachable from anywhere in the text), and paste, recent pages and OCR again in the bar's menu.
 * Container: it owns the browser calls (downloads, clipboard, storage.local) through export-run; the
 * views stay presentational.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { Editor, editorTranslator, pageLabel, useEditorSession, type PageImage } from '../../components/editor';
import { OcrAgain } from '../../components/panel/OcrAgain';
import { ExportDialog } from '../../components/panel/ExportDialog';
import type { PanelKey } from '../../components/panel/strings';
import { unreviewedByArticle, unreviewedOnPage, type ExportPer } from '../../lib/export';
import type { Lang } from '../../lib/i18n';
import type { EpaperDocument } from '../../lib/model/document';
import { suggest } from '../../lib/repair/engine';
import type { EditorDeps } from '../../lib/editor/state';
import { uncertainSpots } from '../../lib/editor/uncertain';
import type { EditorStore, StorageError } from '../../lib/storage';
import { copyPageMarkdown, downloadCitation, downloadJson, downloadMarkdown, downloadZip, loadExportPer, saveExportPer } from './export-run';
import { useOpenDocuments, type OpenDocument } from './use-open-documents';
import { errorText } from './error-text';

/** One engine for every session: suggestions are re-found on each change (the reducer calls it). */
const DEPS: EditorDeps = { suggest: (doc) => suggest(doc) };

export interface EditorPanelProps {
  doc: EpaperDocument;
  storageKey: string;
  store: EditorStore | null;
  /** Why there is no store: the editor then says nothing is saved and offers export. */
  storeError?: StorageError | null;
  /** Reload the saved session (rejections, undo steps) instead of starting from `doc`. */
  restore: boolean;
  imageUrl: string | null;
  lang: Lang;
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
  /** Paste and Recent pages open their document through the App, which remounts the editor on it. */
  onOpen: OpenDocument;
  /** Read the tab's page again (offered in the menu, after a confirmation); absent when there is none. */
  onOcrAgain?: () => void;
}

/** Natural size of the page image, which the image pane needs for its boxes. */
function usePageImage(url: string | null): PageImage | null {
  const [image, setImage] = useState<PageImage | null>(null);
  useEffect(() => {
    if (!url) return setImage(null);
    const img = new Image();
    img.onload = () => setImage({ src: url, width: img.naturalWidth, height: img.naturalHeight });
    img.src = url;
  }, [url]);
  return image;
}

export function EditorPanel({ doc, storageKey, store, storeError, restore, imageUrl, lang, t, onOpen, onOcrAgain }: EditorPanelProps) {
  const title = pageLabel(doc, editorTranslator(lang)('untitled'));
  const session = useEditorSession({ doc, deps: DEPS, storageKey, title, store, storeError });
  const { state } = session;
  // The open document's own page image: a page reopened from *Recent pages* is not the tab's page, and
  // pasted text has none. A captured rectangle has no image URL of its own: the tab's capture stands in.
  const image = usePageImage(state.doc.meta.imageUrl ?? (state.doc.meta.importedFrom ? null : imageUrl));
  const { openPaste, recentList, pasteDialog } = useOpenDocuments(store, lang, onOpen);
  const [per, setPer] = useState<ExportPer>('article');
  const [saveAs, setSaveAs] = useState(false);
  const [zipImages, setZipImages] = useState(false);
  const [markUncertain, setMarkUncertain] = useState(false);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [exportOpen, setExportOpen] = useState(false);

  useEffect(() => {
    if (restore) void session.reopen(storageKey);
    void loadExportPer().then(setPer, () => undefined);
  }, []);

  const choice = { per, saveAs, unreviewedByArticle: unreviewedByArticle(state.pending), markUncertain };
  const hasUncertain = useMemo(() => uncertainSpots(state.doc).length > 0, [state.doc]);

  async function run(action: () => Promise<string>) {
    setBusy(true);
    try {
      setNote(await action());
    } catch (err) {
      setNote(t('error', { message: errorText(err, lang) }));
    } finally {
      setBusy(false);
    }
  }

  const exportDialog = (
    <ExportDialog
      t={t}
      per={per}
      saveAs={saveAs}
      unreviewed={unreviewedOnPage(choice.unreviewedByArticle)}
      busy={busy}
      onPer={(p) => {
        setPer(p);
        void saveExportPer(p);
      }}
      onSaveAs={setSaveAs}
      zipImages={state.doc.meta.imageUrl ? zipImages : undefined}
      markUncertain={hasUncertain ? markUncertain : undefined}
      onMarkUncertain={setMarkUncertain}
      onZipImages={setZipImages}
      onMarkdown={() =>
        void run(async () => {
          const paths = await downloadMarkdown(state.doc, choice);
          return t('savedFiles', { n: paths.length, names: paths.join(', ') });
        })
      }
      onZip={() => void run(async () => t('exported', { name: await downloadZip(state.doc, choice, zipImages) }))}
      onJson={() => void run(async () => t('exported', { name: await downloadJson(state.doc, saveAs) }))}
      onCopy={() => void run(async () => (await copyPageMarkdown(state.doc, choice), t('copied')))}
      onCite={(format) => void run(async () => t('exported', { name: await downloadCitation(state.doc, format, saveAs) }))}
    />
  );
  return (
    <section class="editor-panel">
      <Editor
        state={state}
        dispatch={session.dispatch}
        lang={lang}
        image={image}
        save={session.save}
        onExport={() => setExportOpen(true)}
        onPaste={openPaste}
        title={title}
        primary={
          <button type="button" class="em-primary export-open" aria-expanded={exportOpen} onClick={() => setExportOpen(!exportOpen)}>
            {t('exportTitle')}
          </button>
        }
        popover={
          <>
            {exportOpen && exportDialog}
            {note && <p class="export-message" role="status">{note}</p>}
          </>
        }
        menu={
          <>
            {onOcrAgain && <OcrAgain t={t} onStart={onOcrAgain} />}
            {recentList}
          </>
        }
      />
      {pasteDialog}
    </section>
  );
}
