/**
 * The current page's PDF. Page lists often hold every page's PDF next to its page link (新华日报: a `<p>`
 * with the page link and its PDF; 浙江日报 main-ed: `<dl>` with `dt > a` and `dd img[filepath$=pdf]`), so
 * the first PDF on the page is usually page 1's. A PDF is the current page's when the nearest container
 * holding page links links to this page; a PDF beside other pages' links belongs to them.
 */
import { attr } from './dom';
import { parsePageLabel } from './page-label';
import { isCurrentPage, resolveUrl } from './urls';

const PDF_URL = /\.pdf(?:[?#]|$)/i;
const OWNER_LEVELS = 3;
const PAGE_FILE = /(?:^|\/)(?:node_\w+|nbs\.\w+|col\w*\d+)\.s?html?(?:[?#]|$)/i;

export function currentPagePdf(doc: Document, base: string, pageUrl: string, selector?: string): string | undefined {
  for (const el of selector ? Array.from(doc.querySelectorAll(selector)) : []) {
    const url = pdfOf(el, base) ?? resolvePdf((el.textContent ?? '').trim(), base);
    if (url) return url;
  }
  const candidates = Array.from(doc.querySelectorAll('a[href], [filepath], a[download]')).filter((el) => pdfOf(el, base));
  let free: string | undefined;
  for (const el of candidates) {
    const owner = ownerPages(el, base);
    if (owner.some((u) => isCurrentPage(u, pageUrl))) return pdfOf(el, base);
    if (!owner.length) free ??= pdfOf(el, base);
  }
  return free ?? (candidates.length === 1 ? pdfOf(candidates[0], base) : undefined);
}

function pdfOf(el: Element, base: string): string | undefined {
  for (const name of ['href', 'filepath', 'download']) {
    const url = resolvePdf(attr(el, name) ?? '', base);
    if (url) return url;
  }
  return undefined;
}

function resolvePdf(value: string, base: string): string | undefined {
  return PDF_URL.test(value.trim()) ? resolveUrl(value, base) : undefined;
}

/**
 * Page links in the nearest ancestor of `el` that has any. A page link names a page (`第02版：要闻`) or
 * has a page file name (`node_188.htm`); article links beside a PDF do not make it another page's.
 */
function ownerPages(el: Element, base: string): string[] {
  let cur = el.parentElement;
  for (let i = 0; cur && i < OWNER_LEVELS; i += 1, cur = cur.parentElement) {
    const links = Array.from(cur.querySelectorAll('a[href], [data-href]'))
      .filter((a) => parsePageLabel((a.textContent ?? '').trim()) || PAGE_FILE.test(attr(a, 'href') ?? attr(a, 'data-href') ?? ''))
      .map((a) => resolveUrl(attr(a, 'href') ?? attr(a, 'data-href') ?? '', base))
      .filter((u): u is string => !!u && !PDF_URL.test(u));
    if (links.length) return links;
  }
  return [];
}
