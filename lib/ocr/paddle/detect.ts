/**
 * PP-OCR's DB text detector on one job crop, for the crops whose lines our ink profile cannot find
 * (fallback.ts decides which). As PaddleOCR runs it: the crop resized to sides that are multiples of 32
 * (no larger than MAX_DET_SIDE), normalised per channel with ImageNet's mean and deviation, the model
 * gives a probability map of text kernels; the map is thresholded, each connected kernel becomes a box
 * if its mean probability is high enough, and the box is grown back ("unclipped") by the share DB
 * training shrank it, then mapped to crop pixels. Boxes are axis-aligned: our crops are upright columns,
 * and the recogniser reads upright boxes.
 */
import { resizeRaster, type Raster } from '../../image';
import type { LineBox } from './lines';
import type { OnnxSession } from './recognize';

export interface DetModel {
  session: OnnxSession;
  /** Makes the runtime's float32 tensor. */
  tensor(data: Float32Array, dims: number[]): unknown;
}

/** A detector loaded on first use — most crops never need one — and released with its worker. */
export interface LazyDet {
  get(): Promise<DetModel>;
  release(): Promise<void>;
}

export function lazyDet(load: () => Promise<DetModel>): LazyDet {
  let loading: Promise<DetModel> | null = null;
  return {
    get: () => (loading ??= load()),
    release: async () => {
      if (loading) await (await loading).session.release?.();
    },
  };
}

/** PaddleOCR's DBPostProcess defaults (thresh, box_thresh, unclip_ratio, min_size). */
export const DB_DEFAULTS = { threshold: 0.3, boxScore: 0.6, unclipRatio: 1.5, minSize: 3 } as const;
export type DbOptions = { -readonly [K in keyof typeof DB_DEFAULTS]: number };

/**
 * Longest side sent to the model. PaddleOCR's 960 is for whole pages; a column crop is tall and narrow,
 * and shrinking it to 960 would take body text below the size the model separates lines at.
 */
export const MAX_DET_SIDE = 1920;

const MEAN = [0.485, 0.456, 0.406];
const STD = [0.229, 0.224, 0.225];

const to32 = (v: number) => Math.max(32, Math.round(v / 32) * 32);

/** The crop as the model's [1, 3, h, w] input: gray in all three channels, each normalised with its own mean/deviation. */
export function detTensor(gray: Raster, maxSide = MAX_DET_SIDE): { data: Float32Array; dims: [1, 3, number, number] } {
  if (gray.channels !== 1) throw new Error('the text detector needs a gray crop (1 channel)');
  const ratio = Math.min(1, maxSide / Math.max(gray.width, gray.height));
  const w = to32(gray.width * ratio);
  const h = to32(gray.height * ratio);
  const image = resizeRaster(gray, w, h);
  const plane = w * h;
  const data = new Float32Array(3 * plane);
  for (let c = 0; c < 3; c += 1) {
    for (let i = 0; i < plane; i += 1) data[c * plane + i] = (image.data[i] / 255 - MEAN[c]) / STD[c];
  }
  return { data, dims: [1, 3, h, w] };
}

interface Kernel {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  sum: number;
  pixels: number;
}

/** 4-connected kernels of `prob > threshold` (a diagonal touch between two lines' kernels does not join them). */
function kernels(prob: Float32Array, width: number, height: number, threshold: number): Kernel[] {
  const seen = new Uint8Array(width * height);
  const stack: number[] = [];
  const out: Kernel[] = [];
  for (let start = 0; start < prob.length; start += 1) {
    if (seen[start] || !(prob[start] > threshold)) continue;
    const k: Kernel = { x0: width, y0: height, x1: -1, y1: -1, sum: 0, pixels: 0 };
    seen[start] = 1;
    stack.push(start);
    while (stack.length) {
      const i = stack.pop()!;
      const x = i % width;
      const y = (i - x) / width;
      k.x0 = Math.min(k.x0, x);
      k.x1 = Math.max(k.x1, x);
      k.y0 = Math.min(k.y0, y);
      k.y1 = Math.max(k.y1, y);
      k.sum += prob[i];
      k.pixels += 1;
      const visit = (j: number) => {
        if (!seen[j] && prob[j] > threshold) {
          seen[j] = 1;
          stack.push(j);
        }
      };
      if (x > 0) visit(i - 1);
      if (x < width - 1) visit(i + 1);
      if (y > 0) visit(i - width);
      if (y < height - 1) visit(i + width);
    }
    out.push(k);
  }
  return out;
}

/**
 * Boxes from the model's probability map (`width` × `height`), in the coordinates of a `cropWidth` ×
 * `cropHeight` crop. A kernel's score is its mean probability (PaddleOCR's "slow" score, over the kernel
 * itself: a slanted line is not penalised for the paper its bounding box spans). Unclipping grows each
 * side by area × ratio / perimeter, as pyclipper does to a rectangle.
 */
export function dbBoxes(prob: Float32Array, width: number, height: number, cropWidth: number, cropHeight: number, options: Partial<DbOptions> = {}): LineBox[] {
  const { threshold, boxScore, unclipRatio, minSize } = { ...DB_DEFAULTS, ...options };
  if (prob.length < width * height) throw new Error(`the detection map has ${prob.length} values, expected ${width}×${height}`);
  const sx = cropWidth / width;
  const sy = cropHeight / height;
  const out: LineBox[] = [];
  for (const k of kernels(prob, width, height, threshold)) {
    const w = k.x1 - k.x0 + 1;
    const h = k.y1 - k.y0 + 1;
    if (Math.min(w, h) < minSize || k.sum / k.pixels < boxScore) continue;
    const d = (w * h * unclipRatio) / (2 * (w + h));
    if (Math.min(w, h) + 2 * d < minSize + 2) continue;
    const x0 = Math.max(0, Math.floor((k.x0 - d) * sx));
    const y0 = Math.max(0, Math.floor((k.y0 - d) * sy));
    const x1 = Math.min(cropWidth, Math.ceil((k.x1 + 1 + d) * sx));
    const y1 = Math.min(cropHeight, Math.ceil((k.y1 + 1 + d) * sy));
    if (x1 > x0 && y1 > y0) out.push([x0, y0, x1, y1]);
  }
  return readingOrder(out);
}

/** Top to bottom; boxes whose vertical centres lie within half the shorter one's height are one row, read left to right. */
export function readingOrder(boxes: LineBox[]): LineBox[] {
  const byTop = [...boxes].sort((a, b) => a[1] + a[3] - (b[1] + b[3]));
  const rows: LineBox[][] = [];
  for (const b of byTop) {
    const row = rows[rows.length - 1];
    const sameRow = row?.some((r) => Math.abs(r[1] + r[3] - b[1] - b[3]) / 2 < Math.min(r[3] - r[1], b[3] - b[1]) / 2);
    if (row && sameRow) row.push(b);
    else rows.push([b]);
  }
  return rows.flatMap((r) => r.sort((a, b) => a[0] - b[0]));
}

/** The text boxes of a gray crop, in crop pixels and reading order. */
export async function detectText(model: DetModel, gray: Raster, options: Partial<DbOptions> = {}): Promise<LineBox[]> {
  const { data, dims } = detTensor(gray);
  const out = await model.session.run({ [model.session.inputNames[0]]: model.tensor(data, dims) });
  const map = out[model.session.outputNames[0]];
  const [, , h, w] = map.dims;
  if (h !== dims[2] || w !== dims[3]) throw new Error(`detection output is ${map.dims.join('×')}; expected 1×1×${dims[2]}×${dims[3]} (not a DB detection model?)`);
  return dbBoxes(map.data as Float32Array, w, h, gray.width, gray.height, options);
}
