/**
 * Browser-side access to the bound tab: inject the detector, and read the page image at full resolution.
 * The image is fetched from the extension page (host permission), not drawn from the page's <img>, so a
 * cross-origin image never taints a canvas.
 */
import type { PageDetection } from '../../lib/detect/types';
import { GRAY_DECODE_PIXELS, grayRaster, MAX_IMAGE_BYTES, putGrayStrip, readCappedBytes, rgbaRaster, tooManyPixels, type Raster } from '../../lib/image';
import { parseDetectorReply } from '../../lib/messaging';
import { yieldToEventLoop } from '../../lib/ocr/yield';

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

/**
 * Pixels of one RGBA strip when a big page is decoded to gray: 8 MB of RGBA at a time, small enough that
 * converting one strip stays a short task on the main thread.
 */
const STRIP_PIXELS = 2_000_000;

export async function loadPageRaster(url: string): Promise<Raster> {
  let blob: Blob;
  try {
    const res = await fetch(url, { credentials: 'include' });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    blob = await readImageBody(res, MAX_IMAGE_BYTES);
  } catch (err) {
    if (err instanceof ImageTooLargeError) throw err;
    throw new ImageAccessError(new URL(url).origin, err instanceof Error ? err.message : String(err));
  }
  const bitmap = await createImageBitmap(blob);
  try {
    const tooLarge = tooManyPixels(bitmap.width, bitmap.height);
    if (tooLarge) throw new ImageTooLargeError(tooLarge);
    if (bitmap.width * bitmap.height > GRAY_DECODE_PIXELS) return await grayInStrips(bitmap);
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

/**
 * A page too large to hold as RGBA (plus its canvas) is read strip by strip into one gray raster, as the
 * CLI decodes it; the panel gets a turn between strips so it stays responsive.
 */
async function grayInStrips(bitmap: ImageBitmap): Promise<Raster> {
  const { width, height } = bitmap;
  const rows = Math.max(1, Math.floor(STRIP_PIXELS / width));
  const page = grayRaster(width, height, new Uint8ClampedArray(width * height));
  const canvas = new OffscreenCanvas(width, Math.min(rows, height));
  // Read back once per strip: a CPU-backed canvas makes each getImageData a copy, not a GPU readback.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas context for decoding the page image');
  // 1:1 copies: no smoothing, so a strip's edge rows never mix with the rows of the next one.
  ctx.imageSmoothingEnabled = false;
  for (let top = 0; top < height; top += rows) {
    const h = Math.min(rows, height - top);
    // Cleared first: a transparent pixel must read as paper, not as the previous strip under it.
    ctx.clearRect(0, 0, width, canvas.height);
    ctx.drawImage(bitmap, 0, top, width, h, 0, 0, width, h);
    putGrayStrip(page, top, ctx.getImageData(0, 0, width, h).data);
    await yieldToEventLoop();
  }
  return page;
}

/** The image body, refused with ImageTooLargeError as soon as it is known to pass `maxBytes` (see readCappedBytes). */
export async function readImageBody(res: Response, maxBytes: number): Promise<Blob> {
  const tooLarge = (declared: number | undefined) =>
    new ImageTooLargeError(`${declared === undefined ? `over ${mib(maxBytes)}` : mib(declared)} to download, limit ${mib(maxBytes)}`);
  const bytes = await readCappedBytes(res, maxBytes, tooLarge);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: res.headers.get('content-type') ?? '' });
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MB`;
}
