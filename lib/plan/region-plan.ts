/**
 * How to OCR one article region, decided on its pixels before any OCR: measure its body text, choose the
 * scale, cut it into ink blocks (columns, headline rows) and give each block the page segmentation mode
 * that fits it — PSM 6 (one uniform block) for a column, PSM 7 (one line) only for a block its ink
 * profile proves to be one line (docs/decisions/002-blocks-psm-6-7.md). tesseract's own layout analysis
 * (PSM 3) joins rows of neighbouring columns, so it is not used on multi-column regions. Photo blocks are
 * read too, as sparse text (PSM 11): a tinted box or a dense column can pass for a picture, and pictures
 * hold labels; the layout decides what their text is. The plan keeps a coarse map of the region's ink, so
 * the pipeline can tell how much of it the OCR covered. The region's link and title ride along so no
 * later stage has to look them up again.
 */
import type { Region } from '../detect/types';
import type { BBox } from '../model/document';
import { clampBox, grayCropReduced } from '../image/crop';
import type { Raster } from '../image/raster';
import { addInk, emptyInkMap, type InkMap } from './coverage';
import { inkBlocks, inkThreshold, type InkBlock } from './ink-blocks';
import { withDrawnPictures } from './drawn-pictures';
import { paperTest } from './paper-colour';
import { paperGray, photoExtent } from './photo-extent';
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
  /** A 'photo' part's text is judged by the layout (a caption, a label, or a column that looked like a picture). */
  kind: 'text' | 'photo';
  /** A vertical headline's glyphs on the page, top to bottom: the OCR reads them side by side as one line. */
  glyphs?: BBox[];
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
  /** The photo blocks over their picture's whole height (photo-extent.ts): text inside them is no article text. */
  photos: BBox[];
  /** Side boxes (framed or tinted text blocks): the layout keeps their text out of the column's sentences. */
  asides: BBox[];
  /** The region's dark pixels, coarsely (coverage.ts). */
  ink: InkMap;
  /** Pixels of the region per pixel planned on: 1, or more for a region too big to plan at full size. */
  reduction: number;
}

/**
 * Largest region planned at full size. Planning holds two 32-bit prefix sums per pixel (8 bytes), so a
 * bigger region is planned on a reduced copy: its block cuts are then a few pixels coarse, which the
 * crop padding absorbs, and its text is still many pixels tall (a region this big is a high-resolution scan).
 */
export const PLAN_MAX_PIXELS = 8_000_000;

/** The integer reduction that brings a region under PLAN_MAX_PIXELS. */
export const planReduction = (box: BBox): number => Math.max(1, Math.ceil(Math.sqrt(((box[2] - box[0]) * (box[3] - box[1])) / PLAN_MAX_PIXELS)));

function inkMapOf(gray: Raster, textHeight: number, reduction: number, origin: [number, number]): InkMap {
  const map = emptyInkMap([origin[0], origin[1], origin[0] + gray.width * reduction, origin[1] + gray.height * reduction], textHeight);
  const t = inkThreshold(gray.data);
  const weight = reduction * reduction;
  for (let y = 0; y < gray.height; y += 1) {
    for (let x = 0; x < gray.width; x += 1) if (gray.data[y * gray.width + x] < t) addInk(map, origin[0] + x * reduction, origin[1] + y * reduction, weight);
  }
  return map;
}

/**
 * Side boxes a photo must not grow into: framed or tinted blocks of at least SIDE_BOX_LINES lines. A sign
 * or a banner in a picture's sky is a line or two, and may stand on a tint (the sky) too.
 */
const SIDE_BOX_LINES = 3;
const sideBoxes = (blocks: InkBlock[]): BBox[] => blocks.filter((b) => b.boxed && b.rows >= SIDE_BOX_LINES).map((b) => b.box);

export function planRegion(image: Raster, region: PlannedRegion, pad = 3): RegionPlan {
  // Everything is measured on the region masked by its polygon (an L-shaped hotspot's bounding box holds
  // the neighbouring article, whose ink would otherwise become blocks of this one), in one gray copy.
  const reduction = planReduction(clampBox(region.box, image.width, image.height));
  const masked = grayCropReduced(image, region.box, region.polygon, reduction);
  const [ox, oy] = clampBox(region.box, image.width, image.height);
  const reducedText = estimateTextHeight(masked);
  const textHeight = reducedText * reduction;
  const { scale, parameters } = choosePreprocessing({ textHeight });
  const r = reduction;
  const toPage = (b: BBox): BBox => [b[0] * r + ox, b[1] * r + oy, Math.min(image.width, b[2] * r + ox), Math.min(image.height, b[3] * r + oy)];
  // A photo's light part (a sky) is no paper: the photo reaches over it, and so does the sign standing in it.
  const threshold = inkThreshold(masked.data);
  const paper = paperGray(masked, threshold);
  const isPaper = paperTest(image, [ox, oy], reduction, masked, paper);
  const found = withDrawnPictures(masked, inkBlocks(masked, [0, 0, masked.width, masked.height], reducedText || 12), paper, threshold, reducedText || 12, isPaper);
  const photos = found.filter((b) => b.kind === 'photo').map((b) => toPage(photoExtent(masked, b.box, paper, sideBoxes(found))));
  const blocks = found.map((b) => ({
    ...b,
    box: toPage(b.box),
    ...(b.glyphs ? { glyphs: b.glyphs.map(toPage) } : {}),
  }));
  const psm = (b: (typeof blocks)[number]) => (b.kind === 'photo' ? '11' : b.oneLine ? '7' : '6');
  const parts: RegionPart[] = blocks.map((b, i) => {
      // A dark panel is cut at its edge: white padding would turn into a black frame once inverted.
      const p = b.inverted ? 0 : pad + r - 1;
      return {
        regionId: region.id,
        partId: i + 1,
        box: [Math.max(region.box[0], b.box[0] - p), Math.max(region.box[1], b.box[1] - p), Math.min(region.box[2], b.box[2] + p), Math.min(region.box[3], b.box[3] + p)] as BBox,
        polygon: region.polygon,
        parameters: { ...parameters, tessedit_pageseg_mode: psm(b) },
        invert: b.inverted,
        kind: b.kind,
        ...(b.glyphs ? { glyphs: b.glyphs } : {}),
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
    photos,
    asides: blocks.filter((b) => b.boxed).map((b) => b.box),
    ink: inkMapOf(masked, textHeight || 12, reduction, [ox, oy]),
    reduction,
  };
}
