import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteDB } from 'idb';
import { createEditorReducer, initEditorState } from '../../lib/editor/state';
import {
  createAutosaver,
  deleteSession,
  flushOnHide,
  listRecent,
  loadSession,
  openEditorStore,
  pageKey,
  saveSession,
  SAVED_HISTORY,
  StorageError,
  toStorageError,
  type SessionRecord,
} from '../../lib/storage';
import { smallDoc, testSuggest } from './fixtures';

let dbName = 0;
const freshStore = () => openEditorStore(`editor-test-${++dbName}`);

function recordOf(key: string, savedAt: number, title = key): SessionRecord {
  const deps = { suggest: testSuggest };
  const state = [{ type: 'applySafe' } as const, { type: 'reject' as const, id: 'split-sentence:b2:b3' }, { type: 'undo' as const }].reduce(
    createEditorReducer(deps),
    initEditorState(smallDoc(), deps),
  );
  return { key, title, url: key, savedAt, doc: state.doc, rejected: state.rejected, past: state.history.past, future: state.history.future };
}

describe('editor sessions in IndexedDB', () => {
  afterEach(() => deleteDB(`editor-test-${dbName}`));
  it('reopens a saved page exactly: document, rejections and undo history', async () => {
    const store = await freshStore();
    const saved = recordOf('https://paper.example.cn/a.htm', 1000);
    expect(saved.future).toHaveLength(1); // the undone rejection can still be redone after reopening
    await saveSession(store, saved);
    const back = await loadSession(store, saved.key);
    expect(back).toEqual(saved);
    const reduce = createEditorReducer({ suggest: testSuggest });
    const reopened = initEditorState(back!.doc, { suggest: testSuggest }, back!);
    expect(reduce(reopened, { type: 'redo' }).rejected).toEqual(['split-sentence:b2:b3']);
    store.close();
  });

  it('lists recent pages newest first and updates the order when a page is saved again', async () => {
    const store = await freshStore();
    await saveSession(store, recordOf('p1', 1000, '第一版'));
    await saveSession(store, recordOf('p2', 2000, '第二版'));
    await saveSession(store, recordOf('p3', 3000, '第三版'));
    await saveSession(store, recordOf('p1', 4000, '第一版'));
    const recent = await listRecent(store);
    expect(recent.map((r) => r.key)).toEqual(['p1', 'p3', 'p2']);
    expect(recent[0]).toEqual({ key: 'p1', title: '第一版', url: 'p1', savedAt: 4000, articles: 2 });
    expect((await listRecent(store, 2)).map((r) => r.key)).toEqual(['p1', 'p3']);
    await deleteSession(store, 'p3');
    expect((await listRecent(store)).map((r) => r.key)).toEqual(['p1', 'p2']);
    expect(await loadSession(store, 'p3')).toBeUndefined();
    store.close();
  });

  it('keeps only the most recent undo steps in storage', async () => {
    const store = await freshStore();
    const base = recordOf('long', 1);
    const past = Array.from({ length: SAVED_HISTORY + 5 }, (_, i) => ({ doc: { ...base.doc, meta: { pageNumber: String(i) } }, rejected: [] }));
    await saveSession(store, { ...base, past });
    const back = await loadSession(store, 'long');
    expect(back!.past).toHaveLength(SAVED_HISTORY);
    expect(back!.past.at(-1)!.doc.meta.pageNumber).toBe(String(SAVED_HISTORY + 4));
    store.close();
  });

  it('keys a page by its URL without the fragment', () => {
    expect(pageKey('https://paper.example.cn/html/node_2.htm#area3')).toBe('https://paper.example.cn/html/node_2.htm');
    expect(pageKey('https://paper.example.cn/html/node_2.htm?d=1')).not.toBe(pageKey('https://paper.example.cn/html/node_2.htm?d=2'));
    expect(pageKey(' paste:abc ')).toBe('paste:abc');
  });
});

describe('autosave', () => {
  afterEach(() => void vi.useRealTimers());
  it('debounces a burst of changes into one write of the latest record', async () => {
    vi.useFakeTimers();
    const writes: SessionRecord[] = [];
    const saver = createAutosaver({ save: async (r) => void writes.push(r), delayMs: 500 });
    saver.schedule(recordOf('p', 1));
    vi.advanceTimersByTime(300);
    saver.schedule(recordOf('p', 2));
    vi.advanceTimersByTime(499);
    expect(writes).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes.map((w) => w.savedAt)).toEqual([2]);
    expect(saver.status()).toBe('saved');
  });

  it('flushes at once when the page is hidden or closed', async () => {
    const writes: number[] = [];
    const saver = createAutosaver({ save: async (r) => void writes.push(r.savedAt), delayMs: 60_000 });
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const unbind = flushOnHide(saver, win, doc);
    saver.schedule(recordOf('p', 1));
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    await saver.flush();
    saver.schedule(recordOf('p', 2));
    win.dispatchEvent(new Event('pagehide'));
    await saver.flush();
    expect(writes).toEqual([1, 2]);
    unbind();
    saver.dispose();
  });

  it('reports a full disk with a specific error and keeps the record to retry', async () => {
    let full = true;
    const writes: number[] = [];
    const statuses: string[] = [];
    const errors: StorageError[] = [];
    const saver = createAutosaver({
      save: async (r) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        writes.push(r.savedAt);
      },
      onStatus: (s, e) => {
        statuses.push(s);
        if (e) errors.push(e);
      },
    });
    saver.schedule(recordOf('p', 7));
    await expect(saver.flush()).rejects.toMatchObject({ code: 'quota' });
    expect(errors[0].message).toMatch(/storage is full/);
    expect(saver.status()).toBe('error');
    full = false;
    await saver.flush();
    expect(writes).toEqual([7]);
    expect(statuses).toEqual(['pending', 'saving', 'error', 'saving', 'saved']);
    saver.dispose();
  });

  it('classifies other IndexedDB failures', () => {
    expect(toStorageError(new DOMException('no', 'SecurityError'), 'x').code).toBe('unavailable');
    expect(toStorageError(new DOMException('old', 'VersionError'), 'x').code).toBe('blocked');
    const other = toStorageError(new TypeError('boom'), 'saving "x"');
    expect(other.code).toBe('failed');
    expect(other.message).toBe('Storage failed while saving "x": TypeError: boom');
  });
});
