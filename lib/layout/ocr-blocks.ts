/**
 * The block pipeline end to end (region-plan.ts): plan each region, recognise its text blocks as separate
 * jobs on one engine (they run in parallel on its workers), merge them back per region. Photos found on the
 * image are returned for `ocrToDocument(…, { photos })`. Runs in Node and in the extension alike.
 * Like lib/ocr `recognizeRegions`, a region that fails (one of its blocks, or its planning) does not sink
 * the page: it is reported in `failures` and the other regions are kept; only cancellation rejects.
 */
import type { Region } from '../detect/types';
import { prepareRegion, type Raster } from '../image';
import { mergeRegionParts, partRegion, planRegion, type RegionPart, type RegionPlan } from './region-plan';
import type { BBox } from '../model/document';
import { OcrCancelledError, type OcrEngine, type OcrJob } from '../ocr/engine';
import type { RegionFailure } from '../ocr/recognize-regions';
import type { RegionOcr } from '../ocr/types';

export interface BlockOcrOptions {
  /** Resample factor for every block instead of the plan's choice from the measured text height. */
  fixedScale?: number;
  /** Aborting cancels the engine's jobs and rejects with OcrCancelledError. */
  signal?: AbortSignal;
  /** Called once per region as soon as all its blocks are read (or one failed): for progress and streaming. */
  onRegion?: (regionId: string, outcome: { region: RegionOcr; photos: BBox[] } | { error: string }) => void;
}

export interface BlocksOcrResult {
  /** In region order, failed regions left out. */
  regions: RegionOcr[];
  failures: RegionFailure[];
  photos: Record<string, BBox[]>;
  scales: number[];
}

function partJob(image: Raster, plan: RegionPlan, part: RegionPart, fixedScale?: number): OcrJob {
  const prepared = prepareRegion(image, partRegion(part), { scale: fixedScale ?? plan.scale, invert: part.invert });
  return { regionId: part.id, png: prepared.png, offset: prepared.offset, scale: prepared.scale, box: prepared.box, parameters: part.parameters };
}

export function blockJobs(image: Raster, regions: Region[], fixedScale?: number): { plans: RegionPlan[]; jobs: OcrJob[] } {
  const plans = regions.map((r) => planRegion(image, r));
  return { plans, jobs: plans.flatMap((plan) => plan.parts.map((part) => partJob(image, plan, part, fixedScale))) };
}

/**
 * Ends the current task so input and rendering can run. Planning a region and encoding its blocks are tens
 * of milliseconds each on the panel's main thread; done in one go for a page they held input back 220–350 ms.
 * A message, not setTimeout: timers are clamped and throttled, a posted message is not.
 */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

async function planJobs(image: Raster, region: Region, fixedScale: number | undefined, signal?: AbortSignal): Promise<{ plan: RegionPlan; jobs: OcrJob[] }> {
  // Cancelling while a region is still being planned must stop it here: its jobs would miss the engine's cancel.
  const pause = async () => {
    await yieldToEventLoop();
    if (signal?.aborted) throw new OcrCancelledError(region.id);
  };
  await pause();
  const plan = planRegion(image, region);
  const jobs: OcrJob[] = [];
  for (const part of plan.parts) {
    await pause();
    jobs.push(partJob(image, plan, part, fixedScale));
  }
  return { plan, jobs };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function ocrRegion(engine: OcrEngine, image: Raster, region: Region, fixedScale: number | undefined, signal?: AbortSignal): Promise<{ region: RegionOcr; plan: RegionPlan }> {
  const { plan, jobs } = await planJobs(image, region, fixedScale, signal);
  const settled = await Promise.allSettled(jobs.map((j) => engine.recognizeRegion(j)));
  const rejected = settled.find((s) => s.status === 'rejected' && s.reason instanceof OcrCancelledError) ?? settled.find((s) => s.status === 'rejected');
  if (rejected?.status === 'rejected') throw rejected.reason;
  const parts = settled.map((s) => (s as PromiseFulfilledResult<RegionOcr>).value);
  const merged = mergeRegionParts(region.id, region.box, parts);
  // Summed per-block times carry float noise (0.30000000000000004); a hundredth of a second is plenty.
  return { region: { ...merged, scale: fixedScale ?? plan.scale, seconds: Math.round((merged.seconds ?? 0) * 100) / 100 }, plan };
}

export async function ocrByBlocks(engine: OcrEngine, image: Raster, regions: Region[], options: number | BlockOcrOptions = {}): Promise<BlocksOcrResult> {
  const { fixedScale, signal, onRegion } = typeof options === 'number' ? { fixedScale: options } : options;
  if (signal?.aborted) throw new OcrCancelledError(regions[0]?.id ?? 'page');
  const onAbort = () => engine.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const settled = await Promise.allSettled(
      regions.map(async (r) => {
        try {
          const done = await ocrRegion(engine, image, r, fixedScale, signal);
          onRegion?.(r.id, { region: done.region, photos: done.plan.photos });
          return done;
        } catch (err) {
          if (!(err instanceof OcrCancelledError)) onRegion?.(r.id, { error: message(err) });
          throw err;
        }
      }),
    );
    const cancelled = settled.find((s) => s.status === 'rejected' && s.reason instanceof OcrCancelledError);
    if (cancelled?.status === 'rejected') throw cancelled.reason;
    const result: BlocksOcrResult = { regions: [], failures: [], photos: {}, scales: [] };
    settled.forEach((s, i) => {
      if (s.status === 'rejected') return void result.failures.push({ regionId: regions[i].id, message: message(s.reason) });
      result.regions.push(s.value.region);
      result.photos[s.value.plan.regionId] = s.value.plan.photos;
      result.scales.push(fixedScale ?? s.value.plan.scale);
    });
    return result;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
