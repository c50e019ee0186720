/**
 * The page image: the image the hotspots lie over (found with them, see detect-page.ts); without hotspots,
 * the largest visible image. Sizes come from the caller (live layout) or, in Node, from markup: `width`/
 * `height` attributes, then stylesheet rules, then inline style — the order a browser applies them.
 */
import { stylesheetSize } from './css-size';
import { attr } from './dom';
import { inlineStyle } from './style-box';

export interface Size {
  width: number;
  height: number;
}

/** Displayed size of an image; either side may be unknown. */
export type PartialSize = { width?: number; height?: number };

export type DisplaySizeOf = (img: Element) => PartialSize | null | undefined;

/** Images smaller than this are icons, buttons and spacers, never a newspaper page. */
const MIN_PAGE_IMAGE_AREA = 100 * 100;

// Lazy loaders put a spinner or a blank in `src` and the page in `data-src` / `onload_img` (swiper slides).
const PLACEHOLDER_SRC = /^(?:data:|about:)|(?:loading|blank|spacer|placeholder|lazy)[\w-]*\.(?:gif|png|svg)(?:[?#]|$)/i;
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-original', 'onload_img', 'data-lazy-src'];

/** The URL an image shows, as written: `src` (or SVG `href`), or its lazy-load attribute when src is a placeholder. */
export function imageSrc(img: Element): string {
  const src = (attr(img, 'src') ?? attr(img, 'href') ?? attr(img, 'xlink:href') ?? '').trim();
  if (src && !PLACEHOLDER_SRC.test(src)) return src;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const lazy = attr(img, name)?.trim();
    if (lazy) return lazy;
  }
  return src;
}

/** The largest visible image, or a lone image when no size is known at all. */
export function largestImage(doc: Document, displaySizeOf: DisplaySizeOf, preferred?: string): Element | null {
  const images = pageImages(doc);
  const candidates = preferred ? Array.from(doc.querySelectorAll(preferred)).filter((el) => images.includes(el)) : [];
  if (candidates.length) return candidates[0];
  let best: Element | null = null;
  let bestArea = MIN_PAGE_IMAGE_AREA - 1;
  for (const img of images) {
    const size = displaySizeOf(img);
    const area = (size?.width ?? 0) * (size?.height ?? 0);
    if (area > bestArea) [best, bestArea] = [img, area];
  }
  // With no sizes at all (a bare saved page), a lone image is still the page.
  if (!best && images.length === 1) best = images[0];
  return best;
}

/** The image a hotspot container sits with: the nearest ancestor (up to a few levels) that holds one. */
export function nearestImage(el: Element, levels = 4): Element | null {
  let cur: Element | null = el.parentElement;
  for (let i = 0; cur && i < levels; i += 1, cur = cur.parentElement) {
    const img = Array.from(cur.querySelectorAll('img')).find((i) => !el.contains(i) && imageSrc(i) && !isHidden(i) && !isIcon(i));
    if (img) return img;
  }
  return null;
}

/** Displayed size from markup alone: `width`/`height` attributes, then stylesheet rules, then inline style pixels. */
export function attributeDisplaySize(img: Element): PartialSize {
  const size: PartialSize = {};
  const fromAttr = (name: string) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(attr(img, name) ?? '');
    return m ? Number(m[1]) : undefined;
  };
  size.width = fromAttr('width');
  size.height = fromAttr('height');
  Object.assign(size, stylesheetSize(img));
  const style = inlineStyle(img);
  for (const key of ['width', 'height'] as const) {
    const m = /^(\d+(?:\.\d+)?)px$/i.exec(style.get(key) ?? '');
    if (m) size[key] = Number(m[1]);
  }
  if (!(size.width! > 0)) delete size.width;
  if (!(size.height! > 0)) delete size.height;
  return size;
}

function pageImages(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('img')).filter((img) => imageSrc(img) && !isHidden(img));
}

function isIcon(img: Element): boolean {
  const { width, height } = attributeDisplaySize(img);
  return (width ?? Infinity) * (height ?? Infinity) < MIN_PAGE_IMAGE_AREA;
}

/** Hidden by markup (`hidden`, inline `display:none`/`visibility:hidden`): a slide that is not shown. */
export function isHidden(img: Element): boolean {
  if (attr(img, 'hidden') !== null) return true;
  const style = (attr(img, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
