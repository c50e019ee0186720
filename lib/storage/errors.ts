/**
 * IndexedDB failures turned into one error type with a code the UI can explain ("storage full: export
 * and delete old pages"), instead of a DOMException name the user cannot act on.
 */
export type StorageErrorCode = 'quota' | 'unavailable' | 'blocked' | 'failed';

export class StorageError extends Error {
  constructor(
    readonly code: StorageErrorCode,
    message: string,
    readonly cause?: unknown,
  ) {
    super(message);
    this.name = 'StorageError';
  }
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

/** Wraps anything IndexedDB throws; `during` says what we were doing (saving "…", opening the database). */
export function toStorageError(e: unknown, during: string): StorageError {
  if (e instanceof StorageError) return e;
  const name = errorName(e);
  const detail = e instanceof Error ? e.message : String(e);
  // Firefox reports a full disk as a generic abort in some versions; its message mentions the quota.
  if (name === 'QuotaExceededError' || /quota/i.test(detail)) {
    return new StorageError('quota', `Browser storage is full while ${during}: ${detail}`, e);
  }
  if (name === 'SecurityError' || name === 'InvalidStateError' || /indexedDB is not defined/i.test(detail)) {
    return new StorageError('unavailable', `Browser storage is not available while ${during} (private window or blocked storage): ${detail}`, e);
  }
  if (name === 'VersionError' || name === 'BlockedError') {
    return new StorageError('blocked', `Another tab holds an older version of the editor database while ${during}: ${detail}`, e);
  }
  return new StorageError('failed', `Storage failed while ${during}: ${name ? `${name}: ` : ''}${detail}`, e);
}
