/**
 * Messages between the side panel and its two page workers. The page decoder
 * (entrypoints/sidepanel/page-decode.worker.ts) turns the image's bytes into a raster and transfers it
 * back. The page reader (entrypoints/sidepanel/page-reader.worker.ts) runs lib/pipeline readPage off the
 * panel's main thread, while the panel keeps the OCR engine:
 *
 *   panel → worker: read (the page's pixels, transferred, and its regions), then the engine's answers
 *   worker → panel: the engine jobs to run (crops, transferred), progress, each finished article, the end
 *
 * Both ends check what they receive with these schemas: a message of the wrong shape is an error that
 * names the bad path, never guessed at. Articles and the document are checked by lib/model's own
 * validator (the one a JSON import goes through), so what reaches the editor has the model's shape.
 */
import { z } from 'zod';
import type { PageDetection } from '../detect/types';
import { articleFromJson, DocumentJsonError, fromJson } from '../model/json';
import type { Article, EpaperDocument } from '../model/document';
import type { Raster } from '../image';
import type { OcrJob, OcrProgress, RegionOcr } from '../ocr';
import { MessageError } from './parse';
import { detectionSchema } from './schemas';

const finite = z.number().finite();
const bbox = z.tuple([finite, finite, finite, finite]);

/** A gray or RGBA page raster whose buffer holds exactly width × height × channels bytes. */
const raster = z
  .object({
    width: z.number().int().positive(),
    height: z.number().int().positive(),
    channels: z.union([z.literal(1), z.literal(4)]),
    data: z.instanceof(Uint8ClampedArray),
  })
  .refine((r) => r.data.length === r.width * r.height * r.channels, 'pixel buffer size does not match width × height × channels');

const progress = z.object({
  regionId: z.string().min(1),
  partId: z.number().int().nonnegative().optional(),
  status: z.enum(['queued', 'loading', 'recognizing', 'done', 'failed', 'cancelled']),
  progress: finite,
  error: z.string().optional(),
});

const word = z.object({ text: z.string(), bbox, confidence: finite });
const line = z.object({ text: z.string(), bbox, confidence: finite, words: z.array(word) });
const paragraph = z.object({ text: z.string(), bbox, confidence: finite, lines: z.array(line) });
const block = z.object({ text: z.string(), bbox, confidence: finite, paragraphs: z.array(paragraph) });

const regionOcr = z.object({
  regionId: z.string().min(1),
  href: z.string().optional(),
  title: z.string().optional(),
  photos: z.array(bbox).optional(),
  asides: z.array(bbox).optional(),
  photoText: z.array(z.object({ box: bbox, blocks: z.array(block) })).optional(),
  failedParts: z.array(z.object({ partId: z.number().int(), box: bbox, message: z.string() })).optional(),
  bbox,
  text: z.string(),
  confidence: finite,
  blocks: z.array(block),
  seconds: finite.optional(),
  scale: finite.positive().optional(),
});

const job = z.object({
  regionId: z.string().min(1),
  partId: z.number().int().nonnegative().optional(),
  png: z.instanceof(Uint8Array).refine((b) => b.length > 0, 'empty crop'),
  offset: z.tuple([finite, finite]),
  scale: finite.positive(),
  box: bbox,
  parameters: z.record(z.string(), z.string()).optional(),
});

/** lib/model's validator as a schema step, its DocumentJsonError message kept as the issue. */
function modelChecked<T>(check: (value: unknown) => T) {
  return z.unknown().transform((value, ctx): T => {
    try {
      return check(value);
    } catch (err) {
      ctx.addIssue({ code: 'custom', message: err instanceof DocumentJsonError ? err.message : String(err) });
      return z.NEVER;
    }
  });
}

const failure = z.object({ regionId: z.string().min(1), message: z.string() });
const engineInfo = z.object({ engine: z.string().min(1), languages: z.array(z.string()) });

const toReader = z.discriminatedUnion('type', [
  // The worker is given the pixels, not the image's address: `image` is null (a capture's data: URL can be megabytes).
  z.object({ type: z.literal('read'), raster, detection: detectionSchema.extend({ image: z.null() }), engine: engineInfo }),
  z.object({ type: z.literal('recognized'), id: z.number().int().positive(), ocr: regionOcr }),
  z.object({ type: z.literal('recognizeFailed'), id: z.number().int().positive(), message: z.string(), cancelled: z.boolean() }),
  z.object({ type: z.literal('jobProgress'), id: z.number().int().positive(), progress }),
]);

const fromReader = z.discriminatedUnion('type', [
  z.object({ type: z.literal('recognize'), id: z.number().int().positive(), job }),
  z.object({ type: z.literal('cancel') }),
  z.object({ type: z.literal('progress'), progress }),
  z.object({ type: z.literal('article'), regionId: z.string().min(1), article: modelChecked(articleFromJson), region: regionOcr }),
  z.object({ type: z.literal('failure'), failure }),
  z.object({ type: z.literal('done'), doc: modelChecked(fromJson), failures: z.array(failure) }),
  // `cancelled`: readPage ended with OcrCancelledError (the engine's jobs were cancelled), not a failure.
  z.object({ type: z.literal('error'), message: z.string(), cancelled: z.boolean() }),
]);

const toDecoder = z.object({ type: z.literal('decode'), image: z.instanceof(Blob) });

const fromDecoder = z.discriminatedUnion('type', [
  z.object({ type: z.literal('decoded'), raster }),
  // The page has more pixels than may be decoded (lib/image tooManyPixels' words).
  z.object({ type: z.literal('tooLarge'), detail: z.string() }),
  z.object({ type: z.literal('error'), message: z.string() }),
]);

export type ToPageDecoder = { type: 'decode'; image: Blob };
export type FromPageDecoder = { type: 'decoded'; raster: Raster } | { type: 'tooLarge'; detail: string } | { type: 'error'; message: string };

export type ToPageReader =
  | { type: 'read'; raster: Raster; detection: PageDetection & { image: null }; engine: { engine: string; languages: string[] } }
  | { type: 'recognized'; id: number; ocr: RegionOcr }
  | { type: 'recognizeFailed'; id: number; message: string; cancelled: boolean }
  | { type: 'jobProgress'; id: number; progress: OcrProgress };

export type FromPageReader =
  | { type: 'recognize'; id: number; job: OcrJob }
  | { type: 'cancel' }
  | { type: 'progress'; progress: OcrProgress }
  | { type: 'article'; regionId: string; article: Article; region: RegionOcr }
  | { type: 'failure'; failure: { regionId: string; message: string } }
  | { type: 'done'; doc: EpaperDocument; failures: { regionId: string; message: string }[] }
  | { type: 'error'; message: string; cancelled: boolean };

/** A message the worker got from the panel, or MessageError naming what is wrong with it. */
export function parseToPageReader(value: unknown): ToPageReader {
  const parsed = toReader.safeParse(value);
  if (!parsed.success) throw new MessageError('message to the page reader', parsed.error.issues);
  return parsed.data as ToPageReader;
}

/** A message the panel got from the worker, or MessageError naming what is wrong with it. */
export function parseFromPageReader(value: unknown): FromPageReader {
  const parsed = fromReader.safeParse(value);
  if (!parsed.success) throw new MessageError('message from the page reader', parsed.error.issues);
  return parsed.data as FromPageReader;
}

/** A message the page decoder got from the panel, or MessageError. */
export function parseToPageDecoder(value: unknown): ToPageDecoder {
  const parsed = toDecoder.safeParse(value);
  if (!parsed.success) throw new MessageError('message to the page decoder', parsed.error.issues);
  return parsed.data;
}

/** A message the panel got from the page decoder, or MessageError. */
export function parseFromPageDecoder(value: unknown): FromPageDecoder {
  const parsed = fromDecoder.safeParse(value);
  if (!parsed.success) throw new MessageError('message from the page decoder', parsed.error.issues);
  return parsed.data as FromPageDecoder;
}
