/**
 * 解放日报 (jfdaily.com): `<img id="page_img">` with `<map id|name="PagePicMap">` whose areas carry `xy`, a
 * JSON list of `{x, y}` points in the native page frame 2778 px wide. The site's script rewrites them into
 * `coords` scaled to the displayed width and moves `href` into `data-href` (evidence: the deobfuscated
 * reader bundle quoted in docs/detection.md, `pageWidth = 2778, widthRatio = mapWidth / pageWidth`). The
 * live DOM therefore has display-frame coords, the served HTML has xy: both end in the same boxes.
 */
import { z } from 'zod';
import { hostOf } from '../urls';
import type { SiteAdapter } from './types';

const JIEFANG_NATIVE_WIDTH = 2778;

export const jiefangAdapter: SiteAdapter = {
  id: 'jiefang',
  matches(url, doc) {
    return /(^|\.)jfdaily\.com$/i.test(hostOf(url)) || doc.querySelector('img#page_img') !== null && doc.querySelector('area[xy]') !== null;
  },
  imageSelector: 'img#page_img',
  pointFrame: { kind: 'stated', width: JIEFANG_NATIVE_WIDTH },
  // The edition's pages are in `staticsg/data/journal/<date>/navi.json` (`pages[].pnumber`, `pname`), and page
  // N is the reader with `page=N` (evidence: iltyty/journalspider `jiefang/crawler.go` and `json_obj.go`).
  pageListData(ctx) {
    const date = readerUrl(ctx.url)?.searchParams.get('date');
    return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? new URL(`/staticsg/data/journal/${date}/navi.json`, ctx.url).href : undefined;
  },
  pagesFromData(text, pageUrl) {
    const reader = readerUrl(pageUrl);
    if (!reader) return [];
    return naviSchema.parse(JSON.parse(text)).pages.map(({ pnumber, pname }) => {
      const url = new URL(reader);
      url.searchParams.set('page', pnumber);
      return { pageNumber: pnumber, label: pname ? `第${pnumber}版：${pname}` : `第${pnumber}版`, url: url.href, ...(pname ? { pageName: pname } : {}) };
    });
  },
};

const naviSchema = z.object({ pages: z.array(z.object({ pnumber: z.string().regex(/^[A-Za-z]{0,3}\d{1,3}$/), pname: z.string().max(40).optional() })) });

function readerUrl(url: string): URL | undefined {
  try {
    const u = new URL(url);
    u.hash = '';
    return /^https?:$/.test(u.protocol) ? u : undefined;
  } catch {
    return undefined;
  }
}

