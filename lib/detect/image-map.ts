/**
 * Hotspots of `<map>` elements. The map is found from the image (`usemap`, matched caselessly: old
 * templates write `USEMAP=#PagePicMap` for `<MAP NAME="pagepicmap">`), or, when no image names it, it is
 * bound to the image it sits next to. A map may hold `<area>`s with `coords` (displayed-image frame), with
 * an `xy` JSON point list in a frame the site states (解放日报), or positioned `<span data-href>`s (文汇报).
 * Bad areas are skipped with a warning, never guessed.
 */
import { attr } from './dom';
import { circleToPolygon, rectToPolygon } from './geometry';
import { parseCoordList } from './coords';
import { hotspotHref, hotspotTitle, type LinkContext } from './links';
import { nearestImage } from './page-image';
import { boxHotspot, styleBox } from './style-box';
import { toRegions, type Frame, type HotspotSet, type RawHotspot } from './hotspots';
import type { Point, Region } from './types';
import { pushAll } from '../model/big-arrays';

export interface MapContext extends LinkContext {
  /** Frame of `xy` point lists when the site states one (else the image file's pixels). */
  pointFrame?: Frame;
  /** Site rule for areas that carry only an article id (`data-xuhao`). */
  articleHref?: (el: Element) => string | undefined;
}

type Shape = 'rect' | 'poly' | 'circle' | 'default';

const SHAPE_NAMES: Record<string, Shape> = {
  rect: 'rect', rectangle: 'rect', poly: 'poly', polygon: 'poly', circle: 'circle', circ: 'circle', default: 'default',
};

/** The map an image names with `usemap`, by exact name, then caselessly, by name or id. */
export function findMap(doc: Document, img: Element): Element | null {
  const usemap = (attr(img, 'usemap') ?? '').trim();
  if (!usemap) return null;
  const name = usemap.replace(/^#/, '');
  const maps = Array.from(doc.querySelectorAll('map'));
  const names = (m: Element) => [attr(m, 'name') ?? '', attr(m, 'id') ?? ''];
  return maps.find((m) => names(m).includes(name)) ?? maps.find((m) => names(m).some((n) => n.toLowerCase() === name.toLowerCase())) ?? null;
}

/** One set per map that has an image: the images' own maps first, then maps no image names. */
export function imageMapSets(doc: Document, ctx: MapContext): HotspotSet[] {
  const sets: HotspotSet[] = [];
  const bound = new Set<Element>();
  for (const img of Array.from(doc.querySelectorAll('img'))) {
    const map = findMap(doc, img);
    if (!map || bound.has(map)) continue;
    bound.add(map);
    pushAll(sets, mapSets(map, img, ctx));
  }
  for (const map of Array.from(doc.querySelectorAll('map'))) {
    if (bound.has(map)) continue;
    const img = nearestImage(map);
    // An empty map nobody names is a leftover, not a page waiting for its script.
    if (img) pushAll(sets, mapSets(map, img, ctx).filter((s) => s.hotspots.length));
  }
  return sets;
}

/** A map's hotspots, split by frame: coords areas, xy areas, px spans, % spans. */
function mapSets(map: Element, image: Element, ctx: MapContext): HotspotSet[] {
  const byFrame = new Map<string, HotspotSet>();
  const setFor = (key: string, frame: Frame) => {
    if (!byFrame.has(key)) byFrame.set(key, { image, frame, hotspots: [], source: 'image map', warnings: [] });
    return byFrame.get(key)!;
  };
  const warnings: string[] = [];
  Array.from(map.querySelectorAll('area')).forEach((area, index) => {
    const label = `area ${index + 1}`;
    const xy = attr(area, 'xy');
    const outline = !attr(area, 'coords') && xy ? xyOutline(xy, label, warnings) : areaOutline(area, label, warnings);
    if (!outline) return;
    const set = !attr(area, 'coords') && xy ? setFor('xy', ctx.pointFrame ?? { kind: 'natural' }) : setFor('coords', { kind: 'display' });
    set.hotspots.push(withLink(outline, area, ctx));
  });
  for (const el of Array.from(map.querySelectorAll('[data-href], a[href], span[onclick], div[onclick]'))) {
    const box = styleBox(el);
    if (!box) continue;
    const set = box.unit === '%' ? setFor('%', { kind: 'percent' }) : setFor('px', { kind: 'display' });
    set.hotspots.push(withLink(boxHotspot(box), el, ctx));
  }
  const sets = [...byFrame.values()];
  if (sets.length) pushAll(sets[0].warnings, warnings);
  else sets.push({ image, frame: { kind: 'display' }, hotspots: [], source: 'image map', warnings });
  return sets;
}

function withLink(outline: Pick<RawHotspot, 'shape' | 'points'>, el: Element, ctx: MapContext): RawHotspot {
  const hotspot: RawHotspot = { ...outline };
  const href = hotspotHref(el, ctx) ?? ctx.articleHref?.(el);
  if (href) hotspot.href = href;
  const title = hotspotTitle(el) ?? (el.tagName.toLowerCase() === 'area' ? undefined : textOf(el));
  if (title) hotspot.title = title;
  return hotspot;
}

function textOf(el: Element): string | undefined {
  const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text && text.length <= 120 ? text : undefined;
}

/**
 * Regions of one map, in natural pixels, from coords written at `scaleX/scaleY` of them (kept for callers
 * that already know the scale).
 */
export function mapToRegions(map: Element, conversion: { scaleX: number; scaleY: number; width?: number; height?: number; baseUrl: string }): { regions: Region[]; warnings: string[] } {
  const doc = map.ownerDocument;
  const [set] = mapSets(map, map, { doc, base: conversion.baseUrl });
  const warnings = [...set.warnings];
  return { regions: toRegions(set.hotspots, conversion, warnings), warnings };
}

/** The area's outline in its own coordinate frame, or null (with a warning) when unusable. */
function areaOutline(area: Element, label: string, warnings: string[]): Pick<RawHotspot, 'shape' | 'points'> | null {
  const shapeName = (attr(area, 'shape') ?? 'rect').trim().toLowerCase() || 'rect';
  const shape = SHAPE_NAMES[shapeName];
  if (!shape) {
    warnings.push(`${label}: skipped, unknown shape "${shapeName}"`);
    return null;
  }
  // The default area is the whole image minus the others: not an article.
  if (shape === 'default') return null;
  const { values, garbage } = parseCoordList(attr(area, 'coords'));
  if (garbage.length) warnings.push(`${label}: ignored non-numeric coords ${garbage.map((g) => `"${g}"`).join(', ')}`);
  if (shape === 'rect') {
    if (values.length < 4) return tooFew(label, 'rect', 4, values.length, warnings);
    const [x0, y0, x1, y1] = values;
    return { shape: 'rect', points: rectToPolygon(x0, y0, x1, y1) };
  }
  if (shape === 'circle') {
    if (values.length < 3) return tooFew(label, 'circle', 3, values.length, warnings);
    const [cx, cy, r] = values;
    if (!(r > 0)) {
      warnings.push(`${label}: skipped, circle radius ${r} is not positive`);
      return null;
    }
    return { shape: 'circle', points: circleToPolygon(cx, cy, r) };
  }
  if (values.length % 2 === 1) warnings.push(`${label}: polygon has an odd number of coords, dropped the last one`);
  const points: Point[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) points.push([values[i], values[i + 1]]);
  if (points.length < 3) return tooFew(label, 'polygon', 6, values.length, warnings);
  return { shape: 'poly', points };
}

const XY_PAIR = /["']?x["']?\s*:\s*(-?\d+(?:\.\d+)?)\s*,\s*["']?y["']?\s*:\s*(-?\d+(?:\.\d+)?)/g;

/** `xy='[{"x":12,"y":30},…]'`; the site's own reader falls back to a JS literal, so unquoted keys are read too. */
function xyOutline(xy: string, label: string, warnings: string[]): Pick<RawHotspot, 'shape' | 'points'> | null {
  const points: Point[] = [...xy.matchAll(XY_PAIR)].map((m) => [Number(m[1]), Number(m[2])]);
  if (points.length < 3) {
    warnings.push(`${label}: skipped, its xy list has ${points.length} point(s), a polygon needs 3`);
    return null;
  }
  return { shape: 'poly', points };
}

function tooFew(label: string, shape: string, needed: number, got: number, warnings: string[]): null {
  warnings.push(`${label}: skipped, a ${shape} needs ${needed} coords but has ${got}`);
  return null;
}
