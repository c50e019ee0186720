/**
 * A picture's real extent. The ink-block cut sees only dark pixels, so a photo's light part (a sky, a pale
 * wall) reads as paper: the cut ends the photo where its dark part starts, and a sign standing in the light
 * part becomes a text block of its own, read into the article as a headline or a paragraph. A picture's
 * light part is still no paper: its rows are not paper-coloured. So each photo block grows up and down
 * over the rows, directly next to it, in which most pixels across the photo's width are darker than the
 * paper; the first paper row stops it (the white between a photo and its caption or headline).
 */
import type { BBox } from '../model/document';
import type { Raster } from '../image/raster';

/** Gray levels below the paper at which a pixel is no longer paper (as a tint counts in ink-blocks.ts). */
const PAPER_TOLERANCE = 12;
/** Share of a row's pixels that must be paper-coloured for the row to be paper. */
const PAPER_ROW = 0.5;

/**
 * The paper's gray level: the most common gray lighter than the ink threshold. Pure white is left out
 * when most of those pixels are not white, because a hotspot's mask is white outside its polygon.
 */
export function paperGray(gray: Raster, inkThreshold: number): number {
  const hist = new Uint32Array(256);
  for (let i = 0; i < gray.data.length; i += 2) if (gray.data[i] >= inkThreshold) hist[gray.data[i]] += 1;
  const light = hist.reduce((s, v) => s + v, 0);
  const top = hist[255] < 0.5 * light ? 254 : 255;
  let best = -1;
  for (let v = inkThreshold; v <= top; v += 1) if (best < 0 || hist[v] > hist[best]) best = v;
  return best < 0 ? 255 : best;
}

function paperRow(gray: Raster, y: number, x0: number, x1: number, paper: number): boolean {
  let light = 0;
  for (let x = x0; x < x1; x += 1) if (gray.data[y * gray.width + x] >= paper - PAPER_TOLERANCE) light += 1;
  return light >= PAPER_ROW * (x1 - x0);
}

/** `photo` (in `gray`'s pixels) grown up and down over the picture-coloured rows that touch it. */
export function photoExtent(gray: Raster, photo: BBox, paper: number): BBox {
  const [x0, , x1] = photo;
  let top = photo[1];
  let bottom = photo[3];
  while (top > 0 && !paperRow(gray, top - 1, x0, x1, paper)) top -= 1;
  while (bottom < gray.height && !paperRow(gray, bottom, x0, x1, paper)) bottom += 1;
  return [x0, top, x1, bottom];
}
