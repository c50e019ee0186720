/**
 * How to OCR one article region, decided on its pixels before any OCR: measure its body text, choose the
 * scale, cut it into ink blocks (columns, headline rows) and give each block the page segmentation mode
 * that fits it — PSM 6 (one uniform block) for a column, PSM 7 (one line) for a single row
 * (docs/decisions/002-blocks-psm-6-7.md). tesseract's own layout analysis (PSM 3) joins rows of
 * neighbouring columns, so it is not used on multi-column regions. Photo blocks are kept for the layout's
 * caption finding; the region's link and title ride along so no later stage has to look them up again.
 */
import type { Region } from '../detect/types';
import type { BBox } from '../model/document';
import { clampBox, cropToPolygon } from '../image/crop';
import { toGray, type Raster } from '../image/raster';
import { inkBlocks } from './ink-blocks';
import { choosePreprocessing, estimateTextHeight } from './preprocess';

/** What planning reads of a region. */
export type PlannedRegion = Pick<Region, 'id' | 'box' | 'polygon' | 'href' | 'title'>;

export interface RegionPart {
  regionId: string;
  /** 1, 2, … in reading the plan's blocks; unique within the region. */
  partId: number;
  box: BBox;
  /** The article's hotspot polygon: a block's crop is masked with it, so a neighbour in its notch stays out. */
  polygon: Region['polygon'];
  parameters: Record<string, string>;
  /** Light text on a dark panel: the crop is inverted for tesseract, which reads dark text on white. */
  invert: boolean;
}

export interface RegionPlan {
  regionId: string;
  /** The region's box on the page. */
  box: BBox;
  href?: string;
  title?: string;
  textHeight: number;
  scale: number;
  parts: RegionPart[];
  photos: BBox[];
}

export function planRegion(image: Raster, region: PlannedRegion, pad = 3): RegionPlan {
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
        regionId: region.id,
        partId: i + 1,
        box: [Math.max(region.box[0], b.box[0] - p), Math.max(region.box[1], b.box[1] - p), Math.min(region.box[2], b.box[2] + p), Math.min(region.box[3], b.box[3] + p)] as BBox,
        polygon: region.polygon,
        parameters: { ...parameters, tessedit_pageseg_mode: b.rows === 1 ? '7' : '6' },
        invert: b.inverted,
      };
    });
  return {
    regionId: region.id,
    box: region.box,
    ...(region.href ? { href: region.href } : {}),
    ...(region.title ? { title: region.title } : {}),
    textHeight,
    scale,
    parts,
    photos: blocks.filter((b) => b.kind === 'photo').map((b) => b.box),
  };
}
