/**
 * A region's plan (lib/plan) read on one engine: each part is its own job (the parts run in parallel on
 * the engine's workers) and the results merge back into one RegionOcr for the region. Progress is the
 * region's: the parts' shares summed, with the part that moved named in `partId`. A part's end is not
 * the region's, so 'done' and 'failed' are left to the caller, who sees the promise settle.
 */
import { prepareRegion, type Raster } from '../image';
import type { RegionPart, RegionPlan } from '../plan';
import type { OcrJobRunner } from './engine-types';
import { OcrCancelledError, type OcrJob } from './job';
import { mergeRegionParts } from './merge-parts';
import type { FailedPart, OcrProgress, PhotoText, RegionOcr } from './types';
import { stackedGlyphJob, unstack } from './vertical-part';
import { yieldToEventLoop } from './yield';

export interface RecognizePlanOptions {
  /** Resample factor for every part instead of the plan's choice from the measured text height. */
  fixedScale?: number;
  /** Aborting cancels the engine's jobs and rejects with OcrCancelledError. */
  signal?: AbortSignal;
  onProgress?: (p: OcrProgress) => void;
  /** Every part is cut and queued on the engine (the next region may be planned now). */
  onQueued?: () => void;
}

export function partJob(image: Raster, part: RegionPart, scale: number): OcrJob {
  const prepared = prepareRegion(image, part, { scale, invert: part.invert });
  return { regionId: part.regionId, partId: part.partId, png: prepared.png, offset: prepared.offset, scale: prepared.scale, box: prepared.box, parameters: part.parameters };
}

/**
 * The plan's jobs, cut one task each and queued on the engine as soon as each is cut, so a worker reads
 * the first part while the next is cut. Cancelling while they are cut must stop here: the parts not cut
 * yet would miss the engine's cancel.
 */
async function queueJobs(engine: OcrJobRunner, image: Raster, plan: RegionPlan, scale: number, signal: AbortSignal | undefined, onProgress?: (p: OcrProgress) => void): Promise<Promise<RegionOcr>[]> {
  const running: Promise<RegionOcr>[] = new Array(plan.parts.length);
  for (const i of largestFirst(plan.parts)) {
    const part = plan.parts[i];
    await yieldToEventLoop();
    if (signal?.aborted) {
      // The parts already queued were cancelled with the engine; their rejections are this one.
      await Promise.allSettled(running.filter(Boolean));
      throw new OcrCancelledError(plan.regionId);
    }
    const result = readPart(engine, image, part, scale, onProgress);
    // Settled together below; until then a part that fails early must not count as unhandled.
    result.catch(() => {});
    running[i] = result;
  }
  return running;
}

/** One part on the engine; a vertical headline's glyphs are read side by side (vertical-part.ts). */
function readPart(engine: OcrJobRunner, image: Raster, part: RegionPart, scale: number, onProgress?: (p: OcrProgress) => void): Promise<RegionOcr> {
  const { glyphs } = part;
  if (!glyphs?.length) return engine.recognizeRegion(partJob(image, part, scale), onProgress);
  const { job, slots } = stackedGlyphJob(image, { ...part, glyphs }, scale);
  return engine.recognizeRegion(job, onProgress).then((r) => unstack(r, slots, glyphs));
}

const area = ({ box }: RegionPart) => (box[2] - box[0]) * (box[3] - box[1]);

/**
 * Part indexes, largest crop first: the region is done when its last part is, and with parts running side
 * by side the longest should start first, not wait behind the headline (longest-processing-time order).
 */
function largestFirst(parts: RegionPart[]): number[] {
  return parts.map((_, i) => i).sort((a, b) => area(parts[b]) - area(parts[a]) || a - b);
}

const STAGES = ['queued', 'loading', 'recognizing'] as const;

/** The region is as far as its furthest part; its progress is the parts' shares summed. */
function regionProgress(plan: RegionPlan, onProgress: (p: OcrProgress) => void): (p: OcrProgress) => void {
  const shares = new Map<number | undefined, number>();
  let stage = 0;
  return (p) => {
    if (p.status === 'failed') return;
    if (p.status === 'cancelled') return onProgress({ ...p, progress: 0 });
    shares.set(p.partId, p.status === 'done' ? 1 : p.progress);
    stage = Math.max(stage, p.status === 'done' ? 2 : STAGES.indexOf(p.status));
    const progress = [...shares.values()].reduce((s, x) => s + x, 0) / Math.max(1, plan.parts.length);
    onProgress({ ...p, status: STAGES[stage], progress: Math.min(1, progress) });
  };
}

export async function recognizePlan(engine: OcrJobRunner, image: Raster, plan: RegionPlan, options: RecognizePlanOptions = {}): Promise<RegionOcr> {
  const { signal } = options;
  if (signal?.aborted) throw new OcrCancelledError(plan.regionId);
  const onAbort = () => engine.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const scale = options.fixedScale ?? plan.scale;
    const onProgress = options.onProgress && regionProgress(plan, options.onProgress);
    const running = await queueJobs(engine, image, plan, scale, signal, onProgress);
    options.onQueued?.();
    const settled = await Promise.allSettled(running);
    const cancelled = settled.find((s) => s.status === 'rejected' && s.reason instanceof OcrCancelledError);
    if (cancelled?.status === 'rejected') throw cancelled.reason;
    // One failed part (a job timeout, a crashed worker) must not lose the text its siblings read; only a
    // region none of whose parts could be read fails as a whole.
    const firstFailure = settled.find((s) => s.status === 'rejected');
    if (firstFailure?.status === 'rejected' && settled.every((s) => s.status === 'rejected')) throw firstFailure.reason;
    const text: RegionOcr[] = [];
    const photoText: PhotoText[] = [];
    const failedParts: FailedPart[] = [];
    settled.forEach((s, i) => {
      const part = plan.parts[i];
      if (s.status === 'rejected') failedParts.push({ partId: part.partId, box: part.box, message: s.reason instanceof Error ? s.reason.message : String(s.reason) });
      else if (part.kind === 'photo') photoText.push({ box: part.box, blocks: s.value.blocks });
      else text.push(s.value);
    });
    return mergeRegionParts(plan, text, scale, { photoText, failedParts });
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
