/**
 * One page with the publisher's text where the site has it: each hotspot's content page is fetched (a few
 * at a time) and read (lib/content); OCR (readPage) runs on the regions whose page gave no text — or on all
 * of them with `both`, whose articles then carry OCR's reading beside the publisher's and its error rate.
 * Every article whose page was asked for records what happened (`publisher.outcome`), so a fallback to
 * OCR is never silent. The adapters supply the I/O: fetching (CLI: Node fetch; panel: the extension's
 * host permission) and parsing HTML (linkedom; DOMParser).
 */
import type { PageDetection, Region } from '../detect/types';
import type { Raster } from '../image';
import { publisherArticle, readContentPage, withOcrAlternative, type PublisherText } from '../content';
import { SCHEMA_VERSION, type Article, type PageMeta, type PublisherFacts } from '../model/document';
import { OcrCancelledError, type OcrJobRunner } from '../ocr';
import { pageMeta, readPage, type PageReader, type PageResult, type ReadPageHooks } from './read-page';

export const TEXT_MODES = ['publisher', 'ocr', 'both'] as const;
export type TextMode = (typeof TEXT_MODES)[number];

/** Content pages fetched at once: a site serves a reader's browser about as many. */
const CONTENT_CONCURRENCY = 4;

export interface PublisherTextOptions {
  mode: TextMode;
  /** The page's HTML, decoded; rejects with an Error whose message says what failed (HTTP 404, timeout …). */
  fetchHtml: (url: string, signal?: AbortSignal) => Promise<string>;
  parseHtml: (html: string) => Document;
  /** Why the run may not fetch this link (the panel: not the page image's host), or undefined when it may. */
  refuse?: (url: string) => string | undefined;
  /** What each content page gave, as soon as it is known. */
  onContent?: (regionId: string, facts: PublisherFacts) => void;
  /** A region's article made from the publisher's text alone (no OCR ran for it). */
  onPublisherArticle?: (regionId: string, article: Article) => void;
  /** Reads the regions left to OCR: readPage itself, or one that runs it elsewhere (the panel's worker). */
  read?: PageReader;
}

interface Reading {
  facts: PublisherFacts;
  text?: PublisherText;
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function readContent(region: Region, opts: PublisherTextOptions, signal?: AbortSignal): Promise<Reading> {
  const url = region.href!;
  const refused = opts.refuse?.(url);
  if (refused) return { facts: { url, outcome: 'refused', detail: refused } };
  let html: string;
  try {
    html = await opts.fetchHtml(url, signal);
  } catch (err) {
    if (signal?.aborted) throw new OcrCancelledError(region.id);
    return { facts: { url, outcome: 'failed', detail: message(err) } };
  }
  const reading = readContentPage(opts.parseHtml(html), url);
  return reading.ok ? { facts: { url, outcome: 'used', reader: reading.text.adapter }, text: reading.text } : { facts: { url, outcome: reading.problem } };
}

/** `fn` over `items`, at most `limit` at a time, results in item order. */
async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

export async function readPageWithText(engine: OcrJobRunner, image: Raster, detection: PageDetection, opts: PublisherTextOptions, hooks: ReadPageHooks = {}): Promise<PageResult> {
  const read = opts.read ?? readPage;
  const linked = detection.regions.filter((r) => r.href);
  if (opts.mode === 'ocr' || !linked.length) return read(engine, image, detection, hooks);
  const readings = new Map<string, Reading>();
  const results = await mapLimit(linked, CONTENT_CONCURRENCY, (r) => readContent(r, opts, hooks.signal));
  linked.forEach((r, i) => {
    readings.set(r.id, results[i]);
    opts.onContent?.(r.id, results[i].facts);
  });
  const toOcr = opts.mode === 'both' ? detection.regions : detection.regions.filter((r) => !readings.get(r.id)?.text);
  const published = new Map<string, Article>();
  for (const r of detection.regions) {
    const text = readings.get(r.id)?.text;
    if (!text) continue;
    published.set(r.id, publisherArticle(text, r));
    if (opts.mode === 'publisher') opts.onPublisherArticle?.(r.id, published.get(r.id)!);
  }
  const ocr = toOcr.length ? await read(engine, image, { ...detection, regions: toOcr }, hooks) : null;
  const meta = ocr?.doc.meta ?? withoutOcr(pageMeta(engine, image, detection, hooks.now ?? (() => new Date())));
  const ocrById = new Map((ocr?.doc.articles ?? []).map((a) => [a.regionId ?? a.id, a]));
  const articles: Article[] = [];
  for (const r of detection.regions) {
    const pub = published.get(r.id);
    const read = ocrById.get(r.id);
    const facts = readings.get(r.id)?.facts;
    if (pub && read && opts.mode === 'both') articles.push(withOcrAlternative(pub, read));
    else if (pub) articles.push(pub);
    else if (read) articles.push(facts ? { ...read, publisher: facts } : read);
  }
  return { doc: { schema: SCHEMA_VERSION, meta, articles }, failures: ocr?.failures ?? [] };
}

/** No region was OCR'd: the meta names no engine. */
function withoutOcr(meta: PageMeta): PageMeta {
  const { ocr: _none, ...rest } = meta;
  return rest;
}
