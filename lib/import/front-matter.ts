/**
 * YAML front matter of our exported files (`lib/export/front-matter.ts` writes it) read back: page
 * metadata, and for an article file the article's own facts (its link, hotspot title, text source, box,
 * OCR quality), so a file exported again says what the first export said. Derived keys (title, kicker,
 * author …) come back from the body instead. Unknown keys and values of the wrong shape are ignored; a
 * broken block is an error that names the line.
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
  if (!m) return { meta: {}, article: {}, body: text, found: false, page: false };
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
  set('newspaper', str(d.newspaper));
  set('date', str(d.date instanceof Date ? d.date.toISOString().slice(0, 10) : d.date));
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
  const title = articleFile ? undefined : str(d.title);
  return { meta, article, body: text.slice(m[0].length), found: true, page: Array.isArray(d.articles), title };
}
