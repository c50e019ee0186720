/**
 * Wires the pure reducer to IndexedDB: every committed change is scheduled for autosave, flushed when
 * the panel is hidden or closed, and save errors are surfaced (never dropped). `reopen` loads a saved
 * page back exactly (document, rejections, undo history).
 */
import { useEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import type { EpaperDocument } from '../../lib/model/document';
import { createEditorReducer, initEditorState, type EditorDeps } from '../../lib/editor/state';
import { createAutosaver, flushOnHide, loadSession, saveSession, toStorageError, type AutosaveStatus, type EditorStore, type StorageError } from '../../lib/storage';

export interface EditorSessionOptions {
  doc: EpaperDocument;
  deps: EditorDeps;
  /** pageKey(url) of the page, or `paste:<id>`. */
  storageKey: string;
  title: string;
  /** Null while the store opens, or when it could not be opened (then `storeError` says why). */
  store: EditorStore | null;
  /** Why the store could not be opened: the document then lives in memory only, and `save` says so. */
  storeError?: StorageError | null;
}

/** What the bar shows about saving; `off`: there is no store, nothing is saved (export to keep the work). */
export interface SaveState {
  status: AutosaveStatus | 'off';
  error?: StorageError;
}

export function useEditorSession({ doc, deps, storageKey, title, store, storeError }: EditorSessionOptions) {
  const reducer = useMemo(() => createEditorReducer(deps), [deps]);
  const [state, dispatch] = useReducer(reducer, undefined, () => initEditorState(doc, deps));
  const [saved, setSave] = useState<SaveState>({ status: 'idle' });
  // Edits keep working on the document in memory; the bar says they are not saved and offers export.
  const save: SaveState = !store && storeError ? { status: 'off', error: storeError } : saved;
  const saver = useMemo(
    () => (store ? createAutosaver({ save: (r) => saveSession(store, r), onStatus: (status, error) => setSave({ status, error }) }) : null),
    [store],
  );
  useEffect(() => (saver ? flushOnHide(saver, window, document) : undefined), [saver]);
  // Unmounting (the panel opens another document) saves what is still waiting for the autosave delay.
  useEffect(
    () => () => {
      void saver?.flush().catch(() => undefined);
      saver?.dispose();
    },
    [saver],
  );

  // Which page the state belongs to: reopening a recent page switches it, so its saves go to its own key.
  const page = useRef({ key: storageKey, title, url: doc.meta.url });
  const first = useRef(true);
  useEffect(() => {
    // The document as opened is already stored (or is the saved one): save only what the user changes.
    if (first.current) return void (first.current = false);
    saver?.schedule({ ...page.current, savedAt: Date.now(), doc: state.doc, rejected: state.rejected, past: state.history.past, future: state.history.future });
  }, [state.doc, state.rejected, state.history]);

  async function reopen(key: string): Promise<boolean> {
    if (!store) return false;
    try {
      const saved = await loadSession(store, key);
      if (!saved) return false;
      first.current = true;
      page.current = { key: saved.key, title: saved.title, url: saved.url };
      dispatch({ type: 'load', doc: saved.doc, rejected: saved.rejected, past: saved.past, future: saved.future });
      return true;
    } catch (e) {
      setSave({ status: 'error', error: toStorageError(e, 'reopening a saved page') });
      return false;
    }
  }

  return { state, dispatch, save, reopen, flush: () => saver?.flush() };
}
