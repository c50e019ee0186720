/**
 * Page metadata: newspaper name, issue date, page number/name and PDF link. Adapter selectors first, then
 * general sources in order of trust: URL (dates), `<meta>`, `<title>`, then short page text that is not a
 * link — page lists link to the *other* pages, so their labels must not be read as the current one.
 */
import type { PageMeta } from '../model/document';
import type { SiteAdapter } from './adapters/types';
import { attr, insideLink, ownText, pageTitle } from './dom';
import { dateFromText, dateFromUrl } from './dates';
import { parsePageLabel, type PageLabel } from './page-label';
import { resolveUrl } from './urls';

/** Longer texts are article bodies or navigation blobs, not a header label. */
const MAX_LABEL_TEXT = 80;

export function detectMeta(doc: Document, url: string, base: string, adapter: SiteAdapter): PageMeta {
  const meta: PageMeta = { url };
  const title = pageTitle(doc);
  const newspaper = firstOf(textsFor(doc, adapter.newspaperSelectors), cleanName) ?? metaName(doc) ?? nameFromTitle(title);
  if (newspaper) meta.newspaper = newspaper;
  const date = dateFromUrl(url) ?? firstOf(textsFor(doc, adapter.dateSelectors), dateFromText) ?? dateFromText(title) ?? firstOf(pageTexts(doc), dateFromText);
  if (date) meta.date = date;
  const label: PageLabel | undefined =
    firstOf(textsFor(doc, adapter.pageLabelSelectors), parsePageLabel) ?? parsePageLabel(title) ?? firstOf(pageTexts(doc), parsePageLabel);
  if (label) {
    meta.pageNumber = label.pageNumber;
    if (label.pageName) meta.pageName = label.pageName;
  }
  const pdf = pdfLink(doc, base, adapter.pdfSelector);
  if (pdf) meta.pdfUrl = pdf;
  return meta;
}

function firstOf<T>(texts: Iterable<string>, read: (text: string) => T | undefined): T | undefined {
  for (const text of texts) {
    const value = read(text);
    if (value !== undefined) return value;
  }
  return undefined;
}

function* textsFor(doc: Document, selectors: string[] | undefined): Generator<string> {
  for (const selector of selectors ?? []) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      const text = el.tagName.toLowerCase() === 'img' ? attr(el, 'alt') ?? '' : el.textContent ?? '';
      const collapsed = text.replace(/\s+/g, ' ').trim();
      if (collapsed) yield collapsed;
    }
  }
}

/** Short own-texts of body elements outside links, in document order. */
function* pageTexts(doc: Document): Generator<string> {
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    if (['script', 'style', 'noscript'].includes(el.tagName.toLowerCase()) || insideLink(el)) continue;
    const text = ownText(el);
    if (text && text.length <= MAX_LABEL_TEXT) yield text;
  }
}

function metaName(doc: Document): string | undefined {
  for (const el of Array.from(doc.querySelectorAll('meta'))) {
    const key = (attr(el, 'property') ?? attr(el, 'name') ?? '').toLowerCase();
    if (key === 'og:site_name' || key === 'application-name') {
      const name = cleanName(attr(el, 'content') ?? '');
      if (name) return name;
    }
  }
  return undefined;
}

const TITLE_SEPARATORS = /\s*(?:[-_|｜—–]+|\s{2,})\s*/;
// Suffixes sites add to the paper's name: "某某日报数字报", "XX晚报电子版".
const EDITION_SUFFIX = /(?<=报)(?:数字报|电子报|电子版|数字版|数字报刊)$/;

/** The title part that names the paper: one ending in 报 or Daily/News, else the first part that is not a page label or date. */
export function nameFromTitle(title: string): string | undefined {
  const parts = title.split(TITLE_SEPARATORS).map(cleanName).filter((p): p is string => !!p);
  const useful = parts.filter((p) => !parsePageLabel(p) && !dateFromText(p));
  return useful.find((p) => /报$|daily$|news$|times$/i.test(p)) ?? useful[0];
}

function cleanName(text: string): string | undefined {
  const name = text.replace(/\s+/g, ' ').trim().replace(EDITION_SUFFIX, '');
  return name && name.length <= 40 ? name : undefined;
}

function pdfLink(doc: Document, base: string, selector?: string): string | undefined {
  const preferred = selector ? Array.from(doc.querySelectorAll(selector)) : [];
  for (const a of [...preferred, ...Array.from(doc.querySelectorAll('a'))]) {
    const href = attr(a, 'href') ?? '';
    if (/\.pdf(?:[?#]|$)/i.test(href.trim())) {
      const url = resolveUrl(href, base);
      if (url) return url;
    }
  }
  return undefined;
}
