/**
 * `epaper-md issue URL --out DIR [--pdf] [--delay S] [--workers N] [--scale F] [--lang L] [--apply L] [--cite F]`:
 * from any page of an edition, every page of its page list, read one after the other with the same
 * per-page reading as `epaper-md ocr URL` (readPageDocument), into one folder:
 *   json/<page>.json   the document of each page (what a rerun keeps: resume)
 *   pdf/<page>.pdf     each page's PDF, with --pdf
 *   *.md               a file per page and per article, and the issue's index (pages → articles, links)
 *   issue.json         the page list as read: label, address, PDF link, JSON file, state, seconds
 * Ctrl-C cancels the page being read; what was read is written, and the same command resumes.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { pageListFromData, type IssuePage } from '../lib/detect';
import type { PageList } from '../lib/detect/page-list';
import type { PageDetection } from '../lib/detect/types';
import { documentJson, exportIssue, sanitizeSegment, type CiteFormat } from '../lib/export';
import { MAX_IMAGE_BYTES } from '../lib/image';
import { DEFAULT_PAGE_DELAY_MS, readIssue, type IssueRun } from '../lib/issue';
import { fromJson } from '../lib/model/json';
import type { TextMode } from '../lib/pipeline';
import type { OcrEngineChoice } from '../lib/ocr';
import { UsageError } from './errors';
import { addReadOptions, readPageDocument } from './ocr';
import { parseCite } from './output';
import { loadBytes, loadPageHtml, MAX_HTML_BYTES } from './page-source';
import { repairStep, type ApplyLevel, type RepairStep } from './repair-step';

export interface IssueCommandFlags {
  out: string;
  workers: string;
  scale: string;
  lang: string;
  apply: ApplyLevel;
  /** Where article text comes from (as on `ocr`). */
  text?: TextMode;
  engine?: OcrEngineChoice;
  pdf?: boolean;
  /** Seconds between page loads. */
  delay: string;
  cite?: CiteFormat[];
}

interface PageRead {
  step: RepairStep;
  seconds?: number;
  pdfFile?: string;
  pdfError?: string;
}

export interface IssueSummary {
  run: IssueRun<PageRead>;
  /** Files written under DIR, relative to it. */
  written: string[];
  /** True when the page had no page list and only that page was read. */
  singlePage: boolean;
}

const pageBase = (page: IssuePage, index: number) => sanitizeSegment(page.pageNumber) || `page-${index + 1}`;

/** The edition's pages from its start page; a page without a list is read alone (and the caller says so). */
async function issuePages(url: string, log: (line: string) => void): Promise<{ pages: IssuePage[]; singlePage: boolean }> {
  const start: PageDetection = await loadPageHtml(url);
  if (!start.pageList && start.pageListData) start.pageList = await pageListData(start, url, log);
  if (start.pageList) {
    log(`found ${start.pageList.pages.length} pages: ${start.pageList.pages.map((p) => p.label).join(' · ')}`);
    return { pages: start.pageList.pages, singlePage: false };
  }
  if (!start.image) throw new UsageError(`${url} is not an e-paper page: it has no page image and no list of pages${start.warnings.length ? ` (${start.warnings.join('; ')})` : ''}`);
  log(`no page list found on ${url}: reading just this page (open the edition's first page, or a page that lists the others, to read the whole issue)`);
  const { pageNumber = '1', pageName } = start.meta;
  return { pages: [{ pageNumber, ...(pageName ? { pageName } : {}), label: pageName ? `${pageNumber} ${pageName}` : pageNumber, url, ...(start.meta.pdfUrl ? { pdfUrl: start.meta.pdfUrl } : {}) }], singlePage: true };
}

/** The page list a site keeps as data (解放日报 navi.json); a failure is said and the page is read alone. */
async function pageListData(start: PageDetection, url: string, log: (line: string) => void): Promise<PageList | undefined> {
  const dataUrl = start.pageListData!;
  try {
    const list = pageListFromData((await loadBytes(dataUrl, dataUrl, { maxBytes: MAX_HTML_BYTES })).bytes.toString('utf8'), url, start.adapter);
    if (!list) log(`the page list ${dataUrl} lists no pages of this edition`);
    return list;
  } catch (err) {
    log(`the page list ${dataUrl} could not be read: ${(err as Error).message}`);
    return undefined;
  }
}

function parseDelay(value: string): number {
  const n = Number(value);
  if (!value.trim() || !Number.isFinite(n) || n < 0) throw new UsageError(`--delay takes seconds between pages (0 or more), got "${value}"`);
  return n * 1000;
}

export async function runIssue(url: string, flags: IssueCommandFlags, io: { log: (line: string) => void; signal?: AbortSignal }): Promise<IssueSummary> {
  if (!/^https?:\/\/[^/]/i.test(url)) throw new UsageError(`issue reads an edition on the web: give the http(s) address of one of its pages, got "${url}"`);
  const delayMs = parseDelay(flags.delay);
  const dir = resolve(flags.out);
  const { pages, singlePage } = await issuePages(url, io.log);
  const jsonPath = (page: IssuePage, i: number) => join(dir, 'json', `${pageBase(page, i)}.json`);
  const write = async (path: string, data: string | Uint8Array) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
  };
  const tag = (i: number) => `[page ${i + 1}/${pages.length}]`;

  const run = await readIssue<PageRead>(pages, {
    async stored(page, i) {
      const text = await readFile(jsonPath(page, i), 'utf8').catch(() => undefined);
      if (text === undefined) return undefined;
      try {
        const doc = fromJson(JSON.parse(text));
        // The same folder may hold another edition's page of the same number: that one is read again.
        if (doc.meta.url !== page.url) return undefined;
        io.log(`${tag(i)} ${page.label}: kept from an earlier run (${relative(dir, jsonPath(page, i))})`);
        return { step: repairStep(doc, flags.apply) };
      } catch (err) {
        io.log(`${tag(i)} ${page.label}: ${relative(dir, jsonPath(page, i))} is not a page document (${(err as Error).message}): reading the page again`);
        return undefined;
      }
    },
    async read(page, i, signal) {
      io.log(`${tag(i)} ${page.label}: reading ${page.url}`);
      const t0 = Date.now();
      const { step, failures, regionCount } = await readPageDocument(page.url, flags, (line) => io.log(`${tag(i)}   ${line}`), signal);
      if (failures.length && failures.length === regionCount) throw new Error(`all ${regionCount} region(s) failed: ${failures.map((f) => f.message).join('; ')}`);
      if (failures.length) io.log(`${tag(i)} ${failures.length} of ${regionCount} region(s) failed: ${failures.map((f) => `${f.regionId} (${f.message})`).join(', ')}`);
      const seconds = (Date.now() - t0) / 1000;
      io.log(`${tag(i)} ${page.label}: done in ${seconds.toFixed(1)} s`);
      return { step, seconds };
    },
    async save(page, i, read) {
      // The list's PDF link when the page itself shows none.
      if (page.pdfUrl && !read.step.doc.meta.pdfUrl) read.step.doc.meta.pdfUrl = page.pdfUrl;
      await write(jsonPath(page, i), documentJson(read.step.doc, { suggestions: read.step.pending }));
      const pdf = read.step.doc.meta.pdfUrl;
      if (!flags.pdf) return;
      if (!pdf) return void (read.pdfError = 'the page links no PDF');
      try {
        const file = join(dir, 'pdf', `${pageBase(page, i)}.pdf`);
        await write(file, (await loadBytes(pdf, pdf, { maxBytes: MAX_IMAGE_BYTES })).bytes);
        read.pdfFile = relative(dir, file);
      } catch (err) {
        read.pdfError = (err as Error).message;
        io.log(`${tag(i)} PDF not saved: ${read.pdfError}`);
      }
    },
  }, { signal: io.signal, delayMs });

  const read = run.pages.filter((p) => p.result);
  const written: string[] = [];
  if (read.length) {
    const files = exportIssue(read.map((p) => p.result!.step.doc), { per: 'both', cite: flags.cite, unreviewedByPage: read.map((p) => p.result!.step.unreviewedByArticle) });
    for (const f of files) {
      await write(join(dir, f.path), f.content);
      written.push(f.path);
    }
  }
  const manifest = {
    source: url,
    pages: run.pages.map((p, i) => ({
      pageNumber: p.page.pageNumber,
      ...(p.page.pageName ? { pageName: p.page.pageName } : {}),
      label: p.page.label,
      url: p.page.url,
      pdfUrl: p.result?.step.doc.meta.pdfUrl ?? p.page.pdfUrl,
      ...(p.result ? { json: relative(dir, jsonPath(p.page, i)) } : {}),
      ...(p.result?.pdfFile ? { pdf: p.result.pdfFile } : {}),
      ...(p.result?.pdfError ? { pdfError: p.result.pdfError } : {}),
      state: p.state,
      ...(p.error ? { error: p.error } : {}),
      ...(p.result?.seconds !== undefined ? { seconds: Math.round(p.result.seconds * 10) / 10 } : {}),
    })),
  };
  await write(join(dir, 'issue.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  written.push('issue.json');
  return { run, written, singlePage };
}

export function registerIssue(program: Command): void {
  const cmd = program
    .command('issue')
    .description('read every page of an edition (from any of its pages) into one folder; a rerun resumes')
    .argument('<url>', 'http(s) address of one page of the edition')
    .requiredOption('--out <dir>', 'folder for the issue (created; pages already read there are kept)')
    .option('--pdf', "also download each page's PDF into DIR/pdf/")
    .option('--delay <seconds>', 'pause between page loads, to spare the site', String(DEFAULT_PAGE_DELAY_MS / 1000));
  addReadOptions(cmd)
    .option('--cite <formats>', 'also write the issue citations: csl (CSL-JSON for Zotero), ris, or csl,ris', parseCite)
    .action(async (url: string, flags: IssueCommandFlags) => {
      const controller = new AbortController();
      const onSigint = () => {
        process.stderr.write('cancelling: the page being read is dropped, the pages read are kept\n');
        controller.abort();
      };
      process.once('SIGINT', onSigint);
      const { run } = await runIssue(url, flags, { log: (line) => process.stderr.write(`${line}\n`), signal: controller.signal }).finally(() => process.off('SIGINT', onSigint));
      const count = (state: string) => run.pages.filter((p) => p.state === state).length;
      const times = run.pages.flatMap((p) => (p.result?.seconds !== undefined ? [p.result.seconds] : []));
      const perPage = times.length ? `, ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)} s per page read` : '';
      process.stdout.write(`Wrote the issue to ${resolve(flags.out)}: ${count('done')} page(s) read, ${count('kept')} kept, ${count('failed')} failed of ${run.pages.length}${perPage}\n`);
      for (const p of run.pages.filter((o) => o.state === 'failed')) process.stderr.write(`failed: ${p.page.label} (${p.page.url}): ${p.error}\n`);
      if (run.cancelled) throw new Error(`cancelled with ${run.pages.length - count('done') - count('kept')} page(s) unread: run the same command again to resume`);
      if (count('failed')) throw new Error(`${count('failed')} of ${run.pages.length} page(s) failed: run the same command again to retry them`);
    });
}
