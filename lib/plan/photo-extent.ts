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
/**
 * Rows at the photo's own edge that may look like paper: sharpening leaves a light halo beside the dark
 * part, a pixel or two wide. The white that sets a photo apart from its caption or headline is wider.
 */
const HALO = 2;
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

function paperRow(gray: Raster, y: number, x0: number, x1: number, paper: number, isPaper?: (x: number, y: number) => boolean): boolean {
  let light = 0;
  for (let x = x0; x < x1; x += 1) if (isPaper ? isPaper(x, y) : gray.data[y * gray.width + x] >= paper - PAPER_TOLERANCE) light += 1;
  return light >= PAPER_ROW * (x1 - x0);
}

/**
 * `photo` (in `gray`'s pixels) grown up and down over the picture-coloured rows that touch it, but never
 * into a block of `stops`: a side box set on a tint is no paper either, and where it touches the picture
 * nothing but the box's own text tells the two apart (sideBoxes picks those blocks).
 */
export function photoExtent(gray: Raster, photo: BBox, paper: number, stops: BBox[] = [], halos: 'edge' | 'inside' = 'edge', isPaper?: (x: number, y: number) => boolean): BBox {
  const [x0, , x1] = photo;
  const across = stops.filter((s) => s[0] < x1 && s[2] > x0);
  const stopped = (y: number) => across.some((s) => y >= s[1] && y < s[3]);
  // The rows beyond the photo's edge in direction `dir`, while they are picture-coloured: the last one. With
  // halos 'inside', a halo may stand at any edge inside the picture (a drawing's flat areas meet its bands in
  // sharp edges): HALO paper rows in a row are passed wherever they are.
  const reach = (edge: number, dir: 1 | -1) => {
    let last = edge;
    for (let y = edge + dir, k = 0; y >= 0 && y < gray.height && !stopped(y); y += dir, k += 1) {
      if (!paperRow(gray, y, x0, x1, paper, isPaper)) last = y;
      else if ((halos === 'edge' ? k : Math.abs(y - last) - 1) >= HALO) break;
    }
    return last;
  };
  return [x0, reach(photo[1], -1), x1, reach(photo[3] - 1, 1) + 1];
}
