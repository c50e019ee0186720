/**
 * One region of the page → the PNG tesseract reads, plus what is needed to map its boxes back to the page
 * (`offset` of the crop, `scale` applied). Knobs only; the layout code decides the values.
 */
import type { Region } from '../detect/types';
import type { BBox } from '../model/document';
import { clampBox, cropToPolygon } from './crop';
import { encodePng } from './png';
import { invertRaster, toGray, type Raster } from './raster';
import { scaleRaster } from './scale';

export interface PrepareOptions {
  /** Resample factor (e.g. 2 for small print; lib/plan `choosePreprocessing` picks it). Default 1. */
  scale?: number;
  /** Convert to gray before encoding (smaller PNG, same OCR). Default true. */
  gray?: boolean;
  /** Paint pixels outside the region's polygon white. Default true. */
  maskOutside?: boolean;
  /** Swap light and dark (light text on a dark panel). Default false. */
  invert?: boolean;
}

export interface PreparedRegion {
  png: Uint8Array;
  /** Top-left of the crop on the page, natural pixels. */
  offset: [number, number];
  scale: number;
  /** The crop's box on the page (the region's box clamped to the image). */
  box: BBox;
}

export function prepareRegion(image: Raster, region: Pick<Region, 'box' | 'polygon'>, options: PrepareOptions = {}): PreparedRegion {
  const box = clampBox(region.box, image.width, image.height);
  let crop = cropToPolygon(image, box, options.maskOutside === false ? undefined : region.polygon);
  if (options.gray !== false) crop = toGray(crop);
  if (options.invert) crop = invertRaster(crop);
  const scale = options.scale ?? 1;
  crop = scaleRaster(crop, scale);
  return { png: encodePng(crop, { stored: true }), offset: [box[0], box[1]], scale, box };
}
