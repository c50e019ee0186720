/**
 * Cuts one article region out of the page. Image-map hotspots are polygons that overlap their neighbours'
 * bounding boxes, so pixels outside the polygon are painted white: otherwise tesseract reads the
 * neighbouring article's text into this one.
 */
import type { BBox } from '../model/document';
import type { Point } from '../detect/types';
import { assertRaster, type Raster } from './raster';

/** Even-odd rule, sampled at the pixel centre. */
export function insidePolygon(x: number, y: number, polygon: Point[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Intersects the box with the image and rounds outward to whole pixels. */
export function clampBox(box: BBox, width: number, height: number): BBox {
  const x0 = Math.max(0, Math.floor(box[0]));
  const y0 = Math.max(0, Math.floor(box[1]));
  const x1 = Math.min(width, Math.ceil(box[2]));
  const y1 = Math.min(height, Math.ceil(box[3]));
  if (x1 <= x0 || y1 <= y0) throw new Error(`region box [${box.join(', ')}] lies outside the ${width}×${height} image`);
  return [x0, y0, x1, y1];
}

/**
 * Copies `box` out of the image; when `polygon` (page coordinates) has 3+ points, pixels outside it become white.
 */
export function cropToPolygon(image: Raster, box: BBox, polygon?: Point[]): Raster {
  assertRaster(image);
  const [x0, y0, x1, y1] = clampBox(box, image.width, image.height);
  const width = x1 - x0;
  const height = y1 - y0;
  const ch = image.channels;
  const out = new Uint8ClampedArray(width * height * ch);
  const mask = polygon && polygon.length >= 3 ? polygon : undefined;
  for (let y = 0; y < height; y += 1) {
    const src = ((y0 + y) * image.width + x0) * ch;
    out.set(image.data.subarray(src, src + width * ch), y * width * ch);
    if (!mask) continue;
    // Each row is painted span by span between the polygon's crossings (the same even-odd rule at pixel
    // centres as insidePolygon): testing every pixel took ~45 ms for a large hotspot, on the panel's main thread.
    const crossings = rowCrossings(mask, y0 + y + 0.5);
    let inside = crossings.length % 2 === 1; // left of every crossing: inside when an odd number lie to the right
    let next = 0;
    let x = 0;
    while (x < width) {
      while (next < crossings.length && crossings[next] <= x0 + x + 0.5) {
        next += 1;
        inside = !inside;
      }
      // Pixels up to the next crossing share this state.
      const end = next < crossings.length ? Math.min(width, Math.max(x + 1, Math.ceil(crossings[next] - x0 - 0.5))) : width;
      if (!inside) out.fill(255, (y * width + x) * ch, (y * width + end) * ch);
      x = end;
    }
  }
  return { width, height, channels: ch, data: out };
}

/** x of every polygon edge crossing the horizontal line at `y`, sorted (insidePolygon's edge test). */
function rowCrossings(polygon: Point[], y: number): number[] {
  const xs: number[] = [];
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i, i += 1) {
    const [xi, yi] = polygon[i];
    const [xj, yj] = polygon[j];
    if (yi > y !== yj > y) xs.push(((xj - xi) * (y - yi)) / (yj - yi) + xi);
  }
  return xs.sort((a, b) => a - b);
}

/**
 * The masked region in gray at 1/`factor` of its size, each pixel the mean luma of a `factor`² block
 * (`factor` 1 is cropToPolygon then toGray). Made row by row from the page, so planning a huge region
 * never holds a full-size copy of it.
 */
export function grayCropReduced(image: Raster, box: BBox, polygon: Point[] | undefined, factor: number): Raster {
  assertRaster(image);
  const [x0, y0, x1, y1] = clampBox(box, image.width, image.height);
  const f = Math.max(1, Math.floor(factor));
  const width = Math.ceil((x1 - x0) / f);
  const height = Math.ceil((y1 - y0) / f);
  const out = new Uint8ClampedArray(width * height);
  const sums = new Float64Array(width);
  const counts = new Uint32Array(width);
  const ch = image.channels;
  const mask = polygon && polygon.length >= 3 ? polygon : undefined;
  for (let oy = 0; oy < height; oy += 1) {
    sums.fill(0);
    counts.fill(0);
    for (let y = y0 + oy * f; y < Math.min(y1, y0 + (oy + 1) * f); y += 1) {
      const row = y * image.width;
      for (let x = x0; x < x1; x += 1) {
        const i = (row + x) * ch;
        const luma = ch === 1 ? image.data[i] : (0.299 * image.data[i] + 0.587 * image.data[i + 1] + 0.114 * image.data[i + 2]) * (image.data[i + 3] / 255) + 255 * (1 - image.data[i + 3] / 255);
        const ox = ((x - x0) / f) | 0;
        sums[ox] += luma;
        counts[ox] += 1;
      }
    }
    for (let ox = 0; ox < width; ox += 1) out[oy * width + ox] = sums[ox] / counts[ox];
    if (!mask) continue;
    // Masked at the reduced row's centre with the same even-odd crossings as cropToPolygon.
    const crossings = rowCrossings(mask, y0 + (oy + 0.5) * f);
    for (let ox = 0; ox < width; ox += 1) {
      const cx = x0 + (ox + 0.5) * f;
      if (crossings.filter((c) => c > cx).length % 2 === 0) out[oy * width + ox] = 255;
    }
  }
  return { width, height, channels: 1, data: out };
}
