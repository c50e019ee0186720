/**
 * The page detector: page image, article hotspots in natural pixels, metadata. Runs on the live page
 * (content script) and on a linkedom document in Node; whatever only the runtime knows — the displayed
 * size from layout, the image file's natural size — is injected by the caller.
 */
import type { BBox } from '../model/document';
import { pickAdapter, SITE_ADAPTERS, type SiteAdapter } from './adapters';
import { attr } from './dom';
import { mapToRegions } from './image-map';
import { detectMeta } from './meta';
import { attributeDisplaySize, findPageImage, type PartialSize, type Size } from './page-image';
import { baseUrl, resolveUrl } from './urls';
import type { PageDetection, Region } from './types';

export interface DetectEnv {
  /** Displayed (CSS px) size of an image from layout; markup attributes fill what it leaves out. */
  displaySize?: (img: Element) => PartialSize | null | undefined;
  /**
   * Natural size of the page image file: a size (Node: read from the image bytes) or a function of the
   * chosen image (live page: its naturalWidth/Height).
   */
  naturalSize?: Size | ((img: Element) => Size | undefined);
  /** Adapters to try, most specific first (defaults to the registered ones). */
  adapters?: readonly SiteAdapter[];
}

/** Displayed and natural sizes that differ more than this in aspect ratio mean the coords frame is in doubt. */
const ASPECT_TOLERANCE = 0.03;

export function detectPage(doc: Document, url: string, env: DetectEnv = {}): PageDetection {
  const base = baseUrl(doc, url);
  const adapter = pickAdapter(url, doc, env.adapters ?? SITE_ADAPTERS);
  const sizeOf = (img: Element): PartialSize => ({ ...attributeDisplaySize(img), ...definedOnly(env.displaySize?.(img)) });
  const warnings: string[] = [];
  const meta = detectMeta(doc, url, base, adapter);
  const found = findPageImage(doc, sizeOf, adapter.imageSelector);
  const imageUrl = found ? resolveUrl(attr(found.img, 'src') ?? '', base) : undefined;
  if (!found || !imageUrl) {
    warnings.push(found ? 'the page image has no usable src URL' : 'no page image found');
    return { meta, image: null, regions: [], adapter: adapter.id, warnings };
  }
  const given = typeof env.naturalSize === 'function' ? env.naturalSize(found.img) : env.naturalSize;
  const natural = given && given.width > 0 && given.height > 0 ? given : undefined;
  const shown = sizeOf(found.img);
  const frameWidth = shown.width ?? adapter.coordFrameWidth;
  // A missing height follows the image's aspect ratio, as the browser lays it out.
  const frameHeight = shown.height ?? (frameWidth && natural ? (frameWidth * natural.height) / natural.width : undefined);
  let scaleX = 1;
  let scaleY = 1;
  if (natural && frameWidth && frameHeight) [scaleX, scaleY] = [natural.width / frameWidth, natural.height / frameHeight];
  if (found.map && !natural) warnings.push('image file size unknown: regions are in displayed pixels');
  if (found.map && natural && !frameWidth) warnings.push('displayed size unknown: hotspot coords taken as image pixels');
  if (natural && shown.width && shown.height && Math.abs(shown.width / shown.height / (natural.width / natural.height) - 1) > ASPECT_TOLERANCE) {
    warnings.push(`displayed size ${shown.width}×${shown.height} has another aspect ratio than the image ${natural.width}×${natural.height}`);
  }
  const bounds = natural ?? (frameWidth && frameHeight ? { width: frameWidth, height: frameHeight } : undefined);
  let regions: Region[] = [];
  if (found.map) {
    const converted = mapToRegions(found.map, { scaleX, scaleY, width: bounds?.width, height: bounds?.height, baseUrl: base });
    regions = converted.regions;
    warnings.push(...converted.warnings);
    if (!regions.length) warnings.push('the image map has no usable hotspots: using the whole image');
  }
  if (!regions.length && bounds) regions = [wholeRegion(bounds)];
  meta.imageUrl = imageUrl;
  if (natural) meta.imageSize = { width: natural.width, height: natural.height };
  const image = {
    url: imageUrl,
    displayWidth: frameWidth ?? natural?.width ?? 0,
    displayHeight: frameHeight ?? natural?.height ?? 0,
    ...(natural ? { naturalWidth: natural.width, naturalHeight: natural.height } : {}),
  };
  return { meta, image, regions, adapter: adapter.id, warnings };
}

/** The one region of a page without hotspots: the whole image. */
export function wholeRegion(size: Size): Region {
  const { width: w, height: h } = size;
  const box: BBox = [0, 0, Math.ceil(w), Math.ceil(h)];
  return { id: 'whole', shape: 'whole', polygon: [[0, 0], [w, 0], [w, h], [0, h]], box };
}

function definedOnly(size: PartialSize | null | undefined): PartialSize {
  const out: PartialSize = {};
  if (size?.width && size.width > 0) out.width = size.width;
  if (size?.height && size.height > 0) out.height = size.height;
  return out;
}
