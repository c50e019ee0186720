/**
 * The edition's page list, from any of its pages: every page in the paper's order with its label
 * (`第01版：要闻`) and address, and its PDF when the list shows one beside the page link. Page lists come in
 * many shapes — Founder `<a id=pageLink>` rows, `a.TitleInfo[data-href]`, `ul#layoutlist`, People's Daily
 * swiper slides (`nbs.D110000renmrb_01.htm`), `dl > dt > a` with the PDF in `dd` — but all of them are links
 * whose text *starts* with a page label, so one generic rule reads them: such links, on this site, for this
 * day. The adapter adds what markup cannot say (a list whose links are `javascript:`).
 *
 * Not a page link: `（下转第3版）` inside an article (the label does not start the text), `下一版`, a PDF, a link
 * to another site or to another day's edition, an article page (`content_N.htm`).
 */
import { SITE_ADAPTERS } from './adapters';
import type { AdapterContext, SiteAdapter } from './adapters/types';
import { dateFromUrl } from './dates';
import { attr } from './dom';
import { MAX_PAGES } from './limits';
import { parseListLabel } from './page-label';
import { isCurrentPage, resolveUrl } from './urls';

export interface IssuePage {
  /** As the paper writes it: "01", "A2". */
  pageNumber: string;
  pageName?: string;
  /** The link text as shown, whitespace collapsed (`第01版：要闻`). */
  label: string;
  url: string;
  /** The page's PDF when the list holds it beside the page link. */
  pdfUrl?: string;
}

export interface PageList {
  pages: IssuePage[];
  /** Index of the page the list was read from, -1 when the list does not link it. */
  current: number;
}

const MAX_LABEL = 40;
const PDF_URL = /\.pdf(?:[?#]|$)/i;
// Article pages of the systems we know: a link to one is never a page, whatever its text says.
const ARTICLE_URL = /(?:^|\/)(?:content_[\w-]+|nw\.\w+|con-\d+|detail)\.s?html?(?:[?#]|$)/i;
const OWNER_LEVELS = 3;

/** Undefined when the page has no list of at least two pages of this edition. */
export function detectPageList(doc: Document, url: string, base: string, adapter?: SiteAdapter): PageList | undefined {
  const ctx: AdapterContext = { doc, base, url };
  const origin = originOf(url);
  const day = dateFromUrl(url);
  const pages: IssuePage[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('a, [data-href]'))) {
    if (el.closest('map')) continue;
    const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text || text.length > MAX_LABEL) continue;
    const label = parseListLabel(text);
    if (!label) continue;
    const href = attr(el, 'data-href') ?? attr(el, 'href') ?? '';
    const pageUrl = resolveUrl(href, base) ?? adapter?.pageListHref?.(label.pageNumber, ctx);
    if (!pageUrl || PDF_URL.test(pageUrl) || ARTICLE_URL.test(pageUrl)) continue;
    // One site, one day: an archive link to yesterday's 第01版 is not a page of this edition.
    if (originOf(pageUrl) !== origin) continue;
    const linkDay = dateFromUrl(pageUrl);
    if (day && linkDay && linkDay !== day) continue;
    const key = pageUrl.replace(/#.*$/, '');
    if (seen.has(key) || seen.has(`#${label.pageNumber}`)) continue;
    seen.add(key);
    seen.add(`#${label.pageNumber}`);
    const page: IssuePage = { pageNumber: label.pageNumber, label: text, url: pageUrl };
    if (label.pageName) page.pageName = label.pageName;
    const pdf = pdfBeside(el, base);
    if (pdf) page.pdfUrl = pdf;
    pages.push(page);
    if (pages.length === MAX_PAGES) break;
  }
  if (pages.length < 2) return undefined;
  return { pages, current: pages.findIndex((p) => isCurrentPage(p.url, url)) };
}

/**
 * The page list from the data a site keeps it in (the adapter's `pageListData` URL, fetched by the caller):
 * the same rules as for links — this site only, at least two pages, each number once. Undefined when the
 * data is not what the adapter expects.
 */
export function pageListFromData(text: string, url: string, adapterId: string): PageList | undefined {
  let listed: IssuePage[];
  try {
    listed = SITE_ADAPTERS.find((a) => a.id === adapterId)?.pagesFromData?.(text, url) ?? [];
  } catch {
    return undefined;
  }
  const origin = originOf(url);
  const seen = new Set<string>();
  const pages = listed.filter((p) => originOf(p.url) === origin && !seen.has(p.pageNumber) && seen.add(p.pageNumber)).slice(0, MAX_PAGES);
  return pages.length < 2 ? undefined : { pages, current: pages.findIndex((p) => isCurrentPage(p.url, url)) };
}

/** A PDF link in the nearest container that holds this page link and no other page's. */
function pdfBeside(el: Element, base: string): string | undefined {
  let cur = el.parentElement;
  for (let i = 0; cur && i < OWNER_LEVELS; i += 1, cur = cur.parentElement) {
    const labelled = Array.from(cur.querySelectorAll('a, [data-href]')).filter((a) => parseListLabel((a.textContent ?? '').trim()));
    if (labelled.length > 1) return undefined;
    for (const candidate of Array.from(cur.querySelectorAll('a[href], [filepath], a[download]'))) {
      for (const name of ['href', 'filepath', 'download']) {
        const value = attr(candidate, name)?.trim() ?? '';
        if (PDF_URL.test(value)) return resolveUrl(value, base);
      }
    }
  }
  return undefined;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
}
