/**
 * Runs all regions of a page through the engine. A region that fails does not sink the page: its error
 * is returned beside the others' results. Aborting the signal cancels the engine's jobs and rejects.
 */
import { OcrCancelledError, type OcrEngine, type OcrJob } from './engine';
import type { RegionOcr } from './types';

export interface RegionFailure {
  regionId: string;
  message: string;
}

export interface RegionsOcrResult {
  /** In job order, failed regions left out. */
  regions: RegionOcr[];
  failures: RegionFailure[];
}

export async function recognizeRegions(engine: OcrEngine, jobs: OcrJob[], signal?: AbortSignal): Promise<RegionsOcrResult> {
  if (signal?.aborted) throw new OcrCancelledError(jobs[0]?.regionId ?? 'page');
  const onAbort = () => engine.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const settled = await Promise.allSettled(jobs.map((job) => engine.recognizeRegion(job)));
    const cancelled = settled.find((s) => s.status === 'rejected' && s.reason instanceof OcrCancelledError);
    if (cancelled && cancelled.status === 'rejected') throw cancelled.reason;
    const regions: RegionOcr[] = [];
    const failures: RegionFailure[] = [];
    settled.forEach((s, i) => {
      if (s.status === 'fulfilled') regions.push(s.value);
      else failures.push({ regionId: jobs[i].regionId, message: s.reason instanceof Error ? s.reason.message : String(s.reason) });
    });
    return { regions, failures };
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}
