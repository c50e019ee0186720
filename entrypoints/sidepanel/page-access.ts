/**
 * Browser-side access to the bound tab: inject the detector, and read the page image at full resolution.
 * The image is fetched from the extension page (host permission), not drawn from the page's <img>, so a
 * cross-origin image never taints a canvas.
 */
import type { PageDetection } from '../../lib/detect/types';
import { MAX_IMAGE_BYTES, readCappedBytes, type Raster } from '../../lib/image';
import { parseDetectorReply } from '../../lib/messaging';
import { parseFromPageDecoder, type ToPageDecoder } from '../../lib/messaging/page-reader';
import { ImageTooLargeError } from './page-decode';

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

/** The page image at full resolution: fetched here (the panel holds the host permission), decoded in the page decoder worker. */
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
  return decodeInWorker(blob);
}

/** One decoder worker per image: its memory (a big page's decoded frame) goes when it is stopped. */
function decodeInWorker(image: Blob): Promise<Raster> {
  return new Promise<Raster>((resolve, reject) => {
    const thread = new Worker(new URL('./page-decode.worker.ts', import.meta.url), { type: 'module' });
    const end = (settle: () => void) => {
      thread.terminate();
      settle();
    };
    thread.onmessage = (event: MessageEvent) => {
      try {
        const m = parseFromPageDecoder(event.data);
        if (m.type === 'decoded') end(() => resolve(m.raster));
        else end(() => reject(m.type === 'tooLarge' ? new ImageTooLargeError(m.detail) : new Error(`the page image could not be decoded: ${m.message}`)));
      } catch (err) {
        end(() => reject(err));
      }
    };
    thread.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      end(() => reject(new Error(`the page image could not be decoded: ${event.message || 'the decoder worker failed to start or crashed'}`)));
    };
    const message: ToPageDecoder = { type: 'decode', image };
    thread.postMessage(message);
  });
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
