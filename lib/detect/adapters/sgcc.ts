/**
 * 国家电网报 (epaper.sgcctop.com): the page is drawn by script; its hotspots are SVG
 * `<polygon class="area" points="x,y x,y …" title data-pageid data-contentid>` over the page image, two
 * pages per screen. A polygon carries only the article id; the article is `/{YYYYMM}/{DD}/con-{id}.html`
 * (evidence: dcxz187/sgcc_crawler `src/crawler.py` and README, docs/detection.md §Overlays).
 */
import { attr } from '../dom';
import { hostOf } from '../urls';
import type { SiteAdapter } from './types';

const ISSUE_PATH = /\/(\d{6})\/(\d{2})\//;

export const sgccAdapter: SiteAdapter = {
  id: 'sgcc',
  matches(url, doc) {
    return /(^|\.)sgcctop\.com$/i.test(hostOf(url)) || doc.querySelector('polygon.area[data-contentid]') !== null;
  },
  articleHref(el, ctx) {
    const id = attr(el, 'data-contentid')?.trim();
    const issue = ISSUE_PATH.exec(new URL(ctx.url).pathname);
    if (!id || !/^\d+$/.test(id) || !issue || !/^https?:/.test(ctx.url)) return undefined;
    return new URL(`/${issue[1]}/${issue[2]}/con-${id}.html`, ctx.url).href;
  },
};
