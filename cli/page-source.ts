/**
 * Loads an e-paper page in Node for `epaper-md ocr`: an image file (one whole region), a saved HTML page
 * or an http(s) URL (the image may live on another host). The HTML is parsed with linkedom and run through
 * the same detector the extension uses; the image file gives the natural size. A saved copy is detected at
 * its address on the web (`--url`, else its `saved from url` comment or `<base>`), so it gives the same
 * site adapter, links and boxes as the live page. `--regions FILE` replaces the detected hotspots.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, dirname, extname, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseHTML } from 'linkedom';
import sharp from 'sharp';
import { z } from 'zod';
import { dateFromUrl, decodeHtmlBytes, detectPage, polygonBox, rectToPolygon, resolveUrl, wholeRegion } from '../lib/detect';
import { BrokenBodyError, MAX_IMAGE_BYTES, readCappedBytes, tooManyPixels } from '../lib/image';
import type { PageDetection, Point, Region } from '../lib/detect/types';
import { UsageError } from './errors';
import { USER_AGENT } from './user-agent';

const FETCH_TIMEOUT_MS = 30_000;
/**
 * Upper bound on what one HTML page or stylesheet may make us read into memory (the image's is
 * MAX_IMAGE_BYTES of lib/image). A body over the cap is refused while it streams.
 */
export const MAX_HTML_BYTES = 32 * 1024 * 1024;
/** One line of the smallest print OCR can read is about this tall. */
const MIN_IMAGE_SIDE = 8;
const HTML_EXTENSIONS = new Set(['.htm', '.html', '.shtml', '.xhtml']);

export interface Loaded {
  bytes: Buffer;
  contentType?: string;
}

export interface LoadOptions {
  /** The page's address on the web, for a saved copy (`--url`); else read from the copy itself. */
  url?: string;
  /** Where the detector's warnings go (default: stderr), so dropped hotspots never vanish silently. */
  onWarning?: (warning: string) => void;
  /** Time limit of each HTTP request, body included (default 30 s). */
  timeoutMs?: number;
}

export async function loadPage(pathOrUrl: string, options: LoadOptions = {}): Promise<{ detection: PageDetection; image: Buffer }> {
  const isUrl = /^https?:\/\//i.test(pathOrUrl);
  if (options.url !== undefined && !/^https?:\/\/[^/]/i.test(options.url)) throw new UsageError(`--url must be an http(s) address, got "${options.url}"`);
  const fileUrl = isUrl ? pathOrUrl : pathToFileURL(resolve(pathOrUrl)).href;
  // The first load is a page or an image: the image cap, checked again for HTML before parsing.
  const page = await loadBytes(fileUrl, pathOrUrl, { maxBytes: MAX_IMAGE_BYTES, timeoutMs: options.timeoutMs });
  if (!looksLikeHtml(page, pathOrUrl)) return imageOnly(page.bytes, pathOrUrl, fileUrl);
  if (page.bytes.length > MAX_HTML_BYTES) throw new Error(`${pathOrUrl} is ${mib(page.bytes.length)}: too large for an HTML page (limit ${mib(MAX_HTML_BYTES)})`);
  const html = decodeHtmlBytes(page.bytes, page.contentType);
  const { document } = parseHTML(html);
  const siteUrl = isUrl ? pathOrUrl : options.url ?? savedFromUrl(html) ?? httpBase(document, fileUrl);
  await inlineStylesheets(document, fileUrl, siteUrl, options.timeoutMs);
  const pageUrl = siteUrl ?? fileUrl;
  const first = detectPage(document, pageUrl);
  if (!first.image) {
    const why = first.warnings.length ? ` (${first.warnings.join('; ')})` : '';
    const hint = !siteUrl && first.warnings.some((w) => w.includes('address is unknown')) ? ': pass --url with the page’s address' : '';
    throw new UsageError(`no page image found on ${pathOrUrl}${why}${hint}`);
  }
  const image = await loadImage(first.image.url, options.timeoutMs, isUrl ? undefined : { fileUrl, siteUrl }).catch((err: unknown) => {
    // A new error of the same kind: a DOMException's message cannot be assigned to, and the exit code
    // (usage or failure) must stay what the cause says.
    throw withContext(err, `page image of ${pathOrUrl}`);
  });
  const size = await imageSize(image.bytes, `page image ${first.image.url}`);
  // Detect again now that the natural size is known: the hotspots scale from their frame to it.
  const detection = detectPage(document, pageUrl, { naturalSize: size });
  const warn = options.onWarning ?? ((w: string) => process.stderr.write(`warning: ${w}\n`));
  for (const warning of detection.warnings) warn(warning);
  return { detection, image: image.bytes };
}

/** Browsers write `<!-- saved from url=(0071)http://… -->` at the top of a saved page. */
export function savedFromUrl(html: string): string | undefined {
  const m = /<!--\s*saved from url=\(\d+\)\s*(https?:\/\/[^\s>]+?)\s*-->/i.exec(html.slice(0, 4096));
  return m?.[1];
}

/** A `<base href>` that names the site; a folder base gets the copy's own file name (saving keeps it). */
function httpBase(doc: Document, fileUrl: string): string | undefined {
  const href = doc.querySelector('base')?.getAttribute('href')?.trim();
  if (!href || !/^https?:\/\//i.test(href)) return undefined;
  return href.endsWith('/') ? new URL(basename(fileURLToPath(fileUrl)), href).href : href;
}

/**
 * The image of a saved copy is looked for beside the file first — at the place it has relative to the
 * page on the site (a mirrored tree, or the `_files` folder a browser writes) — then on the site.
 */
async function loadImage(imageUrl: string, timeoutMs: number | undefined, saved?: { fileUrl: string; siteUrl?: string }): Promise<Loaded> {
  const local = saved?.siteUrl ? localCopy(imageUrl, saved.siteUrl, saved.fileUrl) : undefined;
  if (local) {
    try {
      return await readLocal(fileURLToPath(local), local, MAX_IMAGE_BYTES);
    } catch {
      // Not saved with the page: fetched from the site below.
    }
  }
  return loadBytes(imageUrl, imageUrl, { maxBytes: MAX_IMAGE_BYTES, timeoutMs });
}

function localCopy(url: string, siteUrl: string, fileUrl: string): string | undefined {
  const target = new URL(url);
  const site = new URL(siteUrl);
  if (target.origin !== site.origin) return undefined;
  const siteDir = site.pathname.endsWith('/') ? site.pathname : posix.dirname(site.pathname);
  const rel = posix.relative(decodeURIComponent(siteDir), decodeURIComponent(target.pathname));
  return pathToFileURL(resolve(dirname(fileURLToPath(fileUrl)), rel)).href;
}

const MAX_STYLESHEETS = 8;

/** Linked stylesheets become `<style>` text, so image sizes set by CSS count as they do in the browser. */
async function inlineStylesheets(doc: Document, fileUrl: string, siteUrl: string | undefined, timeoutMs?: number): Promise<void> {
  const links = Array.from(doc.querySelectorAll('link')).filter((l) => /stylesheet/i.test(l.getAttribute('rel') ?? '')).slice(0, MAX_STYLESHEETS);
  for (const link of links) {
    const href = link.getAttribute('href')?.trim();
    if (!href) continue;
    const places = [resolveUrl(href, fileUrl), siteUrl && resolveUrl(href, siteUrl)].filter((u): u is string => !!u);
    for (const place of [...new Set(places)]) {
      const css = await loadBytes(place, place, { maxBytes: MAX_HTML_BYTES, timeoutMs }).then((b) => b.bytes.toString('utf8'), () => undefined);
      if (css === undefined) continue;
      const style = doc.createElement('style');
      style.textContent = css;
      (doc.head ?? doc.documentElement).appendChild(style);
      break;
    }
  }
}

async function imageOnly(bytes: Buffer, label: string, url: string): Promise<{ detection: PageDetection; image: Buffer }> {
  const size = await imageSize(bytes, label);
  const date = dateFromUrl(url);
  const detection: PageDetection = {
    meta: { url, imageUrl: url, imageSize: size, ...(date ? { date } : {}) },
    image: { url, displayWidth: size.width, displayHeight: size.height, naturalWidth: size.width, naturalHeight: size.height },
    regions: [wholeRegion(size)],
    adapter: 'image-file',
    warnings: [],
  };
  return { detection, image: bytes };
}

/** `err` with `context: ` before its message, as a new error of the same class (UsageError stays a usage error). */
function withContext(err: unknown, context: string): Error {
  const message = `${context}: ${err instanceof Error ? err.message : String(err)}`;
  return err instanceof UsageError ? new UsageError(message, { cause: err }) : new Error(message, { cause: err });
}

function describeError(err: unknown): string {
  if (!(err instanceof Error)) return String(err);
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  return cause?.code ?? cause?.message ?? err.message;
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 2 : 0)} MB`;

async function readLocal(path: string, label: string, maxBytes: number): Promise<Loaded> {
  const info = await stat(path);
  if (info.isDirectory()) throw Object.assign(new Error(`${label} is a folder`), { code: 'EISDIR' });
  if (info.size > maxBytes) throw new Error(`${label} is ${mib(info.size)}: too large (limit ${mib(maxBytes)})`);
  return { bytes: await readFile(path) };
}

export async function loadBytes(url: string, label: string, limits: FetchOptions): Promise<Loaded> {
  if (url.startsWith('file:')) {
    const path = fileURLToPath(url);
    try {
      return await readLocal(path, label === url ? path : label, limits.maxBytes);
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code === 'ENOENT') throw new UsageError(`file not found: ${label === url ? path : label}`);
      if (code === 'EISDIR') throw new UsageError(`${label} is a folder, not a page or image file`);
      throw err;
    }
  }
  if (!/^https?:/i.test(url)) throw new Error(`cannot load ${url}: only files and http(s) URLs are supported`);
  return fetchCapped(url, limits);
}

export interface FetchOptions {
  /** Refuse a body larger than this (checked against Content-Length first, then while streaming). */
  maxBytes: number;
  /** For the whole request, body included (default 30 s). */
  timeoutMs?: number;
}

/**
 * GET `url` into memory with a byte cap and a time limit, for every HTTP read of the CLI (pages, images,
 * stylesheets, and the content pages and issues other commands fetch). Errors are plain `Error`s whose
 * message names the URL and the limit.
 */
export async function fetchCapped(url: string, options: FetchOptions): Promise<Loaded> {
  const timeoutMs = options.timeoutMs ?? FETCH_TIMEOUT_MS;
  const signal = AbortSignal.timeout(timeoutMs);
  const timedOut = () => new Error(`cannot fetch ${url}: no complete answer within ${timeoutMs / 1000} s`);
  let response: Response;
  try {
    response = await fetch(url, { signal, redirect: 'follow', headers: { 'User-Agent': USER_AGENT } });
  } catch (err) {
    if (signal.aborted) throw timedOut();
    throw new Error(`cannot fetch ${url}: ${describeError(err)}`, { cause: err });
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    throw new Error(`cannot fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  try {
    const bytes = await readCappedBody(response, options.maxBytes, url);
    return { bytes, contentType: response.headers.get('content-type') ?? undefined };
  } catch (err) {
    if (signal.aborted) throw timedOut();
    throw err;
  }
}

/** The body of `response`, refused (and the download stopped) as soon as it passes `maxBytes`. */
export async function readCappedBody(response: Response, maxBytes: number, url: string): Promise<Buffer> {
  const tooLarge = (declared: number | undefined) =>
    new Error(`cannot fetch ${url}: the answer is ${declared === undefined ? `over ${mib(maxBytes)}` : mib(declared)}, too large (limit ${mib(maxBytes)})`);
  try {
    const bytes = await readCappedBytes(response, maxBytes, tooLarge);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (err) {
    if (!(err instanceof BrokenBodyError)) throw err;
    throw new Error(`cannot fetch ${url}: the answer broke off after ${mib(err.received)} (${describeError(err.cause)})`, { cause: err.cause });
  }
}

function looksLikeHtml(page: Loaded, label: string): boolean {
  if (page.contentType) return /html|xml/i.test(page.contentType);
  if (HTML_EXTENSIONS.has(extname(label.split(/[?#]/)[0]).toLowerCase())) return true;
  const head = page.bytes.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html') || head.startsWith('<!--') || head.startsWith('<head');
}

async function imageSize(bytes: Buffer, label: string): Promise<{ width: number; height: number }> {
  let meta: sharp.Metadata | undefined;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    // Reported below with the file's name.
  }
  if (!meta?.width || !meta.height) throw new UsageError(`${label} is not an image (or an image format sharp cannot read)`);
  checkPixels(meta.width, meta.height, label);
  return { width: meta.width, height: meta.height };
}

/** An image is refused before decoding when its RGBA raster would pass sharp's pixel limit (or is too small to hold text). */
export function checkPixels(width: number, height: number, label: string): void {
  const tooLarge = tooManyPixels(width, height);
  if (tooLarge) throw new Error(`${label} is ${tooLarge}; scale it down first`);
  if (width < MIN_IMAGE_SIDE || height < MIN_IMAGE_SIDE) {
    throw new Error(`${label} is ${width}×${height} pixels: too small to hold readable text (at least ${MIN_IMAGE_SIDE} pixels each way)`);
  }
}

const coord = z.number({ error: 'coordinates must be numbers' }).nonnegative({ error: 'coordinates must not be negative' });
const regionSchema = z
  .object({
    id: z.string({ error: '"id" must be a string' }).trim().min(1, { error: '"id" must not be empty' }),
    box: z.tuple([coord, coord, coord, coord], { error: '"box" must be [x0, y0, x1, y1]' }).optional(),
    polygon: z.array(z.tuple([coord, coord], { error: 'each polygon point must be [x, y]' }), { error: '"polygon" must be a list of [x, y] points' })
      .min(3, { error: '"polygon" needs at least 3 points' }).optional(),
    href: z.string().optional(),
    title: z.string().optional(),
  }, { error: 'each region must be an object' })
  .superRefine((r, ctx) => {
    if (!r.box && !r.polygon) ctx.addIssue({ code: 'custom', message: 'needs a "box" [x0, y0, x1, y1] or a "polygon" [[x, y], …]' });
    if (r.box && (r.box[0] >= r.box[2] || r.box[1] >= r.box[3])) ctx.addIssue({ code: 'custom', path: ['box'], message: '"box" must have x0 < x1 and y0 < y1' });
    if (r.polygon && r.polygon.length >= 3) {
      const [x0, y0, x1, y1] = polygonBox(r.polygon);
      if (x0 === x1 || y0 === y1) ctx.addIssue({ code: 'custom', path: ['polygon'], message: '"polygon" encloses no area' });
    }
  });
const regionsFileSchema = z.object({ regions: z.array(z.unknown(), { error: '"regions" must be a list' }) }, { error: 'expected {"regions": [...]}' });

/** Reads `--regions FILE`: `{"regions":[{"id","box"}|{"id","polygon"}]}` in image pixels (a bare list is accepted too). */
export async function loadRegionsFile(path: string): Promise<Region[]> {
  const text = (await loadBytes(pathToFileURL(resolve(path)).href, path, { maxBytes: MAX_HTML_BYTES })).bytes.toString('utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new UsageError(`${path} is not valid JSON: ${(err as Error).message}`);
  }
  const top = Array.isArray(json) ? { success: true as const, data: { regions: json } } : regionsFileSchema.safeParse(json);
  if (!top.success) throw new UsageError(`${path}: ${top.error.issues[0].message}`);
  const seen = new Set<string>();
  return top.data.regions.map((raw, index) => {
    const parsed = regionSchema.safeParse(raw);
    const rawId = (raw as { id?: unknown } | null)?.id;
    const label = `region ${index + 1}${typeof rawId === 'string' && rawId ? ` ("${rawId}")` : ''}`;
    if (!parsed.success) throw new UsageError(`${path}: ${label}: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
    const r = parsed.data;
    if (seen.has(r.id)) throw new UsageError(`${path}: ${label}: id "${r.id}" is used twice`);
    seen.add(r.id);
    const polygon: Point[] = r.polygon ?? rectToPolygon(...r.box!);
    const region: Region = { id: r.id, shape: 'user', polygon, box: r.box ?? polygonBox(polygon) };
    if (r.href) region.href = r.href;
    if (r.title) region.title = r.title;
    return region;
  });
}

/**
 * The detection of a served page without its image (no image fetched): what `epaper-md issue` needs to
 * find the edition's page list before it reads any page.
 */
export async function loadPageHtml(url: string): Promise<PageDetection> {
  const page = await loadBytes(url, url, { maxBytes: MAX_HTML_BYTES });
  if (!looksLikeHtml(page, url)) throw new UsageError(`${url} is not a web page (${page.contentType ?? 'no content type'}): give the address of an e-paper page`);
  return detectPage(parseHTML(decodeHtmlBytes(page.bytes, page.contentType)).document, url);
}
