/**
 * YAML front matter read back: our exported files' (`lib/export/front-matter.ts` writes them) and a user's
 * own. Page metadata, and for an article file the article's own facts (its link, hotspot title, text
 * source, box, OCR quality), so a file exported again says what the first export said. Derived keys
 * (kicker, author …) come back from the body instead. A hand-written `title` is the user's name for the
 * page and wins over the first headline; `paper` names the newspaper and `published` gives the date when
 * the usual keys are missing (note tools write those). Every key epaper-md does not write itself is kept as
 * it was (`frontMatter`), and so is a date it cannot read, to be written back: nothing the user wrote is
 * lost. A broken block is an error that names the line.
 */
import { parse } from 'yaml';
import { PUBLISHER_OUTCOMES, TEXT_SOURCES, type Article, type BBox, type PageMeta, type PublisherFacts, type PublisherOutcome, type RecordedFacts, type TextSource } from '../model/document';
import { ImportError } from './validate';

/** What an article file's front matter says about its one article. */
export type ArticleFacts = Pick<Article, 'href' | 'hotspotTitle' | 'textSource' | 'ocrCoverage' | 'ocrConfidentCoverage' | 'publisher' | 'recorded'>;

export interface FrontMatter {
  meta: PageMeta;
  article: ArticleFacts;
  body: string;
  found: boolean;
  /** The body starts with a page title: a page file's front matter lists the page's `articles`. */
  page: boolean;
  /**
   * `title`, when the front matter is not clearly an article's: a first heading equal to it is the page's
   * title. A hand-written front matter without one keeps its H1 as the headline.
   */
  title?: string;
  /** `title` whatever the file: the user's, unless it repeats the first heading of one of our exports. */
  ownTitle?: string;
  /** The front matter is one of our exports (a page file's `articles`, an article file's own keys, or the keys every export writes). */
  exported: boolean;
}

/**
 * Every key our export writes (lib/export/front-matter.ts); the others are the user's. Credits and tags
 * are written back as the user gave them when the body does not give their own.
 */
const EXPORT_KEYS = new Set([
  'title', 'hotspot_title', 'kicker', 'subtitle', 'byline', 'newspaper', 'date', 'page', 'page_name', 'source',
  'source_url', 'region', 'text_source', 'content_page', 'ocr_cer', 'pdf_url', 'image_url', 'ocr_engine',
  'ocr_languages', 'captured', 'ocr_coverage', 'ocr_confident_coverage', 'ocr_confidence', 'uncertain_characters',
  'repair_checked', 'unreviewed_suggestions', 'page_file', 'articles',
]);

/** A real calendar day as `YYYY-MM-DD`: an ISO day (or time), a YAML date, `2025/4/9`, `2025年4月9日`. */
function dayOf(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString().slice(0, 10);
  const m = typeof v === 'string' ? /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?:\s*日|(?=$|[\sT]))/u.exec(v) : null;
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const day = new Date(Date.UTC(y, mo - 1, d));
  return day.getUTCMonth() === mo - 1 && day.getUTCDate() === d ? day.toISOString().slice(0, 10) : undefined;
}

/** Keys only an article file's front matter has (lib/export/front-matter.ts). */
/** `content_page` (what the article's content page gave) and `ocr_cer`, about the page at `source_url`. */
function publisherFacts(d: Record<string, unknown>): PublisherFacts | undefined {
  const url = str(d.source_url);
  const outcome = (PUBLISHER_OUTCOMES as readonly unknown[]).includes(d.content_page) ? (d.content_page as PublisherOutcome) : undefined;
  if (!url || !outcome) return undefined;
  const ocrCer = num(d.ocr_cer);
  return ocrCer === undefined ? { url, outcome } : { url, outcome, ocrCer };
}

const ARTICLE_KEYS = ['kicker', 'subtitle', 'author', 'byline', 'hotspot_title', 'source_url', 'region', 'page_file'];

const str = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));
const num = (v: unknown, max = Infinity): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= max ? v : undefined);
const count = (v: unknown): number | undefined => (Number.isInteger(v) ? num(v) : undefined);
const box = (v: unknown): BBox | undefined => (Array.isArray(v) && v.length === 4 && v.every((n) => typeof n === 'number' && Number.isFinite(n)) ? (v as BBox) : undefined);
const textSource = (v: unknown): TextSource | undefined => ((TEXT_SOURCES as readonly unknown[]).includes(v) ? (v as TextSource) : undefined);
const strings = (v: unknown): string[] | undefined => (Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : undefined);

/** Keeps only the keys that have a value. */
function defined<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined)) as T;
}

function recordedFacts(d: Record<string, unknown>): RecordedFacts {
  return defined({
    region: box(d.region),
    confidence: num(d.ocr_confidence, 100),
    uncertainChars: count(d.uncertain_characters),
    // `repair_checked: false` (or an older file without the key): no count to keep.
    unreviewed: d.repair_checked === false ? undefined : count(d.unreviewed_suggestions),
  });
}

export function readFrontMatter(text: string, name: string): FrontMatter {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, article: {}, body: text, found: false, page: false, exported: false };
  let data: unknown;
  try {
    data = parse(m[1]);
  } catch (err) {
    throw new ImportError(`${name}: front matter is not valid YAML: ${err instanceof Error ? err.message : String(err)}`);
  }
  const d = (data && typeof data === 'object' ? data : {}) as Record<string, unknown>;
  const meta: PageMeta = {};
  const set = <K extends keyof PageMeta>(key: K, value: PageMeta[K] | undefined) => {
    if (value !== undefined) meta[key] = value;
  };
  set('newspaper', str(d.newspaper ?? d.paper));
  const date = dayOf(d.date ?? d.published);
  set('date', date);
  set('pageNumber', str(d.page));
  set('pageName', str(d.page_name));
  set('url', str(d.source ?? d.url));
  set('capturedAt', str(d.captured));
  set('pdfUrl', str(d.pdf_url));
  set('imageUrl', str(d.image_url));
  const engine = str(d.ocr_engine);
  if (engine) meta.ocr = { engine, languages: strings(d.ocr_languages) ?? [] };
  const articleFile = !Array.isArray(d.articles) && ARTICLE_KEYS.some((k) => k in d);
  const recorded = recordedFacts(d);
  const hasRecorded = Object.keys(recorded).length > 0;
  if (!articleFile && hasRecorded) meta.recorded = defined({ ...recorded, region: undefined });
  const article: ArticleFacts = !articleFile
    ? {}
    : defined({
        href: str(d.source_url),
        hotspotTitle: str(d.hotspot_title),
        textSource: textSource(d.text_source),
        ocrCoverage: num(d.ocr_coverage, 1),
        ocrConfidentCoverage: num(d.ocr_confident_coverage, 1),
        publisher: publisherFacts(d),
        recorded: hasRecorded ? recorded : undefined,
      });
  const own = Object.entries(d).filter(([k, v]) => !EXPORT_KEYS.has(k) || (k === 'date' && v !== null && !date));
  if (own.length) meta.frontMatter = Object.fromEntries(own);
  const title = articleFile ? undefined : str(d.title);
  const page = Array.isArray(d.articles);
  return { meta, article, body: text.slice(m[0].length), found: true, page, title, ownTitle: str(d.title), exported: page || articleFile || 'repair_checked' in d || 'text_source' in d };
}
