/**
 * Messages that cross extension contexts (detector script → panel, panel/test → background), checked
 * with zod on arrival: a page script runs next to untrusted page code, so nothing it returns is trusted
 * until it has the shape (and sane numbers) the panel relies on.
 */
import { z } from 'zod';
import { MAX_PAGES, MAX_POLYGON_POINTS, MAX_REGIONS, MAX_WARNINGS } from '../detect/limits';

const finite = z.number().finite();
const bbox = z.tuple([finite, finite, finite, finite]);
const point = z.tuple([finite, finite]);
const httpUrl = z.string().max(4096).refine((u) => /^https?:\/\//i.test(u), 'must be an http(s) URL');

export const regionSchema = z.object({
  id: z.string().min(1).max(200),
  shape: z.enum(['rect', 'poly', 'circle', 'whole', 'user']),
  polygon: z.array(point).min(1).max(MAX_POLYGON_POINTS),
  box: bbox,
  href: z.string().max(4096).optional(),
  title: z.string().max(2000).optional(),
  unlisted: z.literal(true).optional(),
});

export const pageImageSchema = z.object({
  url: httpUrl,
  displayWidth: finite.nonnegative(),
  displayHeight: finite.nonnegative(),
  naturalWidth: finite.positive().optional(),
  naturalHeight: finite.positive().optional(),
});

const meta = z
  .object({
    newspaper: z.string().max(500).optional(),
    date: z.string().max(40).optional(),
    pageNumber: z.string().max(40).optional(),
    pageName: z.string().max(500).optional(),
    url: z.string().max(4096).optional(),
    imageUrl: z.string().max(4096).optional(),
    pdfUrl: z.string().max(4096).optional(),
    imageSize: z.object({ width: finite.positive(), height: finite.positive() }).optional(),
  })
  .passthrough();

const issuePage = z.object({
  pageNumber: z.string().min(1).max(40),
  pageName: z.string().max(500).optional(),
  label: z.string().max(200),
  url: httpUrl,
  pdfUrl: httpUrl.optional(),
});

export const detectionSchema = z.object({
  meta,
  image: pageImageSchema.nullable(),
  // The detector keeps at most these many (with a note), so a busy page is trimmed, never refused here.
  regions: z.array(regionSchema).max(MAX_REGIONS),
  adapter: z.string().max(100),
  pageList: z.object({ pages: z.array(issuePage).min(2).max(MAX_PAGES), current: z.number().int().min(-1) }).optional(),
  warnings: z.array(z.string().max(2000)).max(MAX_WARNINGS),
});

/** What the injected detector script returns: a detection, or why there is none. */
export const detectorReplySchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), detection: detectionSchema }),
  z.object({ ok: z.literal(false), error: z.string().max(2000) }),
]);

export type DetectorReply = z.infer<typeof detectorReplySchema>;
