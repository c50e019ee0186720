/**
 * Debounced autosave: every change schedules a save; a burst of keystrokes becomes one write. The
 * pending record is flushed at once when the page is hidden or closed (the side panel can be closed at
 * any moment). A failed save keeps the record pending and reports the error: it is retried with the
 * next change or flush, never silently dropped.
 */
import { toStorageError, type StorageError } from './errors';
import type { SessionRecord } from './sessions';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

export interface AutosaverOptions {
  save: (record: SessionRecord) => Promise<void>;
  delayMs?: number;
  onStatus?: (status: AutosaveStatus, error?: StorageError) => void;
}

export interface Autosaver {
  schedule(record: SessionRecord): void;
  /** Saves the pending record now; resolves when it is stored (or rejects with a StorageError). */
  flush(): Promise<void>;
  status(): AutosaveStatus;
  dispose(): void;
}

const AUTOSAVE_DELAY_MS = 800;

export function createAutosaver({ save, delayMs = AUTOSAVE_DELAY_MS, onStatus }: AutosaverOptions): Autosaver {
  let pending: SessionRecord | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let running: Promise<void> = Promise.resolve();
  let state: AutosaveStatus = 'idle';

  const set = (s: AutosaveStatus, error?: StorageError) => {
    state = s;
    onStatus?.(s, error);
  };

  function flush(): Promise<void> {
    if (timer) clearTimeout(timer);
    timer = null;
    // Saves run one after another so an older record can never land after a newer one.
    running = running.then(async () => {
      const record = pending;
      if (!record) return;
      set('saving');
      try {
        await save(record);
        if (pending === record) pending = null;
        set(pending ? 'pending' : 'saved');
      } catch (e) {
        const error = toStorageError(e, `saving "${record.title}"`);
        set('error', error);
        throw error;
      }
    });
    const done = running;
    running = running.catch(() => undefined);
    return done;
  }

  return {
    schedule(record) {
      pending = record;
      set('pending');
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void flush().catch(() => undefined), delayMs);
    },
    flush,
    status: () => state,
    dispose() {
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}

interface LifecycleTarget {
  addEventListener(type: string, fn: () => void): void;
  removeEventListener(type: string, fn: () => void): void;
}

/**
 * Flushes on `pagehide` and when the document becomes hidden — the last moments a page is guaranteed to
 * run. Takes the window and document as parameters (lib/ has no globals). Returns the unbind function.
 */
export function flushOnHide(saver: Autosaver, win: LifecycleTarget, doc: LifecycleTarget & { visibilityState: string }): () => void {
  const onHide = () => void saver.flush().catch(() => undefined);
  const onVisibility = () => {
    if (doc.visibilityState === 'hidden') onHide();
  };
  win.addEventListener('pagehide', onHide);
  doc.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onHide);
    doc.removeEventListener('visibilitychange', onVisibility);
  };
}
