/**
 * YAML front matter of our exported files (`lib/export/front-matter.ts` writes it) read back into page
 * metadata. Unknown keys are ignored; a broken block is an error that names the line.
 */
import { parse } from 'yaml';
import type { PageMeta } from '../model/document';
import { ImportError } from './validate';

export interface FrontMatter {
  meta: PageMeta;
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
const ARTICLE_KEYS = ['kicker', 'subtitle', 'author'];

const str = (v: unknown): string | undefined => (v === null || v === undefined || v === '' ? undefined : String(v));

export function readFrontMatter(text: string, name: string): FrontMatter {
  const m = /^---\n([\s\S]*?)\n---(?:\n|$)/.exec(text);
  if (!m) return { meta: {}, body: text, found: false, page: false };
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
  const title = ARTICLE_KEYS.some((k) => k in d) ? undefined : str(d.title);
  return { meta, body: text.slice(m[0].length), found: true, page: Array.isArray(d.articles), title };
}
