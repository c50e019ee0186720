/**
 * Paper told by its colour as well as its gray. Newsprint is tinted (yellowish, greyish), and a drawing's pale
 * area (a grey-blue sky, a road) can be as light in gray as the paper while plainly another colour: by gray
 * alone the drawing ends where that area starts, and the sign painted on it is left outside the picture.
 * A pixel is paper when it is about as light as the paper (photo-extent.ts's tolerance) and of about the
 * paper's hue: its red−green and blue−green differences (which grain and shading scale little) near the paper's.
 */
import type { Raster } from '../image/raster';

/** Gray levels under the paper that are still paper (as photo-extent.ts PAPER_TOLERANCE). */
const LIGHT_TOLERANCE = 12;
/** Sum of the red−green and blue−green distances from the paper's at which a light pixel is another colour. */
const HUE_TOLERANCE = 16;

/**
 * A test of whether the pixel at (x, y) of `gray` (a crop of `image` from `origin`, reduced by `reduction`) is
 * paper of level `paper`. On a gray image, or when no pixel has the paper's level, only the gray is compared.
 */
export function paperTest(image: Raster, origin: [number, number], reduction: number, gray: Raster, paper: number): (x: number, y: number) => boolean {
  const light = (x: number, y: number) => gray.data[y * gray.width + x] >= paper - LIGHT_TOLERANCE;
  if (image.channels !== 4) return light;
  const at = (x: number, y: number) => ((origin[1] + y * reduction) * image.width + origin[0] + x * reduction) * 4;
  // The paper's hue: the mean over (every third of) the crop's pixels at the paper's own gray level.
  let [rg, bg, n] = [0, 0, 0];
  for (let y = 0; y < gray.height; y += 3) {
    for (let x = 0; x < gray.width; x += 3) {
      if (Math.abs(gray.data[y * gray.width + x] - paper) > 2) continue;
      const i = at(x, y);
      rg += image.data[i] - image.data[i + 1];
      bg += image.data[i + 2] - image.data[i + 1];
      n += 1;
    }
  }
  if (!n) return light;
  [rg, bg] = [rg / n, bg / n];
  return (x, y) => {
    if (!light(x, y)) return false;
    const i = at(x, y);
    return Math.abs(image.data[i] - image.data[i + 1] - rg) + Math.abs(image.data[i + 2] - image.data[i + 1] - bg) < HUE_TOLERANCE;
  };
}
