/**
 * Zoom and pan of the page-image pane as pure math: a view maps image pixels to screen pixels by
 * `screen = image * scale + offset`. Hit-testing a click on the image finds the block (and line) under it.
 */
import type { Article, BBox } from '../model/document';
// The box of an article's blocks lives with the model (the export crops page images with it too).
export { articleBox } from '../model/document';

export interface View {
  scale: number;
  x: number;
  y: number;
}

const MIN_SCALE = 0.05;
export const MAX_SCALE = 8;

const clampScale = (s: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, s));

/** Largest scale that shows the whole box inside the pane, centred, with a margin. */
export function fitBox(box: BBox, pane: { width: number; height: number }, margin = 8): View {
  const w = Math.max(1, box[2] - box[0]);
  const h = Math.max(1, box[3] - box[1]);
  const scale = clampScale(Math.min((pane.width - 2 * margin) / w, (pane.height - 2 * margin) / h));
  return { scale, x: (pane.width - w * scale) / 2 - box[0] * scale, y: (pane.height - h * scale) / 2 - box[1] * scale };
}

/** Zoom by `factor` keeping the image point under `at` (screen pixels) where it is: wheel zoom under the pointer. */
export function zoomAt(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const k = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * k, y: at.y - (at.y - view.y) * k };
}

export function pan(view: View, dx: number, dy: number): View {
  return { ...view, x: view.x + dx, y: view.y + dy };
}

export function toImage(view: View, p: { x: number; y: number }): { x: number; y: number } {
  return { x: (p.x - view.x) / view.scale, y: (p.y - view.y) / view.scale };
}

export function toScreen(view: View, box: BBox): { left: number; top: number; width: number; height: number } {
  return { left: box[0] * view.scale + view.x, top: box[1] * view.scale + view.y, width: (box[2] - box[0]) * view.scale, height: (box[3] - box[1]) * view.scale };
}

const inside = (b: BBox, x: number, y: number) => x >= b[0] && x < b[2] && y >= b[1] && y < b[3];

/** The block (and line) of the article at an image point; the smallest box wins where boxes overlap. */
export function hitTest(article: Article, x: number, y: number): { blockId: string; line: number | null } | null {
  let best: { blockId: string; line: number | null; area: number } | null = null;
  for (const block of article.blocks) {
    const bbox = block.source?.bbox;
    if (!bbox || !inside(bbox, x, y)) continue;
    const area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1]);
    if (best && best.area <= area) continue;
    const line = (block.source?.lines ?? []).findIndex((l) => inside(l.bbox, x, y));
    best = { blockId: block.id, line: line >= 0 ? line : null, area };
  }
  return best && { blockId: best.blockId, line: best.line };
}


/** Pans so the box is centred when any part of it is outside the pane; otherwise leaves the view alone. */
export function centreIfHidden(view: View, box: BBox, pane: { width: number; height: number }): View {
  const s = toScreen(view, box);
  const visible = s.left >= 0 && s.top >= 0 && s.left + s.width <= pane.width && s.top + s.height <= pane.height;
  if (visible) return view;
  return pan(view, pane.width / 2 - (s.left + s.width / 2), pane.height / 2 - (s.top + s.height / 2));
}
