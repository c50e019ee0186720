/**
 * The whole issue, browser side: each page of the list is fetched from the extension page (the same host
 * permission as the page image, asked for in the click), parsed with DOMParser, detected like the CLI
 * detects a served page, and read with lib/pipeline readPage (in the page reader worker: page-reader.ts).
 * Pages go through lib/issue readIssue (one at a time, pause, cancel); each read page is saved as its own session, keyed by its URL like a page read
 * alone, so a rerun keeps it (resume) and a page proofread before keeps the proofreading.
 */
import { decodeHtmlBytes, detectPage, type IssuePage } from '../../lib/detect';
import type { PageDetection } from '../../lib/detect/types';
import { documentJson, exportIssue, pageFileBase, zipFiles } from '../../lib/export';
import { readIssue, type IssueProgress, type IssueRun } from '../../lib/issue';
import type { EpaperDocument } from '../../lib/model/document';
import type { OcrEngine } from '../../lib/ocr';
import { loadSession, pageKey, saveSession, type EditorStore } from '../../lib/storage';
import { downloadBlob } from './download';
import { EXPORT_FOLDER } from './export-run';
import { loadPageRaster, originPattern } from './page-access';
import { readPageInWorker } from './page-reader';

/** The hosts the issue is read from: its pages' (one site, lib/detect keeps no other) and the page image's. */
export function issueOrigins(detection: PageDetection): string[] {
  const urls = [...(detection.pageList?.pages.map((p) => p.url) ?? []), ...(detection.image ? [detection.image.url] : [])];
  return [...new Set(urls.map(originPattern))];
}

/** Must run inside the click: browsers show the prompt only for a user action. Already granted hosts ask nothing. */
export function requestIssueAccess(detection: PageDetection): Promise<boolean> {
  return browser.permissions.request({ origins: issueOrigins(detection) });
}

async function detectServedPage(url: string, signal: AbortSignal): Promise<{ detection: PageDetection; raster: Awaited<ReturnType<typeof loadPageRaster>> }> {
  const res = await fetch(url, { credentials: 'include', signal });
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const html = decodeHtmlBytes(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type') ?? undefined);
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const first = detectPage(doc, url);
  if (!first.image) throw new Error(`${url}: no page image (${first.warnings.join('; ') || 'nothing found'})`);
  const raster = await loadPageRaster(first.image.url);
  return { detection: detectPage(doc, url, { naturalSize: { width: raster.width, height: raster.height } }), raster };
}

export interface IssueReadOptions {
  engine: OcrEngine;
  store: EditorStore | null;
  signal: AbortSignal;
  title: (doc: EpaperDocument) => string;
  onProgress: (progress: IssueProgress) => void;
}

export function readIssueInPanel(pages: IssuePage[], o: IssueReadOptions): Promise<IssueRun<EpaperDocument>> {
  return readIssue<EpaperDocument>(pages, {
    async stored(page) {
      return o.store ? (await loadSession(o.store, pageKey(page.url)).catch(() => undefined))?.doc : undefined;
    },
    async read(page, _i, signal, onFraction) {
      const { detection, raster } = await detectServedPage(page.url, signal);
      const count = detection.regions.length || 1;
      const parts = new Map<string, number>();
      const { doc, failures } = await readPageInWorker(o.engine, raster, detection, {
        signal,
        onProgress: (p) => {
          parts.set(p.regionId, p.status === 'done' || p.status === 'failed' ? 1 : Math.max(parts.get(p.regionId) ?? 0, p.progress));
          onFraction([...parts.values()].reduce((a, b) => a + b, 0) / count);
        },
      });
      if (!doc.articles.length) throw new Error(failures.map((f) => f.message).join('; ') || 'no article could be read');
      if (page.pdfUrl && !doc.meta.pdfUrl) doc.meta.pdfUrl = page.pdfUrl;
      return doc;
    },
    async save(page, _i, doc) {
      if (!o.store) return;
      await saveSession(o.store, { key: pageKey(page.url), title: o.title(doc), url: page.url, savedAt: Date.now(), doc, rejected: [], past: [], future: [] });
    },
  }, { signal: o.signal, onProgress: o.onProgress });
}

/** One zip: the issue index, a file per page and per article, each page's JSON and the citations. */
export async function downloadIssueZip(docs: EpaperDocument[]): Promise<string> {
  const files = exportIssue(docs, { per: 'both', cite: ['csl', 'ris'] });
  for (const doc of docs) files.push({ path: `json/${pageFileBase(doc)}.json`, content: documentJson(doc), mime: 'application/json' });
  const index = files[0].path.replace(/\.md$/, '');
  const path = `${EXPORT_FOLDER}/${index}.zip`;
  await downloadBlob(path, new Blob([zipFiles(files) as BlobPart], { type: 'application/zip' }));
  return path;
}
