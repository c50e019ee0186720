/**
 * Panel container: binds to a tab, detects the page, restores its saved proofreading (IndexedDB, keyed by
 * the page URL) or reads it with lib/pipeline readPage (per-article progress in the rows), then hands the
 * returned document to the editor + export. With no document open it offers pasting OCR text and
 * reopening saved pages (PanelHome); those, from there or from the editor, all open through `openDocument`.
 * The page lifecycle is components/panel/page-state (a pure reducer); this file does the browser calls
 * (page-access, ocr-run, storage) and dispatches what happened.
 */
import { useEffect, useReducer, useRef, useState } from 'preact/hooks';
import '../../components/editor/editor.css';
import { chosenDetection, initialPanelState, panelReducer } from '../../components/panel/page-state';
import { PanelView } from '../../components/panel/PanelView';
import { tabMoveOf, type TabEvent } from '../../components/panel/tab-follow';
import { PANEL_STRINGS } from '../../components/panel/strings';
import type { Region } from '../../lib/detect/types';
import { editorTranslator, pageLabel } from '../../components/editor';
import type { EpaperDocument } from '../../lib/model/document';
import { loadSession, openEditorStore, pageKey, saveSession, toStorageError, type EditorStore, type StorageError } from '../../lib/storage';
import { EditorPanel } from './EditorPanel';
import { PanelHome } from './PanelHome';
import { pickLang, translator } from '../../lib/i18n';
import { tabIdFromSearch } from '../../lib/messaging';
import { DEFAULT_PANEL_ENGINE, OcrCancelledError, type OcrEngine, type OcrEngineChoice } from '../../lib/ocr';
import { readPageWithText, type TextMode } from '../../lib/pipeline';
import { createExtensionEngine, loadEngineChoice, saveEngineChoice } from './ocr-run';
import { loadTextMode, panelContentOptions, saveTextMode } from './content-pages';
import { boundTabId, detectInTab, hasImageAccess, ImageAccessError, loadPageRaster, requestImageAccess } from './page-access';
import { errorText } from './error-text';
import { readPageInWorker } from './page-reader';
import { IssueView } from '../../components/panel/IssueView';
import { useIssue } from './use-issue';

const lang = pickLang(browser.i18n.getUILanguage());
/** Workers warmed for a page found in the tab wait this long for Start before they stop (each holds a model). */
const WARM_KEEP_MS = 120_000;
const t = translator(PANEL_STRINGS, lang);

export function App() {
  const [state, dispatch] = useReducer(panelReducer, initialPanelState);
  const { detection, opened } = state;
  const tab = useRef<number | null>(null);
  const [store, setStore] = useState<EditorStore | null>(null);
  const [storeError, setStoreError] = useState<StorageError | null>(null);
  const engine = useRef<{ choice: OcrEngineChoice; engine: OcrEngine } | null>(null);
  const run = useRef<AbortController | null>(null);
  const issue = useIssue({ detection, store, t, engine: () => engineFor(engineChoice), title: (doc) => pageLabel(doc, editorTranslator(lang)('untitled')), errorText: (err) => errorText(err, lang) });
  const [textMode, setTextMode] = useState<TextMode>('publisher');
  // Read by start() from the click that follows a change, before the next render.
  const textModeNow = useRef<TextMode>('publisher');
  const chooseTextMode = (mode: TextMode) => {
    textModeNow.current = mode;
    setTextMode(mode);
  };
  const [engineChoice, setEngineChoice] = useState<OcrEngineChoice>(DEFAULT_PANEL_ENGINE);

  useEffect(() => {
    (async () => {
      // The store first: pasting text and reopening saved pages work on any tab, e-paper page or not.
      // Without it (private window, broken profile) documents stay in memory: the editor says so and offers export.
      const db = await openEditorStore().catch((err: unknown) => (setStoreError(toStorageError(err, 'opening the editor database')), null));
      setStore(db);
      // Before detection: the setting is shown with Start, and never overwrites a choice made there.
      chooseTextMode(await loadTextMode().catch((): TextMode => 'publisher'));
      const choice = await loadEngineChoice().catch(() => DEFAULT_PANEL_ENGINE);
      setEngineChoice(choice);
      const tabId = await boundTabId(location.search, tabIdFromSearch);
      if (tabId === null) return dispatch({ type: 'noTab' });
      tab.current = tabId;
      const found = await detectInTab(tabId);
      dispatch({ type: 'detected', detection: found });
      if (!found.image) return;
      // A page proofread before opens as it was left, without OCR (the user can still run it again).
      const key = pageKey(found.meta.url ?? found.image.url);
      const saved = db ? await loadSession(db, key).catch(() => undefined) : undefined;
      if (saved) {
        const restoredAt = new Date(saved.savedAt).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en');
        dispatch({ type: 'opened', doc: saved.doc, key, restore: true, restoredAt });
      }
      if (!(await hasImageAccess(found.image.url))) dispatch({ type: 'accessNeeded', origin: new URL(found.image.url).origin });
      // A page to read: its workers start now, while the user looks at the rows, not after Start.
      else if (!saved) engineFor(choice).warm(WARM_KEEP_MS);
    })().catch((err) => dispatch({ type: 'error', message: errorText(err, lang) }));
    return () => {
      run.current?.abort();
      void engine.current?.engine.terminate();
    };
  }, []);

  /** Another engine from now on: the old one's workers stop (a reading in progress keeps its engine). */
  function chooseEngine(choice: OcrEngineChoice) {
    setEngineChoice(choice);
    void saveEngineChoice(choice).catch((err: unknown) => dispatch({ type: 'error', message: errorText(err, lang) }));
    if (engine.current && engine.current.choice !== choice && !state.running) {
      void engine.current.engine.terminate();
      engine.current = null;
      // The workers of the new choice start now, as the old ones did when the page was found.
      if (detection?.image) engineFor(choice).warm(WARM_KEEP_MS);
    }
  }

  function engineFor(choice: OcrEngineChoice): OcrEngine {
    if (engine.current?.choice !== choice) {
      void engine.current?.engine.terminate();
      engine.current = { choice, engine: createExtensionEngine(choice) };
    }
    return engine.current.engine;
  }

  // The panel follows its tab (components/panel/tab-follow.ts): a new page there, or another active tab, is offered.
  useEffect(() => {
    const followActive = tabIdFromSearch(location.search) === null;
    let ownTab: number | undefined;
    void browser.tabs.getCurrent().then((t) => (ownTab = t?.id), () => undefined);
    const seen = (event: TabEvent) => {
      if (tab.current === null) return;
      const move = tabMoveOf(event, { bound: tab.current, followActive, ownTab });
      if (move) dispatch({ type: 'tabMoved', move });
    };
    const onUpdated = (tabId: number, change: { status?: string }) => seen({ kind: 'updated', tabId, status: change.status });
    const onActivated = ({ tabId }: { tabId: number }) => seen({ kind: 'activated', tabId });
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onActivated.addListener(onActivated);
    return () => {
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onActivated.removeListener(onActivated);
    };
  }, []);

  /** A new document (OCR result, pasted text) goes into the editor, stored at once so reopening restores it. */
  async function openFresh(doc: EpaperDocument, key: string) {
    const record = { key, title: pageLabel(doc, editorTranslator(lang)('untitled')), url: doc.meta.url, savedAt: Date.now(), doc, rejected: [], past: [], future: [] };
    const saving = store ? saveSession(store, record).then(() => null, (err: unknown) => errorText(err, lang)) : Promise.resolve(null);
    const failed = await saving;
    dispatch({ type: 'opened', doc, key, restore: false });
    if (failed) dispatch({ type: 'error', message: failed });
  }

  async function start() {
    const page = chosenDetection(state);
    if (!page?.image || state.running || issue.running || (detection?.regions.length && !page.regions.length)) return;
    dispatch({ type: 'ocrStarted' });
    const controller = new AbortController();
    run.current = controller;
    try {
      const ocr = engineFor(engineChoice);
      // Workers not started yet (warm ones stopped unused, the image needed a grant) start while the image loads.
      ocr.warm();
      const image = await loadPageRaster(page.image!.url);
      // Articles whose hotspot links to a readable content page take the publisher's text (setting: textMode).
      const text = panelContentOptions(textModeNow.current, page.image!.url, {
        onPublisherArticle: (regionId, article) => dispatch({ type: 'article', regionId, article }),
      });
      // Planning and layout run in the page reader worker; the engine's workers stay the panel's.
      text.read = readPageInWorker;
      const { doc } = await readPageWithText(ocr, image, page, text, {
        signal: controller.signal,
        onProgress: (progress) => dispatch({ type: 'progress', progress }),
        onArticle: (regionId, article, region) => dispatch({ type: 'article', regionId, article, seconds: region.seconds }),
        onFailure: (f) => dispatch({ type: 'regionFailed', regionId: f.regionId, message: f.message }),
      });
      dispatch({ type: 'ocrEnded' });
      if (doc.articles.length) await openFresh(doc, pageKey(page.meta.url ?? page.image!.url));
    } catch (err) {
      if (err instanceof OcrCancelledError) return dispatch({ type: 'ocrEnded' });
      dispatch({ type: 'ocrFailed', message: errorText(err, lang), ...(err instanceof ImageAccessError ? { deniedOrigin: err.origin } : {}) });
    } finally {
      if (run.current === controller) run.current = null;
    }
  }

  /** Must run from the click: captureVisibleTab relies on the activeTab grant. */
  async function capture() {
    try {
      const { windowId } = await browser.tabs.get(tab.current!);
      dispatch({ type: 'captured', src: await browser.tabs.captureVisibleTab(windowId, { format: 'png' }) });
    } catch (err) {
      dispatch({ type: 'error', message: errorText(err, lang) });
    }
  }

  async function grant() {
    if (!detection?.image) return;
    const url = detection.image.url;
    const granted = await requestImageAccess(url).catch(() => false);
    dispatch({ type: 'accessAnswered', origin: new URL(url).origin, granted });
  }

  function openDocument(next: EpaperDocument, key: string, restore: boolean) {
    if (restore) dispatch({ type: 'opened', doc: next, key, restore: true });
    else void openFresh(next, key);
  }

  const message = state.message && t(state.message.key, state.message.vars);
  return (
    <>
    <PanelView
      compact={opened !== null}
      t={t}
      detection={detection}
      rows={state.rows}
      running={state.running}
      skipped={state.skipped}
      onToggleRegion={(regionId) => dispatch({ type: 'toggleRegion', regionId })}
      onChooseAll={(all) => dispatch({ type: 'chooseAll', all })}
      needsAccess={state.needsAccess}
      message={message}
      onStart={() => void start()}
      engine={engineChoice}
      onEngine={chooseEngine}
      onCancel={() => run.current?.abort()}
      onGrant={() => void grant()}
      captureSrc={state.captureSrc}
      onCapture={() => void capture()}
      onSelectRegion={(region: Region) => dispatch({ type: 'regionSelected', region })}
      textMode={textMode}
      onTextMode={(mode) => {
        chooseTextMode(mode);
        void saveTextMode(mode);
      }}
      moved={state.moved}
      // A fresh panel binds to the tab's page (or the active tab) and detects it; the editor saves on pagehide.
      onFollow={() => location.reload()}
    />
    {detection?.image && (issue.running || (!opened && !state.running)) && (
      <IssueView t={t} pages={detection.pageList?.pages} progress={issue.progress} running={issue.running} readCount={issue.readCount} busy={state.running}
        message={issue.message} onStart={() => void issue.start()} onCancel={issue.cancel} onZip={() => void issue.zip()} />
    )}
    {!opened && !state.running && !issue.running && <PanelHome store={store} storeError={storeError} lang={lang} onOpen={openDocument} />}
    {opened && (
      <EditorPanel key={`${opened.key}#${opened.gen}`} doc={opened.doc} storageKey={opened.key} store={store} storeError={storeError} restore={opened.restore} imageUrl={detection?.image?.url ?? null} lang={lang} t={t} onOpen={openDocument}
        onOcrAgain={detection?.image && !state.running ? () => void start() : undefined} />
    )}
    </>
  );
}
