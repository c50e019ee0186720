/**
 * Reading a whole issue: the pages of its list one after the other (never two at once — a newspaper's
 * server is shared with its readers), with a pause between page loads, progress for the issue and for the
 * page being read, cancel, and resume: a page the caller already has (`stored`) is kept and not read again.
 * One issue at a time per process: a second run while one is going is refused, not queued behind it.
 * The page reading itself (fetch, OCR or publisher text) is the caller's; this only sequences it.
 */
import type { IssuePage } from '../detect/page-list';

export type PageState = 'waiting' | 'reading' | 'kept' | 'done' | 'failed' | 'cancelled';

export interface IssueProgress {
  /** Pages finished (read, kept or failed) of `total`. */
  finished: number;
  total: number;
  /** The page being read and how far it is (0–1), when one is. */
  page?: { index: number; fraction: number };
  states: PageState[];
}

export interface PageReader<T> {
  /** Reads one page; `onFraction` reports 0–1 within it. Rejects to fail the page (the others go on). */
  read(page: IssuePage, index: number, signal: AbortSignal, onFraction: (fraction: number) => void): Promise<T>;
  /** The page's result from an earlier run, when it is kept (resume). */
  stored?(page: IssuePage, index: number): Promise<T | undefined>;
  /** Called with each page read in this run, before the next page starts (so a cancel later keeps it). */
  save?(page: IssuePage, index: number, result: T): Promise<void>;
}

export interface IssueRunOptions {
  signal?: AbortSignal;
  /** Pause before each page load after the first, in ms. */
  delayMs?: number;
  onProgress?(progress: IssueProgress): void;
  /** Waits `ms` or until the signal aborts (injectable so tests need not wait). */
  sleep?(ms: number, signal: AbortSignal): Promise<void>;
}

export interface PageOutcome<T> {
  page: IssuePage;
  state: PageState;
  result?: T;
  error?: string;
}

export interface IssueRun<T> {
  pages: PageOutcome<T>[];
  cancelled: boolean;
}

export class IssueBusyError extends Error {
  constructor() {
    super('an issue is already being read: wait for it to finish or cancel it');
    this.name = 'IssueBusyError';
  }
}

export const DEFAULT_PAGE_DELAY_MS = 1000;

let running = false;

export async function readIssue<T>(pages: readonly IssuePage[], reader: PageReader<T>, options: IssueRunOptions = {}): Promise<IssueRun<T>> {
  if (running) throw new IssueBusyError();
  running = true;
  try {
    return await run(pages, reader, options);
  } finally {
    running = false;
  }
}

async function run<T>(pages: readonly IssuePage[], reader: PageReader<T>, options: IssueRunOptions): Promise<IssueRun<T>> {
  const signal = options.signal ?? new AbortController().signal;
  const sleep = options.sleep ?? abortableSleep;
  const delay = options.delayMs ?? DEFAULT_PAGE_DELAY_MS;
  const outcomes: PageOutcome<T>[] = pages.map((page) => ({ page, state: 'waiting' }));
  const report = (page?: { index: number; fraction: number }) =>
    options.onProgress?.({
      finished: outcomes.filter((o) => o.state === 'kept' || o.state === 'done' || o.state === 'failed').length,
      total: pages.length,
      ...(page ? { page } : {}),
      states: outcomes.map((o) => o.state),
    });
  let loaded = 0;
  for (let i = 0; i < pages.length; i += 1) {
    if (signal.aborted) break;
    const outcome = outcomes[i];
    const kept = await reader.stored?.(pages[i], i);
    if (kept !== undefined) {
      Object.assign(outcome, { state: 'kept', result: kept });
      report();
      continue;
    }
    if (loaded++ > 0 && delay > 0) await sleep(delay, signal);
    if (signal.aborted) break;
    outcome.state = 'reading';
    report({ index: i, fraction: 0 });
    try {
      const result = await reader.read(pages[i], i, signal, (fraction) => report({ index: i, fraction: Math.min(1, Math.max(0, fraction)) }));
      if (signal.aborted) throw signal.reason;
      await reader.save?.(pages[i], i, result);
      Object.assign(outcome, { state: 'done', result });
    } catch (err) {
      if (signal.aborted) {
        outcome.state = 'cancelled';
        break;
      }
      Object.assign(outcome, { state: 'failed', error: err instanceof Error ? err.message : String(err) });
    }
    report();
  }
  for (const o of outcomes) if (o.state === 'waiting' && signal.aborted) o.state = 'cancelled';
  report();
  return { pages: outcomes, cancelled: signal.aborted };
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
