/**
 * Hotspots drawn over the image instead of mapped onto it: absolutely positioned `<div>`/`<a>` boxes (px
 * or %, e.g. 长沙晚报 `div.mask`, 四川日报 `a.selectBox`) and SVG shapes (国家电网报 `<polygon class="area"
 * points data-contentid>`). The page image is the one the boxes sit with, not the largest on the page, so
 * a two-page spread yields one set per page.
 */
import { attr } from './dom';
import { parseCoordList } from './coords';
import { rectToPolygon } from './geometry';
import { hotspotHref, hotspotTitle, type LinkContext } from './links';
import { nearestImage } from './page-image';
import { boxHotspot, inlineStyle, styleBox } from './style-box';
import type { Frame, HotspotSet, RawHotspot } from './hotspots';
import type { Point } from './types';

export interface OverlayContext extends LinkContext {
  /** Site rule for hotspots that carry only an article id (`data-contentid`). */
  articleHref?: (el: Element) => string | undefined;
  /** Extra attributes that hold a hotspot's title (`idvalue` on 长沙晚报). */
  titleAttributes?: readonly string[];
}

const BOX_TAGS = 'div, a, span, li';
/** One positioned link beside an image is a badge or a banner; article overlays come several to a page. */
const MIN_OVERLAY_BOXES = 2;

export function boxOverlaySets(doc: Document, ctx: OverlayContext): HotspotSet[] {
  const sets: HotspotSet[] = [];
  for (const el of Array.from(doc.querySelectorAll(BOX_TAGS))) {
    if (el.closest('map') || inlineStyle(el).get('display') === 'none') continue;
    const box = styleBox(el);
    if (!box) continue;
    // A nested box (a link inside a placed div) is the same hotspot.
    if (el.parentElement?.closest(BOX_TAGS) && styleBox(el.parentElement.closest(BOX_TAGS)!)) continue;
    const image = nearestImage(el);
    if (!image) continue;
    const hotspot: RawHotspot = boxHotspot(box);
    const href = hotspotHref(el, ctx) ?? ctx.articleHref?.(el);
    const title = hotspotTitle(el, ctx.titleAttributes);
    // Positioned decoration (hover outlines, badges) links nowhere and names nothing.
    if (!href && !title) continue;
    if (href) hotspot.href = href;
    if (title) hotspot.title = title;
    const frame: Frame = box.unit === '%' ? { kind: 'percent' } : { kind: 'display' };
    setFor(sets, image, frame).hotspots.push(hotspot);
  }
  return sets.filter((s) => s.hotspots.length >= MIN_OVERLAY_BOXES);
}

export function svgOverlaySets(doc: Document, ctx: OverlayContext): HotspotSet[] {
  const sets: HotspotSet[] = [];
  for (const svg of Array.from(doc.querySelectorAll('svg'))) {
    const image = svg.querySelector('image') ?? nearestImage(svg);
    if (!image) continue;
    const { frame, offset } = svgFrame(svg);
    const set: HotspotSet = { image, frame, hotspots: [], source: 'SVG overlay', warnings: [] };
    for (const shape of Array.from(svg.querySelectorAll('polygon, polyline, rect'))) {
      const points = shapePoints(shape).map(([x, y]): Point => [x - offset[0], y - offset[1]]);
      if (points.length < 3) {
        set.warnings.push(`SVG ${shape.tagName.toLowerCase()} ${set.hotspots.length + 1}: skipped, it has fewer than 3 points`);
        continue;
      }
      const hotspot: RawHotspot = { shape: shape.tagName.toLowerCase() === 'rect' ? 'rect' : 'poly', points };
      const link = shape.closest('a') ?? shape;
      const href = hotspotHref(link, ctx) ?? ctx.articleHref?.(shape);
      const title = hotspotTitle(shape, ctx.titleAttributes) ?? shape.querySelector('title')?.textContent?.trim();
      if (href) hotspot.href = href;
      if (title) hotspot.title = title;
      set.hotspots.push(hotspot);
    }
    if (set.hotspots.length || set.warnings.length) sets.push(set);
  }
  return sets;
}

/** viewBox units span the image the SVG covers; without one, width/height are CSS pixels. */
function svgFrame(svg: Element): { frame: Frame; offset: Point } {
  const vb = parseCoordList(attr(svg, 'viewBox')).values;
  if (vb.length === 4 && vb[2] > 0 && vb[3] > 0) return { frame: { kind: 'stated', width: vb[2], height: vb[3] }, offset: [vb[0], vb[1]] };
  const size = ['width', 'height'].map((k) => /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/.exec(attr(svg, k) ?? '')?.[1]);
  if (size[0] && size[1]) return { frame: { kind: 'stated', width: Number(size[0]), height: Number(size[1]) }, offset: [0, 0] };
  return { frame: { kind: 'display' }, offset: [0, 0] };
}

function shapePoints(shape: Element): Point[] {
  if (shape.tagName.toLowerCase() === 'rect') {
    const [x, y, w, h] = ['x', 'y', 'width', 'height'].map((k) => Number(attr(shape, k) ?? 0));
    return w > 0 && h > 0 ? rectToPolygon(x, y, x + w, y + h) : [];
  }
  const { values } = parseCoordList(attr(shape, 'points'));
  const points: Point[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) points.push([values[i], values[i + 1]]);
  return points;
}

/** One set per image and frame kind: px and % boxes over the same image scale differently. */
function setFor(sets: HotspotSet[], image: Element, frame: Frame): HotspotSet {
  const existing = sets.find((s) => s.image === image && s.frame.kind === frame.kind);
  if (existing) return existing;
  const set: HotspotSet = { image, frame, hotspots: [], source: 'overlay', warnings: [] };
  sets.push(set);
  return set;
}
