/**
 * How much of a region's ink the OCR accounted for. The plan keeps a coarse map of the region's dark
 * pixels (counts per square cell, a few cells to a character), taken from the same binarisation that cut
 * the blocks; after OCR the share of the blocks' ink that falls under recognised line boxes is the
 * region's coverage. A block that was never read, a line read as one character, a part whose job failed:
 * each leaves its ink uncovered, so lost text shows as a number instead of silently.
 */
import type { BBox } from '../model/document';
import type { RegionPlan } from './region-plan';

export interface InkMap {
  /** Page coordinates of the map's top-left corner. */
  x0: number;
  y0: number;
  /** Side of a cell in page pixels. */
  cell: number;
  cols: number;
  rows: number;
  /** Dark pixels per cell, row-major. */
  counts: Uint32Array;
}

/** Cells to a character side: fine enough that a line box's edge cuts no glyph's cell in half. */
const CELLS_PER_CHAR = 4;

export function emptyInkMap(box: BBox, textHeight: number): InkMap {
  const cell = Math.max(2, Math.round(textHeight / CELLS_PER_CHAR));
  const cols = Math.max(1, Math.ceil((box[2] - box[0]) / cell));
  const rows = Math.max(1, Math.ceil((box[3] - box[1]) / cell));
  return { x0: box[0], y0: box[1], cell, cols, rows, counts: new Uint32Array(cols * rows) };
}

/** Adds one dark pixel at page position (x, y). */
export function addInk(map: InkMap, x: number, y: number, weight = 1): void {
  const cx = Math.floor((x - map.x0) / map.cell);
  const cy = Math.floor((y - map.y0) / map.cell);
  if (cx >= 0 && cy >= 0 && cx < map.cols && cy < map.rows) map.counts[cy * map.cols + cx] += weight;
}

/** Calls `mark` for each cell whose centre lies in `box` grown by `grow` page pixels. */
function eachCell(map: InkMap, box: BBox, grow: number, mark: (cell: number) => void): void {
  const from = (v: number, o: number) => Math.max(0, Math.ceil((v - grow - o) / map.cell - 0.5));
  const to = (v: number, o: number, n: number) => Math.min(n, Math.ceil((v + grow - o) / map.cell - 0.5));
  for (let cy = from(box[1], map.y0); cy < to(box[3], map.y0, map.rows); cy += 1) {
    for (let cx = from(box[0], map.x0); cx < to(box[2], map.x0, map.cols); cx += 1) mark(cy * map.cols + cx);
  }
}

/**
 * Share 0–1 of the ink inside `expected` (the blocks that should hold text) that lies under `covered`
 * (recognised line boxes, grown by a cell: tesseract's boxes hug the glyphs, whose cells stick out).
 * With `weights` (0–1 per covered box), a cell's ink counts by the largest weight of the boxes over it.
 * 1 when the expected boxes hold no ink.
 */
export function inkCoverage(map: InkMap, expected: BBox[], covered: BBox[], weights?: number[]): number {
  const want = new Uint8Array(map.counts.length);
  const got = new Float32Array(map.counts.length);
  for (const b of expected) eachCell(map, b, 0, (i) => (want[i] = 1));
  covered.forEach((b, k) => {
    const w = weights?.[k] ?? 1;
    eachCell(map, b, map.cell, (i) => (got[i] = Math.max(got[i], w)));
  });
  let total = 0;
  let hit = 0;
  for (let i = 0; i < want.length; i += 1) {
    if (!want[i]) continue;
    total += map.counts[i];
    hit += map.counts[i] * got[i];
  }
  return total ? hit / total : 1;
}

const hundredths = (x: number) => Math.round(x * 100) / 100;
const expectedBoxes = (plan: RegionPlan, textPhotos: BBox[]) => plan.parts.filter((p) => p.kind === 'text').map((p) => p.box).concat(textPhotos);

/**
 * A region's coverage after OCR: the ink of its text parts (and of photo parts whose text turned out to
 * be body text) under the boxes of every line read, set-aside ones included, rounded to hundredths.
 */
export function planCoverage(plan: RegionPlan, lineBoxes: BBox[], textPhotos: BBox[]): number {
  return hundredths(inkCoverage(plan.ink, expectedBoxes(plan, textPhotos), lineBoxes));
}

/**
 * The same ink, each line's share of it counted by `read` (0–1: how much of the line OCR read with
 * confidence, lib/model/coverage.ts confidentShare). A blurred page is all under line boxes, yet read
 * as wrong characters: this is where it shows.
 */
export function planConfidentCoverage(plan: RegionPlan, lines: { bbox: BBox; read: number }[], textPhotos: BBox[]): number {
  return hundredths(inkCoverage(plan.ink, expectedBoxes(plan, textPhotos), lines.map((l) => l.bbox), lines.map((l) => l.read)));
}
