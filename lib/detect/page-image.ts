/**
 * Finds the page image: the `<img usemap>` whose `<map>` exists (the hotspots are the point of an e-paper
 * page), else the largest visible image. Sizes come from the caller (live layout) or, in Node, from the
 * `width`/`height` attributes and inline `style` pixels.
 */
import { attr } from './dom';

export interface Size {
  width: number;
  height: number;
}

/** Displayed size of an image; either side may be unknown. */
export type PartialSize = { width?: number; height?: number };

export type DisplaySizeOf = (img: Element) => PartialSize | null | undefined;

export interface FoundImage {
  img: Element;
  map: Element | null;
}

/** Images smaller than this are icons, buttons and spacers, never a newspaper page. */
const MIN_PAGE_IMAGE_AREA = 100 * 100;

export function findMap(doc: Document, img: Element): Element | null {
  const usemap = (attr(img, 'usemap') ?? '').trim();
  if (!usemap) return null;
  const name = usemap.replace(/^#/, '');
  const maps = Array.from(doc.querySelectorAll('map'));
  // Browsers match the name exactly; old IE-era templates differ in case, so fall back to a caseless match.
  const byName = (m: Element) => attr(m, 'name') ?? attr(m, 'id') ?? '';
  return maps.find((m) => byName(m) === name) ?? maps.find((m) => byName(m).toLowerCase() === name.toLowerCase()) ?? null;
}

export function findPageImage(doc: Document, displaySizeOf: DisplaySizeOf, preferred?: string): FoundImage | null {
  const images: Element[] = Array.from(doc.querySelectorAll('img')).filter((img) => (attr(img, 'src') ?? '').trim() && !isHidden(img));
  const candidates = preferred ? Array.from(doc.querySelectorAll(preferred)).filter((el) => images.includes(el)) : [];
  for (const img of [...candidates, ...images]) {
    const map = findMap(doc, img);
    if (map && map.querySelector('area')) return { img, map };
  }
  if (candidates.length) return { img: candidates[0], map: findMap(doc, candidates[0]) };
  let best: Element | null = null;
  let bestArea = MIN_PAGE_IMAGE_AREA - 1;
  for (const img of images) {
    const size = displaySizeOf(img);
    const area = (size?.width ?? 0) * (size?.height ?? 0);
    if (area > bestArea) [best, bestArea] = [img, area];
  }
  // With no sizes at all (a bare saved page), a lone image is still the page.
  if (!best && images.length === 1) best = images[0];
  return best ? { img: best, map: findMap(doc, best) } : null;
}

/** Displayed size from markup alone: `width`/`height` attributes, overridden by inline style pixels. */
export function attributeDisplaySize(img: Element): PartialSize {
  const size: PartialSize = {};
  const fromAttr = (name: string) => {
    const m = /^\s*(\d+(?:\.\d+)?)\s*(?:px)?\s*$/i.exec(attr(img, name) ?? '');
    return m ? Number(m[1]) : undefined;
  };
  size.width = fromAttr('width');
  size.height = fromAttr('height');
  const style = attr(img, 'style') ?? '';
  for (const key of ['width', 'height'] as const) {
    const m = new RegExp(`(?:^|[;\\s])${key}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(style);
    if (m) size[key] = Number(m[1]);
  }
  if (!(size.width! > 0)) delete size.width;
  if (!(size.height! > 0)) delete size.height;
  return size;
}

function isHidden(img: Element): boolean {
  if (attr(img, 'hidden') !== null) return true;
  const style = (attr(img, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  return style.includes('display:none') || style.includes('visibility:hidden');
}
