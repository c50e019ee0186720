/**
 * The block pipeline end to end (region-plan.ts): plan each region, recognise its text blocks as separate
 * jobs on one engine (they run in parallel on its workers), merge them back per region. Photos found on the
 * image are returned for `ocrToDocument(…, { photos })`. Runs in Node and in the extension alike.
 * Like lib/ocr `recognizeRegions`, a region that fails (one of its blocks, or its planning) does not sink
 * the page: it is reported in `failures` and the other regions are kept; only cancellation rejects.
 */
import type { Region } from '../detect/types';
import { prepareRegion, type Raster } from '../image';
import { mergeRegionParts, partRegion, planRegion, type RegionPlan } from './region-plan';
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

function planJobs(image: Raster, region: Region, fixedScale?: number): { plan: RegionPlan; jobs: OcrJob[] } {
  const plan = planRegion(image, region);
  const jobs = plan.parts.map((part) => {
    const prepared = prepareRegion(image, partRegion(part), { scale: fixedScale ?? plan.scale });
    return { regionId: part.id, png: prepared.png, offset: prepared.offset, scale: prepared.scale, box: prepared.box, parameters: part.parameters };
  });
  return { plan, jobs };
}

export function blockJobs(image: Raster, regions: Region[], fixedScale?: number): { plans: RegionPlan[]; jobs: OcrJob[] } {
  const planned = regions.map((r) => planJobs(image, r, fixedScale));
  return { plans: planned.map((p) => p.plan), jobs: planned.flatMap((p) => p.jobs) };
}

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

async function ocrRegion(engine: OcrEngine, image: Raster, region: Region, fixedScale: number | undefined): Promise<{ region: RegionOcr; plan: RegionPlan }> {
  const { plan, jobs } = planJobs(image, region, fixedScale);
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
          const done = await ocrRegion(engine, image, r, fixedScale);
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
