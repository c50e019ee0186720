/**
 * Editor sessions in IndexedDB (through `idb`), one per page, keyed by the page URL: the document,
 * the rejected suggestions and the recent undo history — enough to reopen a page exactly where the
 * user left it. A small "recent" store holds summaries so the recent-pages list never loads documents.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { EpaperDocument } from '../model/document';
import type { Snapshot } from '../editor/history';
import { toStorageError } from './errors';

export interface SessionRecord {
  /** `pageKey(url)` of the e-paper page, or `paste:<id>` for pasted text. */
  key: string;
  title: string;
  url?: string;
  /** ms since epoch. */
  savedAt: number;
  doc: EpaperDocument;
  rejected: string[];
  past: Snapshot[];
  future: Snapshot[];
}

export type RecentPage = Pick<SessionRecord, 'key' | 'title' | 'url' | 'savedAt'> & { articles: number };

interface EditorDb extends DBSchema {
  sessions: { key: string; value: SessionRecord };
  recent: { key: string; value: RecentPage; indexes: { savedAt: number } };
}

export type EditorStore = IDBPDatabase<EditorDb>;
const DB_NAME = 'epaper-md-editor';

/** Undo steps kept across a reload: each snapshot is stored as a full document copy. */
export const SAVED_HISTORY = 20;

export async function openEditorStore(name = DB_NAME): Promise<EditorStore> {
  try {
    return await openDB<EditorDb>(name, 1, {
      upgrade(db) {
        db.createObjectStore('sessions', { keyPath: 'key' });
        db.createObjectStore('recent', { keyPath: 'key' }).createIndex('savedAt', 'savedAt');
      },
    });
  } catch (e) {
    throw toStorageError(e, 'opening the editor database');
  }
}

/** Same page, same key: the fragment (#…) never names a different page. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    return u.href;
  } catch {
    return url.trim();
  }
}

/** Keeps the undo steps nearest the present, so a reload can still undo the last few changes. */
function trimHistory(past: Snapshot[], future: Snapshot[], keep = SAVED_HISTORY): { past: Snapshot[]; future: Snapshot[] } {
  return { past: past.slice(Math.max(0, past.length - keep)), future: future.slice(0, keep) };
}

export async function saveSession(store: EditorStore, record: SessionRecord): Promise<void> {
  const { past, future } = trimHistory(record.past, record.future);
  const articles = record.doc.articles.length;
  try {
    const tx = store.transaction(['sessions', 'recent'], 'readwrite');
    await Promise.all([
      tx.objectStore('sessions').put({ ...record, past, future }),
      tx.objectStore('recent').put({ key: record.key, title: record.title, url: record.url, savedAt: record.savedAt, articles }),
      tx.done,
    ]);
  } catch (e) {
    throw toStorageError(e, `saving "${record.title}"`);
  }
}

export async function loadSession(store: EditorStore, key: string): Promise<SessionRecord | undefined> {
  try {
    return await store.get('sessions', key);
  } catch (e) {
    throw toStorageError(e, 'reopening a saved page');
  }
}

/** Most recently saved first. */
export async function listRecent(store: EditorStore, limit = 20): Promise<RecentPage[]> {
  try {
    const out: RecentPage[] = [];
    let cursor = await store.transaction('recent').store.index('savedAt').openCursor(null, 'prev');
    while (cursor && out.length < limit) {
      out.push(cursor.value);
      cursor = await cursor.continue();
    }
    return out;
  } catch (e) {
    throw toStorageError(e, 'listing recent pages');
  }
}

export async function deleteSession(store: EditorStore, key: string): Promise<void> {
  try {
    const tx = store.transaction(['sessions', 'recent'], 'readwrite');
    await Promise.all([tx.objectStore('sessions').delete(key), tx.objectStore('recent').delete(key), tx.done]);
  } catch (e) {
    throw toStorageError(e, 'deleting a saved page');
  }
}
