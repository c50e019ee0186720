/**
 * Page number and page name from a label such as `第03版：要闻`, `A2版：国内`, `第3版 要闻`, `第A03版`,
 * `第JSA01版`. The number is kept as the paper writes it ("03", "A2"): it is what readers cite.
 */

export interface PageLabel {
  pageNumber: string;
  pageName?: string;
}

// A page name starts with a letter or Han character (so `第3版 2022年…` does not read a date as the name).
const NAME = '([\\p{Script=Han}A-Za-z][\\p{Script=Han}A-Za-z0-9·]{0,11})';
const SEPARATOR = '(?:\\s*[：:]\\s*|\\s+)';
const LABEL_PATTERNS = [
  new RegExp(`第\\s*([A-Za-z]{0,3}\\d{1,3})\\s*版(?:${SEPARATOR}${NAME})?`, 'u'),
  new RegExp(`(?<![A-Za-z0-9])([A-Za-z]\\d{1,3})\\s*版(?:${SEPARATOR}${NAME})?`, 'u'),
];

export function parsePageLabel(text: string): PageLabel | undefined {
  for (const pattern of LABEL_PATTERNS) {
    const m = pattern.exec(text);
    if (!m) continue;
    const label: PageLabel = { pageNumber: m[1].toUpperCase() };
    if (m[2]) label.pageName = m[2];
    return label;
  }
  return undefined;
}

// A page list's link text starts with its label; the 第 is often left out there (`01版：要闻`).
const LIST_LABEL = new RegExp(`^(?:第\\s*)?([A-Za-z]{0,3}\\d{1,3})\\s*版(?:${SEPARATOR}${NAME})?`, 'u');

/** The label a page-list link starts with, or undefined (`下转第3版`, `下一版`, an article title). */
export function parseListLabel(text: string): PageLabel | undefined {
  const m = LIST_LABEL.exec(text.trim());
  if (!m) return undefined;
  return { pageNumber: m[1].toUpperCase(), ...(m[2] ? { pageName: m[2] } : {}) };
}

// Page ids in Founder URLs: `node_A2.html`, `node_JSA01.html`, `node_01.html`, `nbs.D110000renmrb_01.htm`.
// A bare unpadded number (`node_187.htm`) is a global node id, not the page.
const URL_PAGE = /(?:node_|_)([A-Za-z]{1,3}\d{1,3}[A-Za-z]?|0\d{1,2})\.s?html?(?:[?#]|$)/;

/** The page number a page's URL spells, when it spells one. */
export function pageNumberFromUrl(url: string): string | undefined {
  return URL_PAGE.exec(url.replace(/[?#].*$/, ''))?.[1]?.toUpperCase();
}
