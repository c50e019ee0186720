/**
 * How to prepare a region for tesseract, decided by measurement (tests/bench/ocr.ts on the four fixture
 * pages; docs/decisions/004-upscale-small-print.md), with regions cut into column blocks first: small print
 * reads better upscaled 1.5×; larger print gains nothing from resampling and some gets worse (tesseract
 * rescales each text line itself, bilinear resampling blurs). Grayscale is kept: tesseract binarises with
 * its own Otsu threshold.
 */
import type { Raster } from '../image/raster';
import { toGray } from '../image/raster';

export interface Preprocessing {
  /** Resample factor for prepareRegion. */
  scale: number;
  /** Extra tesseract parameters for this region. */
  parameters: Record<string, string>;
  /** Body text height the choice was based on (pixels of the original image; 0 when unknown). */
  textHeight: number;
}

/**
 * Median height of text rows: dark-pixel row profiles in vertical strips (columns of a page are rarely
 * aligned with each other, so one profile over the full width would smear them). Returns 0 when the
 * image holds no text-like rows.
 */
export function estimateTextHeight(image: Raster, stripWidth = 160): number {
  const gray = toGray(image);
  const { width, height, data } = gray;
  const threshold = otsu(data);
  const heights: number[] = [];
  for (let x0 = 0; x0 < width; x0 += stripWidth) {
    const x1 = Math.min(width, x0 + stripWidth);
    let run = 0;
    for (let y = 0; y <= height; y += 1) {
      let dark = 0;
      if (y < height) for (let x = x0; x < x1; x += 1) if (data[y * width + x] < threshold) dark += 1;
      // A text row has ink in a fair share of the strip; thin rules and specks do not count.
      if (y < height && dark >= 0.02 * (x1 - x0)) run += 1;
      else {
        if (run >= 5) heights.push(run);
        run = 0;
      }
    }
  }
  return median(heights);
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Otsu's threshold of a gray buffer. */
export function otsu(data: Uint8ClampedArray): number {
  const hist = new Array<number>(256).fill(0);
  for (const v of data) hist[v] += 1;
  const total = data.length;
  let sum = 0;
  for (let i = 0; i < 256; i += 1) sum += i * hist[i];
  let sumB = 0;
  let weightB = 0;
  let best = 128;
  let bestVar = -1;
  for (let t = 0; t < 256; t += 1) {
    weightB += hist[t];
    if (!weightB) continue;
    const weightF = total - weightB;
    if (!weightF) break;
    sumB += t * hist[t];
    const meanB = sumB / weightB;
    const meanF = (sum - sumB) / weightF;
    const between = weightB * weightF * (meanB - meanF) ** 2;
    if (between > bestVar) {
      bestVar = between;
      best = t + 1;
    }
  }
  return best;
}

/** Body ink height below which a region is upscaled, and the factor (both measured, see above). */
const SMALL_TEXT_HEIGHT = 15;
const SMALL_TEXT_SCALE = 1.5;

/**
 * Body ink height above which a region is scaled down to LARGE_TEXT_TARGET: a high-resolution scan (print
 * sixty and more pixels tall) holds many times the pixels tesseract needs, and its memory and time grow
 * with them; well above the height where small print stops mattering, nothing is lost.
 */
const LARGE_TEXT_HEIGHT = 64;
const LARGE_TEXT_TARGET = 40;

/** Scale 1.5 for small print, down to LARGE_TEXT_TARGET for very large print, 1 otherwise (and when no text height could be measured). */
export function choosePreprocessing(stats: { textHeight: number }): Preprocessing {
  const { textHeight } = stats;
  const large = textHeight >= LARGE_TEXT_HEIGHT ? Math.round((LARGE_TEXT_TARGET / textHeight) * 100) / 100 : 1;
  const scale = textHeight > 0 && textHeight < SMALL_TEXT_HEIGHT ? SMALL_TEXT_SCALE : large;
  return { scale, parameters: {}, textHeight };
}
