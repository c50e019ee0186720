/**
 * Browser-side access to the bound tab: inject the detector, and read the page image at full resolution.
 * The image is fetched from the extension page (host permission), not drawn from the page's <img>, so a
 * cross-origin image never taints a canvas.
 */
import type { PageDetection } from '../../lib/detect/types';
import { rgbaRaster, tooManyPixels, type Raster } from '../../lib/image';
import { parseDetectorReply } from '../../lib/messaging';

export async function boundTabId(search: string, fromSearch: (s: string) => number | null): Promise<number | null> {
  const fixed = fromSearch(search);
  if (fixed !== null) return fixed;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

export async function detectInTab(tabId: number): Promise<PageDetection> {
  const results = await browser.scripting.executeScript({ target: { tabId }, files: ['/detector.js'] });
  return parseDetectorReply(results[0]?.result);
}

/** Thrown when the image host is not readable yet: the panel offers a permission button for `origin`. */
export class ImageAccessError extends Error {
  constructor(readonly origin: string, override readonly cause: string) {
    super(`cannot read the page image from ${origin}: ${cause}`);
    this.name = 'ImageAccessError';
  }
}

/** A page image with more pixels than a canvas (and the OCR) can hold. */
export class ImageTooLargeError extends Error {
  constructor(readonly detail: string) {
    super(`the page image is ${detail}`);
    this.name = 'ImageTooLargeError';
  }
}

/** Host permissions are per host: match patterns carry no port (Firefox rejects one). */
export function originPattern(url: string): string {
  const { protocol, hostname } = new URL(url);
  return `${protocol}//${hostname}/*`;
}

export async function hasImageAccess(url: string): Promise<boolean> {
  return browser.permissions.contains({ origins: [originPattern(url)] });
}

/** Must run inside a click handler: browsers only show the prompt for a user action. */
export function requestImageAccess(url: string): Promise<boolean> {
  return browser.permissions.request({ origins: [originPattern(url)] });
}

export async function loadPageRaster(url: string): Promise<Raster> {
  let blob: Blob;
  try {
    const res = await fetch(url, { credentials: 'include' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    blob = await res.blob();
  } catch (err) {
    throw new ImageAccessError(new URL(url).origin, err instanceof Error ? err.message : String(err));
  }
  const bitmap = await createImageBitmap(blob);
  try {
    const tooLarge = tooManyPixels(bitmap.width, bitmap.height);
    if (tooLarge) throw new ImageTooLargeError(tooLarge);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context for decoding the page image');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return rgbaRaster(bitmap.width, bitmap.height, data);
  } finally {
    bitmap.close();
  }
}
