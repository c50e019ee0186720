/** One OCR job (a prepared region) and the error a cancelled job rejects with. */
import type { BBox } from '../model/document';

/** One region (or one part of a region's plan), ready for tesseract: `prepareRegion(...)` from lib/image plus its identity. */
export interface OcrJob {
  regionId: string;
  /** The part of the region's plan this job reads (lib/plan RegionPart), when the region was cut into parts. */
  partId?: number;
  png: Uint8Array;
  /** Top-left of the crop on the page and the factor it was scaled by, to map boxes back. */
  offset: [number, number];
  scale: number;
  /** The region's box on the page. */
  box: BBox;
  /** tesseract parameters for this job only (e.g. a PSM for a one-line region); reset afterwards. */
  parameters?: Record<string, string>;
}

export class OcrCancelledError extends Error {
  constructor(regionId: string) {
    super(`OCR of region ${regionId} was cancelled`);
    this.name = 'OcrCancelledError';
  }
}

export function checkJob(job: OcrJob): void {
  if (!job.regionId) throw new Error('OCR job needs a regionId');
  if (!(job.png instanceof Uint8Array) || job.png.length === 0) throw new Error(`OCR job ${job.regionId} has no image bytes`);
  if (!(job.scale > 0)) throw new Error(`OCR job ${job.regionId} has scale ${job.scale}; it must be positive`);
}
