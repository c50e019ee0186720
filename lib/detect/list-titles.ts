/**
 * Headlines for hotspots that carry none: the page's article list links to the same articles, so a
 * region's link is matched to a list entry and takes its text. Founder lists add `?div=-1`/`?div=1` to
 * the same content URL, so that parameter is ignored when comparing.
 */
import { attr } from './dom';
import { parsePageLabel } from './page-label';
import { resolveUrl } from './urls';
import type { Region } from './types';

const MAX_TITLE = 120;

export function titlesFromArticleList(regions: Region[], doc: Document, base: string): void {
  if (!regions.some((r) => r.href && !r.title)) return;
  const titles = new Map<string, string>();
  for (const a of Array.from(doc.querySelectorAll('a'))) {
    const href = resolveUrl(attr(a, 'href') ?? '', base);
    const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!href || !text || text.length > MAX_TITLE || parsePageLabel(text)) continue;
    const key = articleKey(href);
    if (!titles.has(key)) titles.set(key, text);
  }
  for (const region of regions) {
    if (region.href && !region.title) {
      const title = titles.get(articleKey(region.href));
      if (title) region.title = title;
    }
  }
}

function articleKey(url: string): string {
  return url.replace(/#.*$/, '').replace(/([?&])div=-?\d+(&|$)/, (_m, lead: string, tail: string) => (tail ? lead : '')).replace(/\?$/, '');
}
