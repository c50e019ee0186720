/** Polygon arithmetic for hotspots: circles as polygons, scaling, clamping and bounding boxes. */
import type { BBox } from '../model/document';
import type { Point } from './types';
import { maxOf, minOf } from '../model/big-arrays';

/** Enough vertices that a circle's polygon strays < 1 % of its radius from the true outline. */
export const CIRCLE_SEGMENTS = 24;

export function circleToPolygon(cx: number, cy: number, r: number, segments = CIRCLE_SEGMENTS): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < segments; i += 1) {
    const angle = (2 * Math.PI * i) / segments;
    points.push([cx + r * Math.cos(angle), cy + r * Math.sin(angle)]);
  }
  return points;
}

export function rectToPolygon(x0: number, y0: number, x1: number, y1: number): Point[] {
  const [left, right] = x0 <= x1 ? [x0, x1] : [x1, x0];
  const [top, bottom] = y0 <= y1 ? [y0, y1] : [y1, y0];
  return [[left, top], [right, top], [right, bottom], [left, bottom]];
}

export function scalePolygon(points: Point[], sx: number, sy: number): Point[] {
  return points.map(([x, y]) => [x * sx, y * sy]);
}

/** Keeps every vertex inside [0, width] × [0, height]; an unknown size only clamps at zero. */
export function clampPolygon(points: Point[], width?: number, height?: number): Point[] {
  const clamp = (v: number, max?: number) => Math.min(Math.max(v, 0), max ?? Infinity);
  return points.map(([x, y]) => [round2(clamp(x, width)), round2(clamp(y, height))]);
}

/** Integer box that contains the polygon: floor the minimum, ceil the maximum (x1/y1 exclusive). */
export function polygonBox(points: Point[]): BBox {
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.floor(minOf(xs)), Math.floor(minOf(ys)), Math.ceil(maxOf(xs)), Math.ceil(maxOf(ys))];
}

export function boxArea(box: BBox): number {
  return Math.max(0, box[2] - box[0]) * Math.max(0, box[3] - box[1]);
}

/** Two decimals is far below a pixel and keeps JSON output readable. */
function round2(v: number): number {
  return Math.round(v * 100) / 100;
}
