/**
 * Non-text areas (photos, graphics) seen from OCR boxes alone: a large rectangle inside the region that no
 * line touches. A blank band at the end of a short column looks the same, so an area only counts when
 * text sits right below it — where a caption would be — or when the caller knows it from the image.
 */
import type { BBox } from '../model/document';
import type { LayoutLine } from './lines';

/** Largest empty rectangle of a boolean occupancy grid (histogram method), in cells. */
function largestEmpty(grid: boolean[][]): { x0: number; y0: number; x1: number; y1: number; area: number } | null {
  const cols = grid[0]?.length ?? 0;
  const heights = new Array<number>(cols).fill(0);
  let best: { x0: number; y0: number; x1: number; y1: number; area: number } | null = null;
  grid.forEach((row, y) => {
    row.forEach((filled, x) => (heights[x] = filled ? 0 : heights[x] + 1));
    const stack: number[] = [];
    for (let x = 0; x <= cols; x += 1) {
      const h = x < cols ? heights[x] : 0;
      while (stack.length && heights[stack[stack.length - 1]] >= h) {
        const top = stack.pop()!;
        const left = stack.length ? stack[stack.length - 1] + 1 : 0;
        const area = heights[top] * (x - left);
        if (area > 0 && (!best || area > best.area)) best = { x0: left, y0: y - heights[top] + 1, x1: x, y1: y + 1, area };
      }
      stack.push(x);
    }
  });
  return best;
}

/**
 * Empty areas at least `minChars` × `minLines` body characters large, each with text directly below it,
 * biggest first (up to `max`). `cell` is the body type size in pixels.
 */
export function findPhotoAreas(lines: LayoutLine[], region: BBox, cell: number, max = 3, minChars = 6, minLines = 6): BBox[] {
  if (!lines.length || cell <= 0) return [];
  const cols = Math.ceil((region[2] - region[0]) / cell);
  const rows = Math.ceil((region[3] - region[1]) / cell);
  if (cols * rows > 250_000) return [];
  const grid = Array.from({ length: rows }, () => new Array<boolean>(cols).fill(false));
  const mark = (b: BBox) => {
    for (let y = Math.max(0, Math.floor((b[1] - region[1]) / cell)); y < Math.min(rows, Math.ceil((b[3] - region[1]) / cell)); y += 1) {
      for (let x = Math.max(0, Math.floor((b[0] - region[0]) / cell)); x < Math.min(cols, Math.ceil((b[2] - region[0]) / cell)); x += 1) grid[y][x] = true;
    }
  };
  lines.forEach((l) => mark(l.bbox));
  const found: BBox[] = [];
  for (let i = 0; i < max * 3 && found.length < max; i += 1) {
    const r = largestEmpty(grid);
    if (!r || r.x1 - r.x0 < minChars || r.y1 - r.y0 < minLines) break;
    const box: BBox = [region[0] + r.x0 * cell, region[1] + r.y0 * cell, region[0] + r.x1 * cell, region[1] + r.y1 * cell];
    if (textBelow(lines, box, cell)) found.push(box);
    mark(box);
  }
  return found;
}

/** Lines starting within two body lines below the box and overlapping it horizontally. */
export function textBelow(lines: LayoutLine[], box: BBox, cell: number): LayoutLine[] {
  return lines.filter(
    (l) => l.bbox[1] >= box[3] - cell && l.bbox[1] <= box[3] + 2 * cell && Math.min(l.bbox[2], box[2]) - Math.max(l.bbox[0], box[0]) > 0.5 * (l.bbox[2] - l.bbox[0]),
  );
}
