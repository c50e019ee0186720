/**
 * Panel container: binds to a tab, detects the page, restores its saved proofreading (IndexedDB, keyed by
 * the page URL) or runs OCR with per-article progress, then hands the document to the editor + export.
 * With no document open it offers pasting OCR text and reopening saved pages (PanelHome); those, from
 * there or from the editor, all open through `openDocument`.
 * Browser calls live in page-access / ocr-run / download / export-run; rules in components/panel/state.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import '../../components/editor/editor.css';
import { PanelView } from '../../components/panel/PanelView';
import { applyArticle, applyFailure, applyProgress, documentFromRows, editBlock, rowsFromDetection, type ArticleRow } from '../../components/panel/state';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { wholeRegion } from '../../lib/detect';
import type { PageDetection, Region } from '../../lib/detect/types';
import { pageTitle } from '../../lib/export';
import type { EpaperDocument } from '../../lib/model/document';
import { loadSession, openEditorStore, pageKey, saveSession, type EditorStore } from '../../lib/storage';
import { EditorPanel } from './EditorPanel';
import { PanelHome } from './PanelHome';
import { pickLang, translator } from '../../lib/i18n';
import { tabIdFromSearch } from '../../lib/messaging';
import { DEFAULT_LANGS, type OcrEngine } from '../../lib/ocr';
import { createExtensionEngine, recognizePage } from './ocr-run';
import { boundTabId, detectInTab, hasImageAccess, ImageAccessError, loadPageRaster, requestImageAccess } from './page-access';
import { errorText } from './error-text';

const lang = pickLang(browser.i18n.getUILanguage());
const t = translator(PANEL_STRINGS, lang);

export function App() {
  const [detection, setDetection] = useState<PageDetection | null>(null);
  const [rows, setRows] = useState<ArticleRow[]>([]);
  const [running, setRunning] = useState(false);
  const [needsAccess, setNeedsAccess] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(t('detecting'));
  const [captureSrc, setCaptureSrc] = useState<string | null>(null);
  const tab = useRef<number | null>(null);
  const [store, setStore] = useState<EditorStore | null>(null);
  /** The document in the editor; `gen` remounts the editor when a new OCR run replaces it. */
  const [opened, setOpened] = useState<{ doc: EpaperDocument; key: string; restore: boolean; gen: number } | null>(null);
  const [finished, setFinished] = useState(0);
  const engine = useRef<OcrEngine | null>(null);
  const getEngine = () => (engine.current ??= createExtensionEngine((p) => setRows((r) => applyProgress(r, p))));

  useEffect(() => {
    (async () => {
      // The store first: pasting text and reopening saved pages work on any tab, e-paper page or not.
      const db = await openEditorStore().catch(() => null);
      setStore(db);
      const tabId = await boundTabId(location.search, tabIdFromSearch);
      if (tabId === null) return setMessage(t('noTab'));
      tab.current = tabId;
      const found = await detectInTab(tabId);
      setDetection(found);
      if (!found.image) return setMessage(t('noImage'));
      setRows(rowsFromDetection(found));
      setMessage(found.regions.length ? null : t('noRegions'));
      // A page proofread before opens as it was left, without OCR (the user can still run it again).
      const key = pageKey(found.meta.url ?? found.image.url);
      const saved = db ? await loadSession(db, key).catch(() => undefined) : undefined;
      if (saved) {
        setOpened({ doc: saved.doc, key, restore: true, gen: 0 });
        setMessage(t('restored', { time: new Date(saved.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en') }));
      }
      if (!(await hasImageAccess(found.image.url))) setNeedsAccess(new URL(found.image.url).origin);
    })().catch((err) => setMessage(t('error', { message: errorText(err) })));
    return () => void engine.current?.terminate();
  }, []);

  async function start() {
    if (!detection?.image) return;
    setRunning(true);
    setOpened(null);
    setMessage(null);
    try {
      const image = await loadPageRaster(detection.image.url);
      const regions = detection.regions.length ? detection.regions : [wholeRegion(image)];
      const page = { ...detection, regions };
      if (!detection.regions.length) setRows(rowsFromDetection(page));
      await recognizePage(getEngine(), image, page, {
        onProgress: (p) => setRows((r) => applyProgress(r, p)),
        onArticle: (id, article, seconds) => setRows((r) => applyArticle(r, id, article, seconds)),
        onFailure: (id, msg) => setRows((r) => applyFailure(r, id, msg)),
      });
    } catch (err) {
      if (err instanceof ImageAccessError) setNeedsAccess(err.origin);
      setMessage(t('error', { message: errorText(err) }));
    } finally {
      setRunning(false);
      setFinished((n) => n + 1);
    }
  }

  /** Must run from the click: captureVisibleTab relies on the activeTab grant. */
  async function capture() {
    try {
      const { windowId } = await browser.tabs.get(tab.current!);
      setCaptureSrc(await browser.tabs.captureVisibleTab(windowId, { format: 'png' }));
      setMessage(null);
    } catch (err) {
      setMessage(t('error', { message: errorText(err) }));
    }
  }

  function selectRegion(region: Region) {
    if (!detection || !captureSrc) return;
    const [, , w, h] = region.box;
    const page = { ...detection, image: { url: captureSrc, displayWidth: w, displayHeight: h }, regions: [region] };
    setDetection(page);
    setRows(rowsFromDetection(page));
  }

  async function grant() {
    if (!detection?.image) return;
    const url = detection.image.url;
    const origin = new URL(url).origin;
    const ok = await requestImageAccess(url).catch(() => false);
    setNeedsAccess(ok ? null : origin);
    setMessage(ok ? null : t('refused', { origin }));
  }

  // The export's front matter names the OCR engine and languages, as the CLI's does.
  const doc = useMemo(
    () => (detection ? documentFromRows({ ...detection.meta, capturedAt: new Date().toISOString(), ocr: { engine: 'tesseract.js 7', languages: [...DEFAULT_LANGS] } }, rows) : null),
    [detection, rows],
  );

  /** A new document (OCR result, pasted text) goes into the editor, stored at once so reopening restores it. */
  function openFresh(next: EpaperDocument, key: string, gen: number) {
    const record = { key, title: pageTitle(next), url: next.meta.url, savedAt: Date.now(), doc: next, rejected: [], past: [], future: [] };
    const open = () => setOpened({ doc: next, key, restore: false, gen });
    if (store) void saveSession(store, record).then(open, (err) => (setMessage(t('error', { message: errorText(err) })), open()));
    else open();
  }

  // OCR finished: the read articles become the editor's document.
  useEffect(() => {
    if (!finished || !doc?.articles.length || !detection?.image) return;
    openFresh(doc, pageKey(detection.meta.url ?? detection.image.url), finished);
  }, [finished]);

  function openDocument(next: EpaperDocument, key: string, restore: boolean) {
    setMessage(null);
    if (restore) setOpened({ doc: next, key, restore: true, gen: finished });
    else openFresh(next, key, finished);
  }

  return (
    <>
    <PanelView
      compact={opened !== null}
      t={t}
      detection={detection}
      rows={rows}
      running={running}
      needsAccess={needsAccess}
      message={message}
      onStart={() => void start()}
      onCancel={() => engine.current?.cancel()}
      onGrant={() => void grant()}
      onEdit={(id, text) => setRows((r) => editBlock(r, id, text))}
      captureSrc={captureSrc}
      onCapture={() => void capture()}
      onSelectRegion={selectRegion}
    />
    {!opened && !running && <PanelHome store={store} lang={lang} onOpen={openDocument} />}
    {opened && (
      <EditorPanel key={`${opened.key}#${opened.gen}`} doc={opened.doc} storageKey={opened.key} store={store} restore={opened.restore} imageUrl={detection?.image?.url ?? null} lang={lang} t={t} onOpen={openDocument} />
    )}
    </>
  );
}
