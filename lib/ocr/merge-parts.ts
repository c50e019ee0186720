/** The OCR results of a region's parts (boxes already on the page) as the region's single result. */
import type { RegionPlan } from '../plan';
import type { RegionOcr } from './types';

export function mergeRegionParts(plan: RegionPlan, parts: RegionOcr[], scale: number): RegionOcr {
  const chars = parts.reduce((n, p) => n + p.text.length, 0);
  // Summed per-part times carry float noise (0.30000000000000004); a hundredth of a second is plenty.
  const seconds = Math.round(parts.reduce((s, p) => s + (p.seconds ?? 0), 0) * 100) / 100;
  return {
    regionId: plan.regionId,
    ...(plan.href ? { href: plan.href } : {}),
    ...(plan.title ? { title: plan.title } : {}),
    photos: plan.photos,
    bbox: plan.box,
    text: parts.map((p) => p.text.trim()).filter(Boolean).join('\n'),
    confidence: chars ? parts.reduce((s, p) => s + p.confidence * p.text.length, 0) / chars : 0,
    blocks: parts.flatMap((p) => p.blocks),
    seconds,
    scale,
  };
}
