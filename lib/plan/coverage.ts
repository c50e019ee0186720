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

/** A recognised line as coverage sees it: its box and, where known, the width of its characters in ems. */
export interface CoveredLine {
  bbox: BBox;
  /** Characters' width in ems (a Han character 1, a Latin letter or digit about half): lib/layout ems. */
  ems?: number;
}

/** A run of inked cell rows inside one strip of cells: a line of type, or part of one, as the ink map sees it. */
interface InkRun {
  box: BBox;
  /** Cell rows and the cell columns with ink in them. */
  rows: number;
  cols: number;
  ink: number;
}

/** Width of the strips a box is cut into, in body text heights: narrow enough that a vertical headline beside body lines has strips of its own. */
const STRIP_TEXT_HEIGHTS = 3;
/** A run lower than this share of the body text height is a rule, a speck or a neighbour's glyph cut by the box edge. */
const MIN_RUN_TEXT_HEIGHTS = 0.6;

/** Cell range [c0, r0, c1, r1) of the cells whose centre lies in `box`. */
function cellRange(map: InkMap, box: BBox): [number, number, number, number] {
  const from = (v: number, o: number) => Math.max(0, Math.ceil((v - o) / map.cell - 0.5));
  const to = (v: number, o: number, n: number) => Math.min(n, Math.ceil((v - o) / map.cell - 0.5));
  return [from(box[0], map.x0), from(box[1], map.y0), to(box[2], map.x0, map.cols), to(box[3], map.y0, map.rows)];
}

/**
 * The runs of inked rows in each strip of `box`: rows under a twentieth of the strip's fullest row are
 * leading (JPEG noise leaves a little ink there). Two lines read as one box show two runs in most strips;
 * a headline in big type one tall run; a letter-spaced line one run with empty columns.
 */
function inkRuns(map: InkMap, box: BBox, textHeight: number): InkRun[] {
  const [c0, r0, c1, r1] = cellRange(map, box);
  const strip = Math.max(1, Math.round((STRIP_TEXT_HEIGHTS * textHeight) / map.cell));
  const minRows = Math.ceil((MIN_RUN_TEXT_HEIGHTS * textHeight) / map.cell);
  const at = (cx: number, cy: number) => map.counts[cy * map.cols + cx];
  const runs: InkRun[] = [];
  for (let s = c0; s < c1; s += strip) {
    const e = Math.min(c1, s + strip);
    const rowInk: number[] = [];
    for (let cy = r0; cy < r1; cy += 1) {
      let v = 0;
      for (let cx = s; cx < e; cx += 1) v += at(cx, cy);
      rowInk.push(v);
    }
    const noise = 0.05 * Math.max(0, ...rowInk);
    for (let y = 0; y < rowInk.length; ) {
      if (!rowInk[y] || rowInk[y] <= noise) {
        y += 1;
        continue;
      }
      let z = y;
      while (z < rowInk.length && rowInk[z] > noise) z += 1;
      let cols = 0;
      let ink = 0;
      for (let cx = s; cx < e; cx += 1) {
        let v = 0;
        for (let cy = r0 + y; cy < r0 + z; cy += 1) v += at(cx, cy);
        if (v) cols += 1;
        ink += v;
      }
      const px = (c: number, o: number) => o + c * map.cell;
      if (z - y >= minRows) runs.push({ box: [px(s, map.x0), px(r0 + y, map.y0), px(e, map.x0), px(r0 + z, map.y0)], rows: z - y, cols, ink });
      y = z;
    }
  }
  return runs;
}

/**
 * How many characters the ink under a line box holds, from geometry alone: each run of type holds about
 * its inked width over its height (characters of Chinese type are about square, whatever their size).
 */
export function expectedEms(map: InkMap, box: BBox, textHeight: number): number {
  return inkRuns(map, box, textHeight).reduce((n, r) => n + r.cols / r.rows, 0);
}

/**
 * Share of its expected characters at which a line counts as read in full: the geometry is a few cells
 * coarse (a run's height and width are whole cells). Below it, the line counts by the share it explains.
 */
const EXPLAINED_IN_FULL = 0.7;

/**
 * Share 0–1 of a line box's ink its recognised characters explain. Two lines read as one box, or a
 * vertical headline's glyphs bridging body lines into one band, come back as one line's characters or
 * fewer: the box covers ink its text does not account for. 1 when the line's width in ems is unknown.
 */
export function explainedShare(map: InkMap, line: CoveredLine, textHeight: number): number {
  if (line.ems === undefined || textHeight <= 0) return 1;
  const expected = expectedEms(map, line.bbox, textHeight);
  const share = expected ? line.ems / expected : 1;
  return share >= EXPLAINED_IN_FULL ? 1 : share;
}

/** A photo part's runs that look like lines of body type: about the body height, not solid, and stacked with another. */
const TEXT_ROW_HEIGHTS: readonly [number, number] = [0.6, 1.7];
const TEXT_ROW_MAX_FILL = 0.6;
const TEXT_ROW_MAX_PITCH = 2.5;

/**
 * Rows of body type inside a block the plan took for a picture (a column next to a photo cut into the
 * photo's block): runs of the body's height, not solid, with another such run in the same strip at most
 * a couple of lines away. Their ink is text that the article should hold; a picture's areas are solid or
 * not stacked in rows of type.
 */
export function textRowsInPhoto(map: InkMap, box: BBox, textHeight: number): BBox[] {
  const isRow = (r: InkRun) => {
    const h = r.rows * map.cell;
    return h >= TEXT_ROW_HEIGHTS[0] * textHeight && h <= TEXT_ROW_HEIGHTS[1] * textHeight && r.ink <= TEXT_ROW_MAX_FILL * r.cols * r.rows * map.cell * map.cell;
  };
  const rows = inkRuns(map, box, textHeight).filter(isRow);
  const stacked = (r: InkRun) => rows.some((o) => o !== r && o.box[0] === r.box[0] && Math.abs(o.box[1] - r.box[1]) <= TEXT_ROW_MAX_PITCH * textHeight);
  return rows.filter(stacked).map((r) => r.box);
}

/** The ink that should be text: text parts, photos whose text was body text, and rows of type in the other photos. */
function expectedBoxes(plan: RegionPlan, textPhotos: BBox[]): BBox[] {
  const text = plan.parts.filter((p) => p.kind === 'text').map((p) => p.box);
  // Without a measured body size there is no "row of type" to look for.
  const photos = plan.textHeight > 0 ? plan.parts.filter((p) => p.kind === 'photo' && !textPhotos.some((t) => centreIn(p.box, t))) : [];
  const inPhotos = photos.flatMap((p) => textRowsInPhoto(plan.ink, p.box, plan.textHeight));
  return [...text, ...textPhotos, ...inPhotos];
}

const centreIn = (b: BBox, outer: BBox) => (b[0] + b[2]) / 2 >= outer[0] && (b[0] + b[2]) / 2 <= outer[2] && (b[1] + b[3]) / 2 >= outer[1] && (b[1] + b[3]) / 2 <= outer[3];

/**
 * A region's coverage after OCR: the ink of its text parts (and of photo parts whose text turned out to
 * be body text, and rows of type in the others) under the boxes of every line read, set-aside ones
 * included, each box counting by the share of its ink its characters explain; rounded to hundredths.
 */
export function planCoverage(plan: RegionPlan, lines: CoveredLine[], textPhotos: BBox[]): number {
  const explained = lines.map((l) => explainedShare(plan.ink, l, plan.textHeight));
  return hundredths(inkCoverage(plan.ink, expectedBoxes(plan, textPhotos), lines.map((l) => l.bbox), explained));
}

/**
 * The same ink, each line's share of it counted by `read` (0–1: how much of the line OCR read with
 * confidence, lib/model/coverage.ts confidentShare) times the share its characters explain. A blurred
 * page is all under line boxes, yet read as wrong characters: this is where it shows.
 */
export function planConfidentCoverage(plan: RegionPlan, lines: (CoveredLine & { read: number })[], textPhotos: BBox[]): number {
  const weights = lines.map((l) => l.read * explainedShare(plan.ink, l, plan.textHeight));
  return hundredths(inkCoverage(plan.ink, expectedBoxes(plan, textPhotos), lines.map((l) => l.bbox), weights));
}
