/**
 * A line crop as the PP-OCR recognition model reads it: 48 px high with the ink at most MAX_INK_SHARE of
 * that (paper rows added above and below), width by the line's aspect, NCHW float32
 * with PaddleOCR's normalisation (v/255 − 0.5)/0.5 per channel (BGR; our crops are gray, so the three
 * channels are equal) and zeros — mid grey after normalisation, as PaddleOCR pads — to the batch's width.
 */
import { cropToPolygon, resizeRaster, scaleRaster, type Raster } from '../../image';
import type { LineBox } from './lines';

export const REC_HEIGHT = 48;
/** Widest input sent in one piece; a longer line (a headline across the page) is still one line, just squeezed. */
export const MAX_REC_WIDTH = 3200;
/**
 * Blank margin kept around a line's ink, as a share of its height: the model was trained on loose crops
 * (detection boxes). Wider at the ends: a line's last 。 or a leading 一/■ is faint or thin at body size
 * and can fall outside the ink box, and with only a sliver of paper beside it the model drops it.
 */
const MARGIN_X = 0.6;
const MARGIN_Y = 0.2;
/**
 * The most of the model's input height a line's ink may fill. With MARGIN_Y alone it fills 1/1.4 of it
 * (34 of 48 px); padded with paper to 5/8 (30 px) PP-OCR misreads fewer characters, most on q40 body text
 * (qiaocheng-lowq-p06 10.6 → 9.1 % page CER; 0.58 and 0.66 read the tuned pages no better and broke a
 * page's reading order, docs/benchmarks-realistic.md). Paper rows, not more of the page: a wider MARGIN_Y
 * brings the neighbouring lines' ascenders and descenders in and read the held-out pages worse.
 */
export const MAX_INK_SHARE = 0.625;

export interface LineImage {
  /** The line's box in crop pixels, with its margin. */
  box: LineBox;
  /** The line resized to REC_HEIGHT, gray. */
  image: Raster;
}

/** The line (with a margin) cut from the gray crop and resized to the model's height. */
export function lineImage(gray: Raster, line: LineBox): LineImage {
  const mx = Math.max(1, Math.round((line[3] - line[1]) * MARGIN_X));
  const my = Math.max(1, Math.round((line[3] - line[1]) * MARGIN_Y));
  const box: LineBox = [Math.max(0, line[0] - mx), Math.max(0, line[1] - my), Math.min(gray.width, line[2] + mx), Math.min(gray.height, line[3] + my)];
  const crop = cropToPolygon(gray, box);
  const padded = withPaperRows(crop, Math.ceil((line[3] - line[1]) / MAX_INK_SHARE));
  // As wide as the crop alone would be at the model's height: the characters come out wider than tall, but
  // each keeps as many CTC steps as before. A narrower input read q40 text a little better still, yet placed
  // the characters less exactly, and the layout cut lines at the false gaps that left (linlan-p05 as JPEG).
  return { box, image: fitWidth(resizeRaster(padded, Math.max(1, Math.round((crop.width * REC_HEIGHT) / crop.height)), REC_HEIGHT)) };
}

/** `box` cut from the gray crop as it is and resized to the model's height (detection boxes: already loose). */
export function boxImage(gray: Raster, box: LineBox): Raster {
  const crop = cropToPolygon(gray, box);
  return fitWidth(scaleRaster(crop, REC_HEIGHT / crop.height));
}

const fitWidth = (image: Raster): Raster => (image.width > MAX_REC_WIDTH ? squeeze(image, MAX_REC_WIDTH) : image);

/**
 * The paper of a line crop: the median of its top and bottom rows, which lie in the margin around the ink
 * (a neighbour's descender or a clamped margin darkens only part of them).
 */
export function paperLevel(crop: Raster): number {
  const { width, height, data } = crop;
  const edge = [...data.subarray(0, width), ...data.subarray((height - 1) * width, height * width)].sort((a, b) => a - b);
  return edge[edge.length >> 1];
}

/** The gray crop `height` rows high: as many rows of its paper level above as below it (the odd one below). */
export function withPaperRows(crop: Raster, height: number): Raster {
  if (height <= crop.height) return crop;
  const top = Math.floor((height - crop.height) / 2);
  const data = new Uint8ClampedArray(crop.width * height).fill(paperLevel(crop));
  data.set(crop.data, top * crop.width);
  return { width: crop.width, height, channels: 1, data };
}

/** Nearest-neighbour horizontal squeeze to `width` (rare: only lines longer than MAX_REC_WIDTH). */
function squeeze(image: Raster, width: number): Raster {
  const out = new Uint8ClampedArray(width * image.height);
  for (let y = 0; y < image.height; y += 1) {
    for (let x = 0; x < width; x += 1) out[y * width + x] = image.data[y * image.width + Math.floor((x * image.width) / width)];
  }
  return { width, height: image.height, channels: 1, data: out };
}

/** Lines of one batch as one [n, 3, 48, width] tensor's data; `width` is at least the widest line. */
export function batchTensor(lines: Raster[], width: number): { data: Float32Array; dims: [number, number, number, number] } {
  const plane = REC_HEIGHT * width;
  const data = new Float32Array(lines.length * 3 * plane);
  lines.forEach((img, n) => {
    if (img.height !== REC_HEIGHT || img.channels !== 1) throw new Error(`line image must be gray and ${REC_HEIGHT} px high`);
    if (img.width > width) throw new Error(`line image is ${img.width} px wide, batch width ${width}`);
    for (let y = 0; y < REC_HEIGHT; y += 1) {
      for (let x = 0; x < img.width; x += 1) {
        const v = img.data[y * img.width + x] / 127.5 - 1;
        const at = y * width + x;
        data[(n * 3) * plane + at] = v;
        data[(n * 3 + 1) * plane + at] = v;
        data[(n * 3 + 2) * plane + at] = v;
      }
    }
  });
  return { data, dims: [lines.length, 3, REC_HEIGHT, width] };
}

/**
 * Lines grouped into batches of similar width (sorted, a batch closes when the next line is more than
 * `spread` times its narrowest or it holds `size` lines), so little of each run is padding.
 * Returns indices into `widths`.
 */
export function batches(widths: number[], size = 8, spread = 1.3): number[][] {
  const order = widths.map((w, i) => i).sort((a, b) => widths[a] - widths[b]);
  const out: number[][] = [];
  for (const i of order) {
    const last = out[out.length - 1];
    if (last && last.length < size && widths[i] <= spread * widths[last[0]]) last.push(i);
    else out.push([i]);
  }
  return out;
}
