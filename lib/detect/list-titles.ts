/**
 * The page's article list, joined with the hotspots: a region without a headline takes the text of the
 * list link to the same article (a cross-check for OCR headlines and file names), and when the page has a
 * list that names the hotspots, a region it does not name is flagged `unlisted` — an ad or a notice. Founder
 * lists add `?div=-1`/`?div=1` to the same content URL, so that parameter is ignored when comparing.
 */
import { attr } from './dom';
import { parsePageLabel } from './page-label';
import { resolveUrl } from './urls';
import type { Region } from './types';

const MAX_TITLE = 120;

export function joinArticleList(regions: Region[], doc: Document, base: string): void {
  const titles = new Map<string, string>();
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    if (a.closest('map')) continue;
    const href = resolveUrl(attr(a, 'href') ?? '', base);
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!href || !text || text.length > MAX_TITLE || parsePageLabel(text)) continue;
    const key = articleKey(href);
    if (!titles.has(key)) titles.set(key, text);
  }
  const listed = (r: Region) => !!r.href && titles.has(articleKey(r.href));
  // A page whose list names none of its hotspots has no list we understand: nothing is flagged.
  const pageHasList = regions.some(listed);
  for (const region of regions) {
    if (region.href && !region.title) {
      const title = titles.get(articleKey(region.href));
      if (title) region.title = title;
    }
    if (pageHasList && !listed(region)) region.unlisted = true;
  }
}

function articleKey(url: string): string {
  return url.replace(/#.*$/, '').replace(/([?&])div=-?\d+(&|$)/, (_m, lead: string, tail: string) => (tail ? lead : '')).replace(/\?$/, '');
}
