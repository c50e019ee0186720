/**
 * How to OCR one article region: measure its body text, choose the scale, cut it into ink blocks (columns,
 * headline rows) and give each block the page segmentation mode that fits it — PSM 6 (one uniform block)
 * for a column, PSM 7 (one line) for a single row. tesseract's own layout analysis (PSM 3) joins rows of
 * neighbouring columns, so it is not used on multi-column regions. The parts' results are merged back into
 * one RegionOcr, and photo blocks are handed to the layout for caption finding.
 */
import type { Region } from '../detect/types';
import type { BBox } from '../model/document';
import { cropToPolygon } from '../image/crop';
import type { Raster } from '../image/raster';
import type { RegionOcr } from '../ocr/types';
import { inkBlocks } from './ink-blocks';
import { choosePreprocessing, estimateTextHeight } from './preprocess';

export interface RegionPart {
  /** `<regionId>~<n>`: unique per part, mapped back by mergeRegionParts. */
  id: string;
  box: BBox;
  parameters: Record<string, string>;
}

export interface RegionPlan {
  regionId: string;
  textHeight: number;
  scale: number;
  parts: RegionPart[];
  photos: BBox[];
}

const rect = (b: BBox): Region['polygon'] => [[b[0], b[1]], [b[2], b[1]], [b[2], b[3]], [b[0], b[3]]];

/** A region as one Region per text block, to crop with prepareRegion and recognise as separate jobs. */
export function partRegion(part: RegionPart): Pick<Region, 'id' | 'box' | 'polygon'> {
  return { id: part.id, box: part.box, polygon: rect(part.box) };
}

export function planRegion(image: Raster, region: Pick<Region, 'id' | 'box' | 'polygon'>, pad = 3): RegionPlan {
  const textHeight = estimateTextHeight(cropToPolygon(image, region.box, region.polygon));
  const { scale, parameters } = choosePreprocessing({ textHeight });
  const blocks = inkBlocks(image, region.box, textHeight || 12);
  const parts: RegionPart[] = blocks
    .filter((b) => b.kind === 'text')
    .map((b, i) => ({
      id: `${region.id}~${i + 1}`,
      box: [Math.max(region.box[0], b.box[0] - pad), Math.max(region.box[1], b.box[1] - pad), Math.min(region.box[2], b.box[2] + pad), Math.min(region.box[3], b.box[3] + pad)],
      parameters: { ...parameters, tessedit_pageseg_mode: b.rows === 1 ? '7' : '6' },
    }));
  return { regionId: region.id, textHeight, scale, parts, photos: blocks.filter((b) => b.kind === 'photo').map((b) => b.box) };
}

/** The parts' OCR results (boxes already on the page) as the region's single result. */
export function mergeRegionParts(regionId: string, box: BBox, parts: RegionOcr[]): RegionOcr {
  const chars = parts.reduce((n, p) => n + p.text.length, 0);
  return {
    regionId,
    bbox: box,
    text: parts.map((p) => p.text.trim()).filter(Boolean).join('\n'),
    confidence: chars ? parts.reduce((s, p) => s + p.confidence * p.text.length, 0) / chars : 0,
    blocks: parts.flatMap((p) => p.blocks),
    seconds: parts.reduce((s, p) => s + (p.seconds ?? 0), 0),
  };
}

/** Region id of a part id made by planRegion. */
export const regionOfPart = (partId: string): string => partId.replace(/~\d+$/, '');
