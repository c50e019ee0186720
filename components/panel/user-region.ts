/**
 * A rectangle the user drags on a tab capture (pages without a page image), as a detect Region in
 * capture pixels. Pure, so the geometry is unit-tested: display → natural scale, clamping, tiny drags.
 */
import type { Region } from '../../lib/detect/types';

export interface DragPoint {
  x: number;
  y: number;
}

/** Drags smaller than this (natural pixels) are clicks, not selections. */
export const MIN_SELECTION_PX = 12;

export function dragToRegion(a: DragPoint, b: DragPoint, displayWidth: number, natural: { width: number; height: number }): Region | null {
  if (displayWidth <= 0) return null;
  const k = natural.width / displayWidth;
  const clampX = (v: number) => Math.min(natural.width, Math.max(0, Math.round(v * k)));
  const clampY = (v: number) => Math.min(natural.height, Math.max(0, Math.round(v * k)));
  const x0 = clampX(Math.min(a.x, b.x));
  const x1 = clampX(Math.max(a.x, b.x));
  const y0 = clampY(Math.min(a.y, b.y));
  const y1 = clampY(Math.max(a.y, b.y));
  if (x1 - x0 < MIN_SELECTION_PX || y1 - y0 < MIN_SELECTION_PX) return null;
  return { id: 'user', shape: 'user', polygon: [[x0, y0], [x1, y0], [x1, y1], [x0, y1]], box: [x0, y0, x1, y1] };
}
