/**
 * 广西日报 (gxrb.gxrb.com.cn), a script-built page at `/?name=gxrb&date=YYYY-MM-DD&code=NNN`: its areas sit in
 * `map#map-<NNN>` with `data-xuhao` (the article's number on the page) and `title`, and no href; the article
 * is the page URL plus `&xuhao=N`, the PDF `a#pptf` (evidence: the ~60-paper scraper, index id 5963029910,
 * `page.locator("map#map-" + _page_num).locator("area")`, `_page_href + "&xuhao=" + data-xuhao`).
 */
import { attr } from '../dom';
import { hostOf } from '../urls';
import type { SiteAdapter } from './types';

export const gxrbAdapter: SiteAdapter = {
  id: 'gxrb',
  matches(url, doc) {
    return /(^|\.)gxrb\.com\.cn$/i.test(hostOf(url)) || doc.querySelector('map[id^="map-"] area[data-xuhao]') !== null;
  },
  pdfSelector: 'a#pptf',
  articleHref(el, ctx) {
    const xuhao = attr(el, 'data-xuhao')?.trim();
    if (!xuhao || !/^\d+$/.test(xuhao) || !/^https?:/.test(ctx.url)) return undefined;
    const url = new URL(ctx.url);
    url.hash = '';
    url.searchParams.set('xuhao', xuhao);
    return url.href;
  },
  // The page list's links are `javascript:;`: page NNN is the same address with `code=NNN`.
  pageListHref(pageNumber, ctx) {
    if (!/^https?:/.test(ctx.url) || !/^\d{1,3}$/.test(pageNumber)) return undefined;
    const url = new URL(ctx.url);
    url.hash = '';
    url.searchParams.set('code', pageNumber.padStart(3, '0'));
    return url.href;
  },
};
