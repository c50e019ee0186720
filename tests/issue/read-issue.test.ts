/** The whole-issue reader over fake page reads: order, one at a time, pauses, progress, failures, cancel, resume, one issue at a time. */
import { describe, expect, it } from 'vitest';
import type { IssuePage } from '../../lib/detect';
import { IssueBusyError, readIssue, type IssueProgress, type PageReader } from '../../lib/issue';

const PAGES: IssuePage[] = ['01', '02', '03', '04'].map((n) => ({ pageNumber: n, label: `第${n}版`, url: `http://e.example.cn/html/2024-05/20/node_${Number(n)}.htm` }));

/** Reads resolve after a tick, in two halves (fraction 0.5 then 1); `fail` pages reject; the log records overlaps. */
function fakeReader(opts: { fail?: number[]; onRead?: (i: number) => void } = {}) {
  const log: string[] = [];
  let active = 0;
  const saved = new Map<number, string>();
  const reader: PageReader<string> = {
    async read(page, i, signal, onFraction) {
      active += 1;
      log.push(`start ${i}${active > 1 ? ' (overlap!)' : ''}`);
      opts.onRead?.(i);
      await new Promise((r) => setTimeout(r, 5));
      onFraction(0.5);
      await new Promise((r) => setTimeout(r, 5));
      active -= 1;
      if (signal.aborted) throw new Error('cancelled');
      if (opts.fail?.includes(i)) throw new Error(`HTTP 404 for ${page.url}`);
      onFraction(1);
      return `doc ${page.pageNumber}`;
    },
    async stored(_page, i) {
      return saved.get(i);
    },
    async save(_page, i, result) {
      saved.set(i, result);
      log.push(`save ${i}`);
    },
  };
  return { reader, log, saved };
}

const noSleep = (sleeps: number[]) => async (ms: number) => void sleeps.push(ms);

describe('readIssue', () => {
  it('reads every page in list order, one at a time, pausing between page loads, with issue and page progress', async () => {
    const { reader, log } = fakeReader();
    const sleeps: number[] = [];
    const progress: IssueProgress[] = [];
    const run = await readIssue(PAGES, reader, { delayMs: 800, sleep: noSleep(sleeps), onProgress: (p) => progress.push(p) });
    expect(run.cancelled).toBe(false);
    expect(run.pages.map((p) => `${p.state} ${p.result}`)).toEqual(['done doc 01', 'done doc 02', 'done doc 03', 'done doc 04']);
    expect(log).toEqual(['start 0', 'save 0', 'start 1', 'save 1', 'start 2', 'save 2', 'start 3', 'save 3']);
    expect(sleeps).toEqual([800, 800, 800]);
    expect(progress.filter((p) => p.page?.index === 2).map((p) => p.page!.fraction)).toEqual([0, 0.5, 1]);
    const finished = progress.map((p) => p.finished);
    expect(finished).toEqual([...finished].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ finished: 4, total: 4, states: ['done', 'done', 'done', 'done'] });
  });

  it('a page that fails is reported with its message and the others are still read', async () => {
    const { reader } = fakeReader({ fail: [1] });
    const run = await readIssue(PAGES, reader, { sleep: noSleep([]) });
    expect(run.pages.map((p) => p.state)).toEqual(['done', 'failed', 'done', 'done']);
    expect(run.pages[1].error).toBe('HTTP 404 for http://e.example.cn/html/2024-05/20/node_2.htm');
  });

  it('cancel stops during a page: the pages read before are saved, the rest are marked cancelled; a rerun keeps them and reads only the rest', async () => {
    const controller = new AbortController();
    const fake = fakeReader({ onRead: (i) => i === 2 && controller.abort() });
    const first = await readIssue(PAGES, fake.reader, { signal: controller.signal, sleep: noSleep([]) });
    expect(first.cancelled).toBe(true);
    expect(first.pages.map((p) => p.state)).toEqual(['done', 'done', 'cancelled', 'cancelled']);
    expect([...fake.saved.keys()]).toEqual([0, 1]);

    fake.log.length = 0;
    const sleeps: number[] = [];
    const second = await readIssue(PAGES, fake.reader, { delayMs: 500, sleep: noSleep(sleeps) });
    expect(second.pages.map((p) => p.state)).toEqual(['kept', 'kept', 'done', 'done']);
    expect(second.pages.map((p) => p.result)).toEqual(['doc 01', 'doc 02', 'doc 03', 'doc 04']);
    expect(fake.log).toEqual(['start 2', 'save 2', 'start 3', 'save 3']);
    // Kept pages cost no request, so no pause before the first page loaded in this run.
    expect(sleeps).toEqual([500]);
  });

  it('a cancel during the pause between pages loads no further page', async () => {
    const controller = new AbortController();
    const { reader, log } = fakeReader();
    const run = await readIssue(PAGES, reader, { signal: controller.signal, delayMs: 10_000, sleep: async () => controller.abort() });
    expect(log).toEqual(['start 0', 'save 0']);
    expect(run.pages.map((p) => p.state)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
  });

  it('the real pause waits, and ends at once on cancel', async () => {
    const controller = new AbortController();
    const { reader } = fakeReader();
    const t0 = Date.now();
    setTimeout(() => controller.abort(), 50);
    await readIssue(PAGES, reader, { signal: controller.signal, delayMs: 60_000 });
    expect(Date.now() - t0).toBeLessThan(5_000);
  });

  it('refuses a second issue while one is being read, and accepts one after it ended', async () => {
    const { reader } = fakeReader();
    const first = readIssue(PAGES, reader, { sleep: noSleep([]) });
    await expect(readIssue(PAGES, fakeReader().reader)).rejects.toBeInstanceOf(IssueBusyError);
    await first;
    await expect(readIssue(PAGES.slice(0, 1), fakeReader().reader)).resolves.toMatchObject({ cancelled: false });
  });
});
