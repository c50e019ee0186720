/**
 * Page metadata: newspaper name, issue date, page number/name and the current page's PDF. Sources in order
 * of trust: adapter selectors, the Founder enpproperty comment, the URL (dates, page ids), `<meta>`,
 * `<title>`, then short page text that is not a link — page lists link to the *other* pages, so their
 * labels must not be read as the current one.
 */
import type { PageMeta } from '../model/document';
import type { SiteAdapter } from './adapters/types';
import { attr, insideLink, ownText, pageTitle } from './dom';
import { dateFromText, dateFromUrl } from './dates';
import { enpProperties } from './enpproperty';
import { pageNumberFromUrl, parsePageLabel, type PageLabel } from './page-label';
import { currentPagePdf } from './pdf';
import { isCurrentPage, resolveUrl } from './urls';

/** Longer texts are article bodies or navigation blobs, not a header label. */
const MAX_LABEL_TEXT = 80;

export function detectMeta(doc: Document, url: string, base: string, adapter: SiteAdapter): PageMeta {
  const meta: PageMeta = { url };
  const title = pageTitle(doc);
  const enp = enpProperties(doc);
  const newspaper =
    firstOf(textsFor(doc, adapter.newspaperSelectors), cleanName) ?? cleanName(enp.papername ?? '') ?? metaName(doc) ?? nameFromTitle(title);
  if (newspaper) meta.newspaper = newspaper;
  const date =
    dateFromUrl(url) ?? dateFromText(enp.date ?? '') ?? firstOf(textsFor(doc, adapter.dateSelectors), dateFromText) ?? dateFromText(title) ?? firstOf(pageTexts(doc), dateFromText);
  if (date) meta.date = date;
  const label: PageLabel | undefined =
    firstOf(textsFor(doc, adapter.pageLabelSelectors), parsePageLabel) ?? parsePageLabel(title) ?? pageLabelInText(doc) ?? currentPageLink(doc, base, url);
  const pageNumber = enp.pagenum?.toUpperCase() ?? label?.pageNumber ?? pageNumberFromUrl(url);
  if (pageNumber) meta.pageNumber = pageNumber;
  // The label's name is this page's only when the label names this page's number.
  if (label?.pageName && samePage(label.pageNumber, pageNumber)) meta.pageName = label.pageName;
  const pdf = currentPagePdf(doc, base, url, adapter.pdfSelector);
  if (pdf) meta.pdfUrl = pdf;
  return meta;
}

function samePage(a: string, b: string | undefined): boolean {
  const norm = (s: string) => s.toUpperCase().replace(/^([A-Z]*)0+(?=\d)/, '$1');
  return b !== undefined && norm(a) === norm(b);
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

function* bodyElements(doc: Document): Generator<Element> {
  for (const el of Array.from(doc.querySelectorAll('body *'))) {
    if (['script', 'style', 'noscript'].includes(el.tagName.toLowerCase()) || insideLink(el)) continue;
    yield el;
  }
}

/** Short own-texts of body elements outside links, in document order. */
function* pageTexts(doc: Document): Generator<string> {
  for (const el of bodyElements(doc)) {
    const text = ownText(el);
    if (text && text.length <= MAX_LABEL_TEXT) yield text;
  }
}

/** A label in page text; `<span>第02版：<span>要闻</span></span>` keeps the name in a child, so the full text completes it. */
function pageLabelInText(doc: Document): PageLabel | undefined {
  for (const el of bodyElements(doc)) {
    const own = ownText(el);
    const label = own && own.length <= MAX_LABEL_TEXT ? parsePageLabel(own) : undefined;
    if (!label) continue;
    if (label.pageName) return label;
    const full = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const fuller = full.length <= MAX_LABEL_TEXT ? parsePageLabel(full) : undefined;
    return fuller?.pageNumber === label.pageNumber ? fuller : label;
  }
  return undefined;
}

/** The page list's entry for this page (`<a href=node_3.html>第03版：经济</a>`): the label of last resort. */
function currentPageLink(doc: Document, base: string, url: string): PageLabel | undefined {
  for (const a of Array.from(doc.querySelectorAll('a[href], a[data-href]'))) {
    const href = resolveUrl(attr(a, 'href') ?? attr(a, 'data-href') ?? '', base);
    if (!href || !isCurrentPage(href, url)) continue;
    const label = parsePageLabel((a.textContent ?? '').replace(/\s+/g, ' ').trim());
    if (label) return label;
  }
  return undefined;
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
// Slogans are joined to the name with a middle dot: "打造新型传媒集团·江西日报社数字报".
const SLOGAN_SEPARATORS = /\s*[·•・]\s*/;
// Suffixes sites add to the paper's name: "某某日报数字报", "XX晚报电子版", "江西日报社数字报".
const EDITION_SUFFIX = /(?<=报)社?(?:数字报刊|数字报纸|数字报|电子报|电子版|数字版)$/;
const PUBLISHER_SUFFIX = /(?<=报)社$/;
const PAPER_NAME = /报$|刊$|daily$|news$|times$/i;

/** The title part that names the paper: one ending in 报 or Daily/News, else the first part that is not a page label or date. */
export function nameFromTitle(title: string): string | undefined {
  const parts = title.split(TITLE_SEPARATORS).map(cleanName).filter((p): p is string => !!p);
  const useful = parts.filter((p) => !parsePageLabel(p) && !dateFromText(p));
  return useful.find((p) => PAPER_NAME.test(p)) ?? useful[0];
}

/** A paper's name without slogan, edition suffix or publisher's 社. */
export function cleanName(text: string): string | undefined {
  const parts = text.replace(/\s+/g, ' ').trim().split(SLOGAN_SEPARATORS).map((p) => p.replace(EDITION_SUFFIX, '').replace(PUBLISHER_SUFFIX, '')).filter(Boolean);
  const name = parts.find((p) => PAPER_NAME.test(p)) ?? parts[0];
  return name && name.length <= 40 ? name : undefined;
}
