/**
 * 长沙晚报 (icswb.com, the "icms" PHP e-paper): two pages side by side, `img#img1`/`img#img2` inside
 * `position:relative` wrappers, one `div.mask` per article (`id="div_<articleId>"`, headline in
 * `idvalue`, link in a child `<a>`). The server writes the geometry only into script —
 * `var arr1 = [[id, title, x%, y%, w%, h%], …]` — and the page's script places the masks in px of the
 * displayed image (evidence: the site's template, docs/detection.md §Overlays). The live DOM is read by
 * the generic overlay rule; the served HTML through the arrays here, in percent of the image.
 */
import { hotspotHref } from '../links';
import { rectToPolygon } from '../geometry';
import type { HotspotSet, RawHotspot } from '../hotspots';
import { hostOf } from '../urls';
import type { AdapterContext, SiteAdapter } from './types';

const POINT_ARRAY = /\barr(\d+)\s*=\s*(\[[\s\S]*?\]\s*\])\s*;/g;

export const changshaAdapter: SiteAdapter = {
  id: 'changsha',
  matches(url, doc) {
    return /(^|\.)icswb\.com$/i.test(hostOf(url)) || doc.querySelector('div.mask[idvalue]') !== null;
  },
  titleAttributes: ['idvalue'],
  scriptHotspots: scriptArrays,
};

function scriptArrays(ctx: AdapterContext): HotspotSet[] {
  const sets: HotspotSet[] = [];
  for (const script of Array.from(ctx.doc.querySelectorAll('script'))) {
    for (const m of (script.textContent ?? '').matchAll(POINT_ARRAY)) {
      const image = ctx.doc.querySelector(`img#img${m[1]}`);
      const rows = parseRows(m[2]);
      if (!image || !rows) continue;
      const set: HotspotSet = { image, frame: { kind: 'percent' }, hotspots: [], source: 'script data', warnings: [] };
      rows.forEach((row, index) => {
        const [id, title, x, y, w, h] = row;
        if (![x, y, w, h].every((v) => typeof v === 'number' && Number.isFinite(v))) {
          set.warnings.push(`arr${m[1]} entry ${index + 1}: skipped, x/y/w/h are not numbers`);
          return;
        }
        const [left, top, width, height] = [x, y, w, h] as number[];
        const hotspot: RawHotspot = { shape: 'rect', points: rectToPolygon(left, top, left + width, top + height) };
        const mask = ctx.doc.getElementById(`div_${id}`);
        const href = mask ? hotspotHref(mask, ctx) : undefined;
        const name = mask?.getAttribute('idvalue')?.trim() || (typeof title === 'string' ? title.trim() : '');
        if (href) hotspot.href = href;
        if (name) hotspot.title = name;
        set.hotspots.push(hotspot);
      });
      sets.push(set);
    }
  }
  return sets;
}

function parseRows(text: string): unknown[][] | undefined {
  for (const candidate of [text, text.replace(/'/g, '"')]) {
    try {
      const rows: unknown = JSON.parse(candidate);
      if (Array.isArray(rows) && rows.every(Array.isArray)) return rows as unknown[][];
    } catch {
      // Tried with double quotes next.
    }
  }
  return undefined;
}
