/**
 * The block pipeline end to end (region-plan.ts): plan each region, recognise its text blocks as separate
 * jobs on one engine (they run in parallel on its workers), merge them back per region. Photos found on the
 * image are returned for `ocrToDocument(…, { photos })`. Runs in Node and in the extension alike.
 */
import type { Region } from '../detect/types';
import { prepareRegion, type Raster } from '../image';
import { mergeRegionParts, partRegion, planRegion, type RegionPlan } from './region-plan';
import type { BBox } from '../model/document';
import type { OcrEngine, OcrJob } from '../ocr/engine';
import type { RegionOcr } from '../ocr/types';

export function blockJobs(image: Raster, regions: Region[], fixedScale?: number): { plans: RegionPlan[]; jobs: OcrJob[] } {
  const plans = regions.map((r) => planRegion(image, r));
  const jobs = plans.flatMap((plan) =>
    plan.parts.map((part) => {
      const prepared = prepareRegion(image, partRegion(part), { scale: fixedScale ?? plan.scale });
      return { regionId: part.id, png: prepared.png, offset: prepared.offset, scale: prepared.scale, box: prepared.box, parameters: part.parameters };
    }),
  );
  return { plans, jobs };
}

export async function ocrByBlocks(engine: OcrEngine, image: Raster, regions: Region[], fixedScale?: number): Promise<{ regions: RegionOcr[]; photos: Record<string, BBox[]>; scales: number[] }> {
  const { plans, jobs } = blockJobs(image, regions, fixedScale);
  const results = await Promise.all(jobs.map((j) => engine.recognizeRegion(j)));
  const merged = plans.map((plan) => {
    const region = regions.find((r) => r.id === plan.regionId)!;
    return mergeRegionParts(plan.regionId, region.box, results.filter((r) => r.regionId.startsWith(`${plan.regionId}~`)));
  });
  return { regions: merged, photos: Object.fromEntries(plans.map((p) => [p.regionId, p.photos])), scales: plans.map((p) => fixedScale ?? p.scale) };
}
