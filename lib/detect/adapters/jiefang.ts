/**
 * 解放日报 (jfdaily.com): `<img id="page_img">` with `<map id|name="PagePicMap">` whose areas carry `xy`, a
 * JSON list of `{x, y}` points in the native page frame 2778 px wide. The site's script rewrites them into
 * `coords` scaled to the displayed width and moves `href` into `data-href` (evidence: the deobfuscated
 * reader bundle quoted in docs/detection.md, `pageWidth = 2778, widthRatio = mapWidth / pageWidth`). The
 * live DOM therefore has display-frame coords, the served HTML has xy: both end in the same boxes.
 */
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
};

