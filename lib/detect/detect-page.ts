/**
 * The page detector: page image, article hotspots in natural pixels, metadata. Runs on the live page
 * (content script) and on a linkedom document in Node; whatever only the runtime knows — the displayed
 * size from layout, the image file's natural size — is injected by the caller. Hotspots are looked for
 * in every form pages use (image maps, positioned boxes, SVG, site script data); the page image is the
 * one they lie over.
 */
import type { BBox } from '../model/document';
import { pickAdapter, SITE_ADAPTERS, type SiteAdapter } from './adapters';
import type { AdapterContext } from './adapters/types';
import { attr } from './dom';
import { decideFrame } from './frame';
import { toRegions, type HotspotSet } from './hotspots';
import { findMap, imageMapSets } from './image-map';
import { capRegions, capWarnings } from './limits';
import { joinArticleList } from './list-titles';
import { detectMeta } from './meta';
import { detectPageList } from './page-list';
import { boxOverlaySets, svgOverlaySets } from './overlays';
import { attributeDisplaySize, imageSrc, isHidden, largestImage, type PartialSize, type Size } from './page-image';
import { baseUrl, resolveUrl } from './urls';
import type { PageDetection, Region } from './types';
import { pushAll } from '../model/big-arrays';

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
  const ctx: AdapterContext = { doc, base, url };
  const sizeOf = (img: Element): PartialSize => ({ ...attributeDisplaySize(img), ...definedOnly(env.displaySize?.(img)) });
  const warnings: string[] = [];
  const meta = detectMeta(doc, url, base, adapter);
  const pageList = detectPageList(doc, url, base, adapter);
  const listData = pageList ? undefined : adapter.pageListData?.({ doc, base, url });
  const listed = pageList ? { pageList } : listData ? { pageListData: listData } : {};
  // Live, layout knows what is shown: an image it gives no size is hidden by a stylesheet.
  const shownOnPage = (img: Element) => !isHidden(img) && (!env.displaySize || !!env.displaySize(img)?.width);
  const set = chooseHotspots(ctx, adapter, shownOnPage, warnings);
  const img = set?.image ?? largestImage(doc, sizeOf, adapter.imageSelector);
  const imageUrl = img ? resolveUrl(imageSrc(img), base) : undefined;
  if (!img || !imageUrl) {
    warnings.push(img ? `the page image has no usable src URL${/^\//.test(imageSrc(img)) ? ` ("${imageSrc(img)}" is relative to a site whose address is unknown)` : ''}` : 'no page image found');
    return { meta, image: null, regions: [], adapter: adapter.id, ...listed, warnings: capWarnings(warnings) };
  }
  if (attr(img, 'usemap') && !findMap(doc, img)) warnings.push(`the page image uses map "${attr(img, 'usemap')}", which the page does not have`);
  const given = typeof env.naturalSize === 'function' ? env.naturalSize(img) : env.naturalSize;
  const natural = given && given.width > 0 && given.height > 0 ? given : undefined;
  const shown = sizeOf(img);
  if (natural && shown.width && shown.height && Math.abs(shown.width / shown.height / (natural.width / natural.height) - 1) > ASPECT_TOLERANCE) {
    warnings.push(`displayed size ${shown.width}×${shown.height} has another aspect ratio than the image ${natural.width}×${natural.height}`);
  }
  let regions: Region[] = [];
  let frame: { width?: number; height?: number } = { width: shown.width ?? adapter.coordFrameWidth, height: shown.height };
  if (set?.hotspots.length) {
    const decision = decideFrame(set, { shown, natural, siteFrameWidth: adapter.coordFrameWidth }, warnings);
    // A percent or viewBox frame is not a size on screen: the displayed size stays what layout or markup says.
    if (set.frame.kind === 'display' || set.frame.kind === 'natural') frame = { width: decision.frameWidth, height: decision.frameHeight };
    regions = toRegions(set.hotspots, decision, warnings);
    if (!regions.length) warnings.push(`the ${set.source} has no usable hotspots: using the whole image`);
    joinArticleList(regions, doc, base);
  }
  const bounds = natural ?? (frame.width && frame.height ? { width: frame.width, height: frame.height } : undefined);
  if (!regions.length && bounds) regions = [wholeRegion(bounds)];
  meta.imageUrl = imageUrl;
  if (natural) meta.imageSize = { width: natural.width, height: natural.height };
  const image = {
    url: imageUrl,
    displayWidth: frame.width ?? natural?.width ?? 0,
    displayHeight: frame.height ?? (frame.width && natural ? (frame.width * natural.height) / natural.width : natural?.height ?? 0),
    ...(natural ? { naturalWidth: natural.width, naturalHeight: natural.height } : {}),
  };
  return { meta, image, regions: capRegions(regions, warnings), adapter: adapter.id, ...listed, warnings: capWarnings(warnings) };
}

/**
 * The hotspot set to read: the live or saved DOM's own (maps, SVG, positioned boxes), else the site's
 * script data. Sets over the adapter's page image come first, then those over a shown image; with several page images (a two-page
 * spread), the first one is read and the others named in a warning.
 */
function chooseHotspots(ctx: AdapterContext, adapter: SiteAdapter, shownOnPage: (img: Element) => boolean, warnings: string[]): HotspotSet | undefined {
  const overlay = { ...ctx, articleHref: adapter.articleHref && ((el: Element) => adapter.articleHref!(el, ctx)), titleAttributes: adapter.titleAttributes };
  const dom = [...imageMapSets(ctx.doc, { ...overlay, pointFrame: adapter.pointFrame }), ...svgOverlaySets(ctx.doc, overlay), ...boxOverlaySets(ctx.doc, overlay)];
  let usable = dom.filter((s) => s.hotspots.length);
  if (!usable.length && adapter.scriptHotspots) usable = adapter.scriptHotspots(ctx).filter((s) => s.hotspots.length);
  if (!usable.length) {
    const emptyMap = dom.find((s) => s.source === 'image map');
    if (emptyMap && !emptyMap.warnings.length) {
      warnings.push('the image map is empty: this page builds its hotspots with script, open it in the browser (extension) to read them');
    } else if (emptyMap) {
      pushAll(warnings, emptyMap.warnings).push('the image map has no usable hotspots: using the whole image');
    }
    return emptyMap;
  }
  const preferred = adapter.imageSelector ? Array.from(ctx.doc.querySelectorAll(adapter.imageSelector)) : [];
  // Stable sort: the adapter's page image, then images the page shows (a swiper keeps other pages hidden), then document order.
  const rank = (s: HotspotSet) => Number(preferred.includes(s.image)) * 2 + Number(shownOnPage(s.image));
  usable.sort((a, b) => rank(b) - rank(a));
  const chosen = usable[0];
  pushAll(warnings, chosen.warnings);
  const others = [...new Set(usable.map((s) => s.image))].filter((img) => img !== chosen.image);
  if (others.length) {
    warnings.push(`the page shows ${others.length + 1} page images with hotspots: read the first (${imageSrc(chosen.image)}); not read: ${others.map(imageSrc).join(', ')}`);
  }
  return chosen;
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
