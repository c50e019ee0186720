/**
 * One page, one way: detection + page pixels → a finished document. Each region is planned on its pixels
 * (lib/plan), recognised part by part (lib/ocr) and laid out into an article (lib/layout); the document
 * gets its meta here, once, from the detection, the image and the engine. Adapters (CLI, panel) do I/O
 * around this one call, like unified's process().
 * A region that fails does not sink the page: it is listed in `failures` and the others are kept; only
 * cancellation rejects (OcrCancelledError). Articles stream out through `onArticle` as regions finish.
 */
import { wholeRegion } from '../detect/detect-page';
import type { PageDetection, Region } from '../detect/types';
import type { Raster } from '../image';
import { ems, layoutRegion } from '../layout';
import { SCHEMA_VERSION, type Article, type EpaperDocument, type PageMeta } from '../model/document';
import { confidenceScale, OcrCancelledError, recognizePlan, yieldToEventLoop, type OcrJobRunner, type OcrProgress, type RegionOcr } from '../ocr';
import { planConfidentCoverage, planCoverage, planRegion } from '../plan';
import { confidentShare } from '../model/coverage';

export interface RegionFailure {
  regionId: string;
  message: string;
}

export interface ReadPageHooks {
  /** A region's article, as soon as all its parts are read; `region` is its OCR (for timings). */
  onArticle?: (regionId: string, article: Article, region: RegionOcr) => void;
  /** A region that could not be read (it is also in the result's `failures`). */
  onFailure?: (failure: RegionFailure) => void;
  /** Per-region progress while it is read ('queued' → 'loading' → 'recognizing', or 'cancelled'). */
  onProgress?: (p: OcrProgress) => void;
  /** Aborting cancels the engine's jobs and rejects with OcrCancelledError. */
  signal?: AbortSignal;
  /** Resample factor for every part instead of each plan's choice from the measured text height. */
  fixedScale?: number;
  /** Clock for `meta.capturedAt` when the detection has none (injected in tests). */
  now?: () => Date;
}

export interface PageResult {
  /** The read articles in region order, with the page's meta. */
  doc: EpaperDocument;
  failures: RegionFailure[];
}

/** readPage's shape, for adapters that run it somewhere else (the panel: in a Web Worker). */
export type PageReader = (engine: OcrJobRunner, image: Raster, detection: PageDetection, hooks?: ReadPageHooks) => Promise<PageResult>;

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function pageMeta(engine: OcrJobRunner, image: Raster, detection: PageDetection, now: () => Date): PageMeta {
  return {
    ...detection.meta,
    imageSize: { width: image.width, height: image.height },
    capturedAt: detection.meta.capturedAt ?? now().toISOString(),
    ocr: { engine: engine.info.engine, languages: [...engine.info.languages] },
  };
}

/**
 * `turn` resolves when the previous region's parts are all queued; `queued` lets the next region go. So
 * regions are planned and queued one at a time, smallest box first (`smallestFirst`): the workers start on
 * the first region's parts while the next is planned — planning every region before queueing any part kept
 * them idle for the whole page's planning.
 */
async function readRegion(engine: OcrJobRunner, image: Raster, region: Region, meta: PageMeta, hooks: ReadPageHooks, turn: Promise<void>, queued: () => void): Promise<Article> {
  await turn;
  // Planning is tens of milliseconds of pixel work: one task per region keeps the panel responsive.
  await yieldToEventLoop();
  if (hooks.signal?.aborted) throw new OcrCancelledError(region.id);
  const plan = planRegion(image, region);
  const ocr = await recognizePlan(engine, image, plan, { signal: hooks.signal, fixedScale: hooks.fixedScale, onProgress: hooks.onProgress, onQueued: queued });
  const laid = layoutRegion(ocr, meta);
  const lines = laid.article.blocks.flatMap((b) => b.source?.lines ?? []);
  // Each line's characters in ems: coverage counts a box only as far as its text explains its ink.
  const covered = lines.map((l) => ({ bbox: l.bbox, ems: ems(l.text) }));
  const article = {
    ...laid.article,
    ocrCoverage: planCoverage(plan, covered, laid.textPhotos),
    ocrConfidentCoverage: planConfidentCoverage(plan, covered.map((c, i) => ({ ...c, read: confidentShare(lines[i], confidenceScale(engine.info.engine)) })), laid.textPhotos),
  };
  hooks.onArticle?.(region.id, article, ocr);
  return article;
}

const boxArea = ({ box }: Region) => (box[2] - box[0]) * (box[3] - box[1]);

/**
 * The order regions are read in: smallest box first (ties in region order). A region's time grows with
 * its size, so this shows the first article soonest and makes the articles wait least on average
 * (shortest job first); the panel's rows stay in page order and fill as their articles land. Reading in
 * page order instead leaves every row empty until the lead article — usually the page's largest — is done.
 */
function smallestFirst(regions: Region[]): Region[] {
  return [...regions].sort((a, b) => boxArea(a) - boxArea(b));
}

export async function readPage(engine: OcrJobRunner, image: Raster, detection: PageDetection, hooks: ReadPageHooks = {}): Promise<PageResult> {
  const regions = detection.regions.length ? detection.regions : [wholeRegion(image)];
  const meta = pageMeta(engine, image, detection, hooks.now ?? (() => new Date()));
  if (hooks.signal?.aborted) throw new OcrCancelledError(regions[0].id);
  // Each region waits until the one before it in that order is queued.
  const turns = new Map<Region, { previous: Promise<void>; queued: () => void }>();
  let turn = Promise.resolve();
  for (const region of smallestFirst(regions)) {
    let queued!: () => void;
    turns.set(region, { previous: turn, queued: () => queued() });
    turn = new Promise((resolve) => (queued = resolve));
  }
  const settled = await Promise.allSettled(
    regions.map((region) => {
      const { previous, queued } = turns.get(region)!;
      return readRegion(engine, image, region, meta, hooks, previous, queued)
        .catch((err: unknown) => {
          if (!(err instanceof OcrCancelledError)) hooks.onFailure?.({ regionId: region.id, message: message(err) });
          throw err;
        })
        // A region that fails while planned or cut must not hold the next ones back.
        .finally(queued);
    }),
  );
  const cancelled = settled.find((s) => s.status === 'rejected' && s.reason instanceof OcrCancelledError);
  if (cancelled?.status === 'rejected') throw cancelled.reason;
  const articles: Article[] = [];
  const failures: RegionFailure[] = [];
  settled.forEach((s, i) => {
    if (s.status === 'fulfilled') articles.push(s.value);
    else failures.push({ regionId: regions[i].id, message: message(s.reason) });
  });
  return { doc: { schema: SCHEMA_VERSION, meta, articles }, failures };
}
