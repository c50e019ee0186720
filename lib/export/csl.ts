/**
 * CSL-JSON, one `article-newspaper` record per article: the format Zotero, Zotero's connector, Pandoc and
 * citeproc read (schema: citation-style-language/schema `csl-data.json`, checked in tests/export). Names
 * are `literal`: a Chinese name is not "given family", and a split would be printed the wrong way round.
 */
import type { Article, EpaperDocument } from '../model/document';
import { articleCredits } from './front-matter';
import { articleParts } from './parts';

type CslName = { literal: string };
type CslDate = { 'date-parts': [number, number?, number?][] };

export interface CslItem {
  id: string;
  type: 'article-newspaper';
  title?: string;
  author?: CslName[];
  contributor?: CslName[];
  'container-title'?: string;
  issued?: CslDate;
  accessed?: CslDate;
  page?: string;
  section?: string;
  URL?: string;
  language?: string;
  note?: string;
  source?: string;
}

const dateParts = (iso: string | undefined): CslDate | undefined => {
  const m = iso && /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? { 'date-parts': [[Number(m[1]), Number(m[2]), Number(m[3])]] } : undefined;
};

/** The title a citation uses: the publisher's (hotspot) title when the page gave one, else the headline. */
export const citationTitle = (article: Article): string | undefined => article.hotspotTitle ?? articleParts(article).headline;

/** Strip empty fields (the schema forbids nothing, but an empty `author: []` shows as "no author"). */
function compact<T extends object>(obj: T): T {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && !v.length))) as T;
}

/** Stable per page and article, so a re-export does not make Zotero see new items. */
export const citationId = (doc: EpaperDocument, article: Article): string =>
  [doc.meta.date, doc.meta.newspaper, doc.meta.pageNumber, article.id].filter(Boolean).join('-');

export function articleCsl(doc: EpaperDocument, article: Article): CslItem {
  const m = doc.meta;
  const credits = articleCredits(article);
  const names = (list: string[]) => list.map((literal) => ({ literal }));
  return compact({
    id: citationId(doc, article),
    type: 'article-newspaper' as const,
    title: citationTitle(article),
    author: names(credits.authors),
    // A reporter who also took the photos is cited once, as author.
    contributor: names([...credits.photographers, ...credits.contributors].filter((n, i, all) => !credits.authors.includes(n) && all.indexOf(n) === i)),
    'container-title': m.newspaper,
    issued: dateParts(m.date),
    accessed: dateParts(m.capturedAt),
    page: m.pageNumber,
    section: m.pageName,
    URL: article.href ?? m.url,
    language: 'zh-CN',
    note: citationNote(doc, article),
    source: m.ocr ? `epaper-md OCR (${m.ocr.engine}, ${m.ocr.languages.join('+')})` : undefined,
  });
}

/** What a later reader must know about the text: who took the photos, and that it is OCR. */
export function citationNote(doc: EpaperDocument, article: Article): string | undefined {
  const c = articleCredits(article);
  const lines = [
    c.photographers.length ? `摄影：${c.photographers.join('、')}` : '',
    c.contributors.length ? `通讯员、实习生：${c.contributors.join('、')}` : '',
    doc.meta.pdfUrl ? `PDF: ${doc.meta.pdfUrl}` : '',
  ].filter(Boolean);
  return lines.length ? lines.join('\n') : undefined;
}

/** Every article of the documents (a page, or the pages of an issue), as a CSL-JSON file. */
export function cslJson(docs: EpaperDocument[]): string {
  return `${JSON.stringify(docs.flatMap((doc) => doc.articles.map((a) => articleCsl(doc, a))), null, 2)}\n`;
}
