/**
 * The OCR results of a region's parts (boxes already on the page) as the region's single result. Text
 * parts make the region's blocks; photo parts' text is kept apart for the layout to judge; a part that
 * failed is listed, so the region keeps what the others read.
 */
import type { RegionPlan } from '../plan';
import type { FailedPart, PhotoText, RegionOcr } from './types';

export interface MergeExtras {
  photoText?: PhotoText[];
  failedParts?: FailedPart[];
}

export function mergeRegionParts(plan: RegionPlan, parts: RegionOcr[], scale: number, extras: MergeExtras = {}): RegionOcr {
  const chars = parts.reduce((n, p) => n + p.text.length, 0);
  // Summed per-part times carry float noise (0.30000000000000004); a hundredth of a second is plenty.
  const seconds = Math.round(parts.reduce((s, p) => s + (p.seconds ?? 0), 0) * 100) / 100;
  const photoText = extras.photoText?.filter((p) => p.blocks.length);
  return {
    regionId: plan.regionId,
    ...(plan.href ? { href: plan.href } : {}),
    ...(plan.title ? { title: plan.title } : {}),
    photos: plan.photos,
    ...(plan.asides.length ? { asides: plan.asides } : {}),
    ...(photoText?.length ? { photoText } : {}),
    ...(extras.failedParts?.length ? { failedParts: extras.failedParts } : {}),
    bbox: plan.box,
    text: parts.map((p) => p.text.trim()).filter(Boolean).join('\n'),
    confidence: chars ? parts.reduce((s, p) => s + p.confidence * p.text.length, 0) / chars : 0,
    blocks: parts.flatMap((p) => p.blocks),
    seconds,
    scale,
  };
}
