/**
 * How to OCR one article region: measure its body text, choose the scale, cut it into ink blocks (columns,
 * headline rows) and give each block the page segmentation mode that fits it — PSM 6 (one uniform block)
 * for a column, PSM 7 (one line) for a single row. tesseract's own layout analysis (PSM 3) joins rows of
 * neighbouring columns, so it is not used on multi-column regions. The parts' results are merged back into
 * one RegionOcr, and photo blocks are handed to the layout for caption finding.
 */
import type { Region } from '../detect/types';
import type { BBox } from '../model/document';
import { clampBox, cropToPolygon } from '../image/crop';
import { toGray, type Raster } from '../image/raster';
import type { RegionOcr } from '../ocr/types';
import { inkBlocks } from './ink-blocks';
import { choosePreprocessing, estimateTextHeight } from './preprocess';

export interface RegionPart {
  /** `<regionId>~<n>`: unique per part, mapped back by mergeRegionParts. */
  id: string;
  box: BBox;
  /** The article's hotspot polygon: a block's crop is masked with it, so a neighbour in its notch stays out. */
  polygon: Region['polygon'];
  parameters: Record<string, string>;
  /** Light text on a dark panel: the crop is inverted for tesseract, which reads dark text on white. */
  invert: boolean;
}

export interface RegionPlan {
  regionId: string;
  textHeight: number;
  scale: number;
  parts: RegionPart[];
  photos: BBox[];
}

/** A region as one Region per text block, to crop with prepareRegion and recognise as separate jobs. */
export function partRegion(part: RegionPart): Pick<Region, 'id' | 'box' | 'polygon'> {
  return { id: part.id, box: part.box, polygon: part.polygon };
}

export function planRegion(image: Raster, region: Pick<Region, 'id' | 'box' | 'polygon'>, pad = 3): RegionPlan {
  // Everything is measured on the region masked by its polygon (an L-shaped hotspot's bounding box holds
  // the neighbouring article, whose ink would otherwise become blocks of this one), in one gray copy.
  const masked = toGray(cropToPolygon(image, region.box, region.polygon));
  const [ox, oy] = clampBox(region.box, image.width, image.height);
  const textHeight = estimateTextHeight(masked);
  const { scale, parameters } = choosePreprocessing({ textHeight });
  const blocks = inkBlocks(masked, [0, 0, masked.width, masked.height], textHeight || 12).map((b) => ({
    ...b,
    box: [b.box[0] + ox, b.box[1] + oy, b.box[2] + ox, b.box[3] + oy] as BBox,
  }));
  const parts: RegionPart[] = blocks
    .filter((b) => b.kind === 'text')
    .map((b, i) => {
      // A dark panel is cut at its edge: white padding would turn into a black frame once inverted.
      const p = b.inverted ? 0 : pad;
      return {
        id: `${region.id}~${i + 1}`,
        box: [Math.max(region.box[0], b.box[0] - p), Math.max(region.box[1], b.box[1] - p), Math.min(region.box[2], b.box[2] + p), Math.min(region.box[3], b.box[3] + p)] as BBox,
        polygon: region.polygon,
        parameters: { ...parameters, tessedit_pageseg_mode: b.rows === 1 ? '7' : '6' },
        invert: b.inverted,
      };
    });
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
