/**
 * Text blocks of a region found on the image itself, before OCR: a recursive XY-cut over dark pixels.
 * tesseract's own page analysis joins the rows of neighbouring newspaper columns into one line
 * (docs/decisions/002-blocks-psm-6-7.md), so each column is cut out and read as its own uniform block.
 * Columns are vertical white gaps; a horizontal cut is made at a wide white band, or where it peels off
 * rows (a headline, a subtitle) that keep the columns below or above from separating.
 */
import type { BBox } from '../model/document';
import { toGray, type Raster } from '../image/raster';
import { otsu } from './preprocess';
import { maxOf, minOf } from '../model/big-arrays';
import { verticalHeadline } from './vertical-headline';
import { evenGrid } from './column-grid';

export interface InkBlock {
  box: BBox;
  /** 'photo' when the block is ink in nearly every row (a picture or a tint), 'text' otherwise. */
  kind: 'text' | 'photo';
  /** Rows of text (ink runs between blank bands); 1 means a single line. */
  rows: number;
  /**
   * True only when the ink profile proves one line: one ink run with no valley between two line-high
   * bands. Noise or tight leading can hide the white between lines (rows = 1), never the valley.
   */
  oneLine: boolean;
  /** Light text on a dark panel (a section label, a reversed headline): mostly ink, so read it inverted. */
  inverted: boolean;
  /** A side box: text framed by rules on all four sides, or set on a tint. Its text is no part of the column's sentences. */
  boxed: boolean;
  /** A vertical headline (vertical-headline.ts): its glyphs top to bottom, read as one line in that order. */
  glyphs?: BBox[];
}

/** The blocks a cut found, and the glyphs of those that are vertical headlines. */
interface Cut {
  boxes: BBox[];
  glyphs: Map<BBox, BBox[]>;
}

interface Ink {
  width: number;
  /** colSum[y * width + x] = ink pixels in column x above row y (prefix sums down each column). */
  colSum: Int32Array;
  rowSum: Int32Array;
  /** rowPrefix per row: ink pixels left of x in row y, (width + 1) per row. */
  rowPrefix: Int32Array;
  /** Gray level below which a pixel is ink. */
  threshold: number;
}

/** Dark-pixel threshold of a gray region: Otsu's, but never above mid-light gray (tinted paper is paper). */
export const inkThreshold = (data: Uint8ClampedArray): number => Math.min(otsu(data), 160);

function inkOf(gray: Raster): Ink {
  const { width, height, data } = gray;
  const t = inkThreshold(data);
  const colSum = new Int32Array((height + 1) * width);
  const rowPrefix = new Int32Array(height * (width + 1));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const dark = data[y * width + x] < t ? 1 : 0;
      colSum[(y + 1) * width + x] = colSum[y * width + x] + dark;
      rowPrefix[y * (width + 1) + x + 1] = rowPrefix[y * (width + 1) + x] + dark;
    }
  }
  return { width, colSum, rowSum: new Int32Array(0), rowPrefix, threshold: t };
}

// Ink per column / row of a box. A thin run (≤ 4 px) of columns or rows inked along 90 % of the box is a
// rule (the separators between columns and articles), not text: it counts as white. A photo is not thin.
// Nor is a dark panel: inside a reversed headline band the rows between the strokes of its light type
// are solid too, but dark rows stand on both sides of them, where a rule has paper on at least one.
// Blur and JPEG give a rule soft sides whose gray sits at the ink threshold, so they are inked in some
// rows only; left as ink, they put ink in every row of a block beside the rule (which then reads as a
// picture) and keep the block from being trimmed to its text. So when paper lies within RULE_SIDE + 1
// entries of the run and the run is long for its width (a rule across lines, not a glyph's stroke across
// its own line: RULE_ASPECT), up to RULE_SIDE entries each side count as the rule too, where white or the
// box's edge lies beyond them.
const RULE_SIDE = 2;
const RULE_ASPECT = 24;
export function withoutRules(profile: number[], length: number): number[] {
  const full = profile.map((v) => v >= 0.9 * length);
  const paper = (k: number) => k >= 0 && k < profile.length && profile[k] <= 0.05 * length;
  const white = (k: number) => k < 0 || k >= profile.length || paper(k);
  const dark = (k: number) => k >= 0 && k < profile.length && profile[k] >= 0.5 * length;
  const side = (edge: number, dir: 1 | -1) => {
    let k = edge;
    while (Math.abs(k - edge) < RULE_SIDE && !white(k + dir) && !full[k + dir]) k += dir;
    return white(k + dir) ? k : edge;
  };
  const paperNear = (edge: number, dir: 1 | -1) => Array.from({ length: RULE_SIDE + 1 }, (_, d) => edge + dir * (d + 1)).some(paper);
  const out = [...profile];
  for (let i = 0; i < full.length; ) {
    if (!full[i]) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < full.length && full[j]) j += 1;
    if (j - i <= 4) {
      if (length >= RULE_ASPECT * (j - i) && (paperNear(i, -1) || paperNear(j - 1, 1))) out.fill(0, side(i, -1), side(j - 1, 1) + 1);
      else if (!(dark(i - 1) && dark(j))) out.fill(0, i, j);
    }
    i = j;
  }
  return out;
}
const rawColProfile = (ink: Ink, b: BBox) => Array.from({ length: b[2] - b[0] }, (_, i) => ink.colSum[b[3] * ink.width + b[0] + i] - ink.colSum[b[1] * ink.width + b[0] + i]);
const colProfile = (ink: Ink, b: BBox) => withoutRules(rawColProfile(ink, b), b[3] - b[1]);
const rawRowProfile = (ink: Ink, b: BBox) =>
  Array.from({ length: b[3] - b[1] }, (_, i) => ink.rowPrefix[(b[1] + i) * (ink.width + 1) + b[2]] - ink.rowPrefix[(b[1] + i) * (ink.width + 1) + b[0]]);
const rowProfile = (ink: Ink, b: BBox) => withoutRules(rawRowProfile(ink, b), b[2] - b[0]);

/** Runs of (nearly) empty entries at least `min` long, strictly inside the profile. */
export function emptyRuns(profile: number[], min: number, noise: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = 0; i <= profile.length; i += 1) {
    const empty = i < profile.length && profile[i] <= noise;
    if (empty && start < 0) start = i;
    if (!empty && start >= 0) {
      if (start > 0 && i < profile.length && i - start >= min) runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/**
 * Edges of the ink runs of a row profile, paired: [start₀, end₀, start₁, end₁, …] — the lines of text in a box
 * (white between lines is at least a fifth of the body height).
 */
const lineEdges = (rows: number[], text: number, noise: number): number[] => [0, ...emptyRuns(rows, Math.max(2, 0.2 * text), noise).flat(), rows.length];

/** The box shrunk to its ink; null when it holds none. */
function trim(ink: Ink, b: BBox, noise: number): BBox | null {
  const cols = colProfile(ink, b);
  const rows = rowProfile(ink, b);
  const x0 = cols.findIndex((v) => v > noise);
  const y0 = rows.findIndex((v) => v > noise);
  if (x0 < 0 || y0 < 0) return null;
  const x1 = cols.length - [...cols].reverse().findIndex((v) => v > noise);
  const y1 = rows.length - [...rows].reverse().findIndex((v) => v > noise);
  return [b[0] + x0, b[1] + y0, b[0] + x1, b[1] + y1];
}

/**
 * Column cuts: white runs through the whole box (a vertical rule counts as white) that leave parts at least
 * three characters wide; a box under three lines is never cut (white beside punctuation is no gap). Lines are
 * counted, not only measured: two lines at 1.5 leading are 2.5 lines of text tall, and where the second is
 * short, the white after a comma in the first runs through the box. A picture's rows (a QR code beside its
 * label) make a run taller than any two lines.
 */
function verticalCuts(ink: Ink, b: BBox, gapX: number, text: number, minPart = 3): BBox[] | null {
  const h = b[3] - b[1];
  if (h < 2.5 * text) return null;
  const rows = rowProfile(ink, b);
  const lines = lineEdges(rows, text, Math.max(1, (b[2] - b[0]) * 0.004));
  const picture = lines.some((e, i) => i % 2 === 0 && lines[i + 1] - e >= 2.5 * text);
  if (lines.length / 2 < 3 && !picture) return null;
  const profile = colProfile(ink, b);
  const runs = emptyRuns(profile, gapX, Math.max(1, h * 0.004));
  const width = b[2] - b[0];
  const kept: [number, number][] = [];
  let left = 0;
  for (const [s, e] of runs) {
    if (s - left >= minPart * text && width - e >= minPart * text) {
      kept.push([s, e]);
      left = e;
    }
  }
  if (!kept.length) return null;
  const edges = [0, ...kept.flat(), width];
  const parts: BBox[] = [];
  for (let i = 0; i < edges.length; i += 2) parts.push([b[0] + edges[i], b[1], b[0] + edges[i + 1], b[3]]);
  return parts;
}

/** Columns start level: parts of a cut whose tops differ by more than 2.5 lines are not one band of columns. */
function aligned(ink: Ink, parts: BBox[], text: number): boolean {
  const tops = parts.map((p) => trim(ink, p, 1)?.[1] ?? p[1]);
  return maxOf(tops) - minOf(tops) <= 2.5 * text;
}

/**
 * Gaps where the lines change size: a headline set close above the body (or a label above a headline) is
 * one block by its white, but tesseract reads a block of mixed sizes as one size and garbles the larger
 * lines. `edges` are the line bounds around `gaps` (rows of the box).
 */
function sizeChanges(edges: number[], gaps: [number, number][], text: number): [number, number][] {
  const height = (i: number) => edges[2 * i + 1] - edges[2 * i];
  // Lines under 0.6 of the body size are stray marks (a lone "。" ending a paragraph), not a size.
  return gaps.filter((_, i) => {
    const [lo, hi] = [Math.min(height(i), height(i + 1)), Math.max(height(i), height(i + 1))];
    return lo >= 0.6 * text && hi >= 1.4 * lo;
  });
}

/**
 * Narrowest column gutter, in characters, between blocks of body text. Chinese papers set columns about
 * one character apart; the white between the glyphs of a justified column lines up from line to line
 * too, but is under a fifth of a character, so half a character tells the two apart with room for
 * glyphs that fill their em. Blocks with larger type are cut only at a full character (split()).
 */
export const GUTTER_CHARS = 0.5;

/**
 * Narrowest body column, in characters, that a narrow gutter may cut off. Body columns run about ten
 * characters or more; the white after the "一、" "二、" of a numbered list lines up too, a few
 * characters from the column's edge.
 */
const NARROW_COLUMN_CHARS = 6;

/** Ink pixels in the rectangle [x0, x1) × [y0, y1). */
function inkIn(ink: Ink, x0: number, x1: number, y0: number, y1: number): number {
  let n = 0;
  for (let y = y0; y < y1; y += 1) n += ink.rowPrefix[y * (ink.width + 1) + x1] - ink.rowPrefix[y * (ink.width + 1) + x0];
  return n;
}

/**
 * Columns set about a character apart (GUTTER_CHARS). A white run that narrow also turns up by chance
 * (commas at the same place in a few lines, a short last line), so the box must be at least four lines of
 * body-size type (display type has letter gaps as wide), and the run must look like a gutter between
 * justified columns: in most lines, ink reaches it from both sides, and both sides are column-wide.
 */
function narrowColumns(ink: Ink, c: BBox, text: number, noise: number): BBox[] | null {
  const gaps = emptyRuns(rowProfile(ink, c), Math.max(2, 0.2 * text), noise);
  const edges = [0, ...gaps.flat(), c[3] - c[1]];
  const lines: [number, number][] = [];
  for (let i = 0; i < edges.length; i += 2) lines.push([c[1] + edges[i], c[1] + edges[i + 1]]);
  if (lines.length < 4 || lines.some(([y0, y1]) => y1 - y0 > 1.25 * text)) return null;
  const parts = verticalCuts(ink, c, Math.max(3, Math.round(GUTTER_CHARS * text)), text, NARROW_COLUMN_CHARS);
  if (!parts) return null;
  const reach = Math.max(2, Math.round(0.4 * text));
  for (let i = 0; i + 1 < parts.length; i += 1) {
    const [s, e] = [parts[i][2], parts[i + 1][0]];
    const touching = lines.filter(([y0, y1]) => inkIn(ink, Math.max(c[0], s - reach), s, y0, y1) > 0 && inkIn(ink, e, Math.min(c[2], e + reach), y0, y1) > 0).length;
    if (touching < 0.7 * lines.length) return null;
  }
  return parts;
}

/**
 * Columns of an even grid (column-grid.ts), in a box two lines tall or more: found before the cuts at a full
 * character, which in a short band may be a comma's white that a few lines share.
 */
function gridColumns(ink: Ink, c: BBox, text: number): BBox[] | null {
  const h = c[3] - c[1];
  if (h < 2 * text) return null;
  const gutters = evenGrid(colProfile(ink, c), text, Math.max(1, h * 0.004));
  if (!gutters) return null;
  const edges = [0, ...gutters.flat(), c[2] - c[0]];
  const parts: BBox[] = [];
  for (let i = 0; i < edges.length; i += 2) parts.push([c[0] + edges[i], c[1], c[0] + edges[i + 1], c[3]]);
  // Columns of text: each holds a line of body-size type, one of them two. A line of display type with a
  // space in its middle, or a picture whose light parts fall at an even pitch, has no such lines.
  const lines = parts.map((p) => bodyLines(ink, p, text));
  if (!lines.every((n) => n >= 1) || !lines.some((n) => n >= 2)) return null;
  // And each column is set to its measure: one of its lines (or a picture) runs from its left edge to its
  // right. Where no line does, the "column" is pieces of lines that run on: a paragraph's indented first line
  // and its short last line, with a white between two glyphs of the first where the last ends.
  return parts.every((p) => fullMeasure(ink, p, text)) ? parts : null;
}

/**
 * Whether a run of rows in the box spans its ink from left to right: starts within half a character of the
 * box's ink's left edge and ends within a character of its right edge (a line ending in 。 or ， leaves the
 * right part of that em white).
 */
function fullMeasure(ink: Ink, box: BBox, text: number): boolean {
  const noise = Math.max(1, (box[2] - box[0]) * 0.004);
  const b = trim(ink, box, noise);
  if (!b) return false;
  const rows = rowProfile(ink, b);
  const edges = lineEdges(rows, text, noise);
  for (let i = 0; i < edges.length; i += 2) {
    const run = trim(ink, [b[0], b[1] + edges[i], b[2], b[1] + edges[i + 1]], Math.max(1, (edges[i + 1] - edges[i]) * 0.004));
    if (run && run[0] - b[0] <= Math.max(2, 0.5 * text) && b[2] - run[2] <= Math.max(2, text)) return true;
  }
  return false;
}

/** Ink runs of a box's rows that are a body line high (0.6–1.25 of the body text height). */
function bodyLines(ink: Ink, box: BBox, text: number): number {
  const noise = Math.max(1, (box[2] - box[0]) * 0.004);
  const b = trim(ink, box, noise);
  if (!b) return 0;
  const rows = rowProfile(ink, b);
  const edges = lineEdges(rows, text, noise);
  let n = 0;
  for (let i = 0; i < edges.length; i += 2) {
    const [y0, y1] = [edges[i], edges[i + 1]];
    if (y1 - y0 >= 0.6 * text && y1 - y0 <= 1.25 * text && rows.slice(y0, y1).some((v) => v > noise)) n += 1;
  }
  return n;
}

/**
 * `inColumn`: the box is one column of a grid (gridColumns), or a part of one. A part of it under four lines
 * is cut across only: inside one column, a white through every line of so short a box is the white after
 * commas at the same place in those lines, or beside their short ends. A taller part is cut as any box is:
 * a grid's "column" may be two columns under a photo that spans both (the photo hid their gutter).
 */
function split(ink: Ink, box: BBox, text: number, out: Cut, depth: number, inColumn = false): void {
  const noise = Math.max(1, (box[2] - box[0]) * 0.004);
  const first = trim(ink, box, noise);
  if (!first) return;
  // A frame's rules are white in the profiles only once the box is the frame: trimmed again, the margin
  // inside the frame does not pass for part of a line.
  const b = framed(ink, first, text) && !isPanel(ink, first) ? (trim(ink, first, noise) ?? first) : first;
  // A vertical headline at the box's edge first: the column cuts below never take a one-glyph column off.
  const vertical = depth < 40 ? verticalHeadline({ cols: (c) => colProfile(ink, c), rows: (c) => rowProfile(ink, c), rawRows: (c) => rawRowProfile(ink, c) }, b, text) : null;
  if (vertical) {
    out.boxes.push(vertical.column);
    out.glyphs.set(vertical.column, vertical.glyphs);
    return split(ink, vertical.rest, text, out, depth + 1, inColumn);
  }
  const gapX = Math.max(4, text);
  const short = (c: BBox) => inColumn && emptyRuns(rowProfile(ink, c), Math.max(2, 0.2 * text), noise).length + 1 < 4;
  // Column cuts, and whether they are a grid's. narrowColumns' lines of body type prove its gutters, so it
  // goes first; the grid is asked where it finds none, and before a cut at a full character, which in a short
  // band may be the white after a comma (unequal parts, where the grid's are equal).
  const cutsOf = (c: BBox): { parts: BBox[]; grid: boolean } | null => {
    if (short(c)) return null;
    const full = verticalCuts(ink, c, gapX, text);
    const narrow = full ? null : narrowColumns(ink, c, text, noise);
    if (narrow) return { parts: narrow, grid: false };
    const grid = gridColumns(ink, c, text);
    if (grid) return { parts: grid, grid: true };
    return full ? { parts: full, grid: false } : null;
  };
  const columnsOf = (c: BBox) => cutsOf(c)?.parts ?? null;
  const cut = depth < 40 ? cutsOf(b) : null;
  const byGrid = !!cut?.grid;
  const byColumns = cut?.parts ?? null;
  const gaps = depth < 40 ? emptyRuns(rowProfile(ink, b), Math.max(2, 0.2 * text), noise) : [];
  // Peel rows (a headline, a subtitle) off the top or bottom when at least four lines of aligned columns
  // remain: a centred headline leaves a white gap over the first column that is no column gap.
  const bandOf = (c: BBox) => {
    if (c[3] - c[1] < 4 * text) return false;
    const parts = columnsOf(c);
    return !!parts && aligned(ink, parts, text);
  };
  const peel = () =>
    gaps.find(([, e]) => bandOf([b[0], b[1] + e, b[2], b[3]])) ?? [...gaps].reverse().find(([s]) => bandOf([b[0], b[1], b[2], b[1] + s]));
  if (byColumns && aligned(ink, byColumns, text)) return byColumns.forEach((p) => split(ink, p, text, out, depth + 1, inColumn || byGrid));
  const peeled = depth < 40 ? peel() : undefined;
  if (byColumns && !peeled) return byColumns.forEach((p) => split(ink, p, text, out, depth + 1, inColumn || byGrid));
  const wide = gaps.filter(([s, e]) => e - s >= 1.2 * text);
  // A run of inked rows taller than any line of text is a picture (or a big headline): cut around it.
  const edges = [0, ...gaps.flat(), b[3] - b[1]];
  const aroundTall = gaps.filter(([s, e], i) => s - edges[2 * i] >= 2.5 * text || edges[2 * i + 3] - e >= 2.5 * text);
  const cuts = peeled && byColumns ? [peeled] : wide.length ? wide : peeled ? [peeled] : aroundTall.length ? aroundTall : sizeChanges(edges, gaps, text);
  if (!cuts.length) {
    out.boxes.push(b);
    return;
  }
  let top = b[1];
  for (const [s, e] of cuts) {
    split(ink, [b[0], top, b[2], b[1] + s], text, out, depth + 1, inColumn);
    top = b[1] + e;
  }
  split(ink, [b[0], top, b[2], b[3]], text, out, depth + 1, inColumn);
}

/**
 * Whether a row profile is one line of text. Its inked rows must form one run, and inside that run no
 * valley may split it into two bands each at least half a line tall: a valley is a stretch of rows whose
 * ink is under a fifth of the ink of the bands on both sides (JPEG noise and touching lines leave some
 * ink between lines, so blank rows alone cannot be trusted). A valley inside one line is shallow: a
 * line's rows all cross its characters' vertical strokes.
 */
export function isOneLine(profile: number[], text: number): boolean {
  const peak = Math.max(0, ...profile);
  if (!peak) return false;
  const inked = profile.map((v) => v > 0.05 * peak);
  const first = inked.indexOf(true);
  const last = inked.lastIndexOf(true);
  if (inked.slice(first, last + 1).includes(false) && emptyRuns(profile.slice(first, last + 1), Math.max(2, 0.2 * text), 0.05 * peak).length) return false;
  const band = Math.max(2, Math.round(0.5 * text));
  // Smoothed over a fifth of a line, so one thin stroke row is no band and one gap row no valley.
  const k = Math.max(1, Math.round(text / 10));
  const smooth = profile.map((_, i) => {
    const part = profile.slice(Math.max(0, i - k), i + k + 1);
    return part.reduce((s, v) => s + v, 0) / part.length;
  });
  const maxOver = (from: number, to: number) => Math.max(0, ...smooth.slice(Math.max(first, from), Math.min(last + 1, to)));
  for (let y = first + band; y <= last - band; y += 1) {
    const above = maxOver(y - 2 * band, y - band + 1);
    const below = maxOver(y + band, y + 2 * band + 1);
    if (smooth[y] < 0.2 * Math.min(above, below) && bandInk(smooth, first, y) >= band && bandInk(smooth, y, last + 1) >= band) return false;
  }
  return true;
}

/** Rows in [from, to) inked at least a third of the range's peak: the height of the text there. */
function bandInk(smooth: number[], from: number, to: number): number {
  const part = smooth.slice(from, to);
  const peak = Math.max(0, ...part);
  return part.filter((v) => v >= peak / 3).length;
}

/**
 * A dark panel (light text on it) is mostly ink and solid along all four edges; dense bold type is
 * solid along none. Profiles are taken as inked, since a panel's solid edges would pass for rules, and
 * an edge counts when a line within a few pixels of it is solid, since a scan's edges are soft.
 */
function isPanel(ink: Ink, b: BBox): boolean {
  const rows = rawRowProfile(ink, b);
  const cols = rawColProfile(ink, b);
  const dark = rows.reduce((sum, v) => sum + v, 0);
  if (dark <= 0.5 * rows.length * cols.length) return false;
  const solidEnds = (profile: number[], length: number) => {
    const edge = Math.max(1, Math.ceil(profile.length * 0.15));
    const solid = (part: number[]) => maxOf(part) >= 0.8 * length;
    return solid(profile.slice(0, edge)) && solid(profile.slice(-edge));
  };
  return solidEnds(rows, cols.length) && solidEnds(cols, rows.length);
}

/**
 * Blocks of the region `box` of the image in reading order (top to bottom, columns left to right),
 * in image pixels. `textHeight` is the body text height (estimateTextHeight); it sets the gap sizes.
 */
export function inkBlocks(image: Raster, box: BBox, textHeight: number): InkBlock[] {
  const gray = toGray(image);
  const ink = inkOf(gray);
  const clamped: BBox = [Math.max(0, box[0]), Math.max(0, box[1]), Math.min(gray.width, box[2]), Math.min(gray.height, box[3])];
  const cut: Cut = { boxes: [], glyphs: new Map() };
  const text = Math.max(6, textHeight);
  split(ink, clamped, text, cut, 0);
  const boxes = cut.boxes;
  // The paper is what most of the text stands on (the blocks' background, by area): a hotspot's mask is
  // white, so the region's own mean would make grey paper look tinted.
  const levels = boxes.map((b) => ({ box: b, level: paperLevel(gray, b, ink.threshold), area: (b[2] - b[0]) * (b[3] - b[1]) })).sort((x, y) => x.level - y.level);
  const half = levels.reduce((s, l) => s + l.area, 0) / 2;
  let acc = 0;
  const paper = levels.find((l) => (acc += l.area) >= half)?.level ?? 255;
  return boxes.map((b) => {
    // Measured inside any frame the block kept at its edges: a frame's sides ink every row, which would
    // make a boxed text look like a picture.
    const inner = trim(ink, b, Math.max(1, (b[2] - b[0]) * 0.004)) ?? b;
    const core = trim(ink, inner, Math.max(1, (inner[2] - inner[0]) * 0.004)) ?? inner;
    const area = (core[2] - core[0]) * (core[3] - core[1]);
    const rows = rowProfile(ink, core);
    const dark = rows.reduce((s, v) => s + v, 0);
    // Text has white between its lines; a picture has ink in (nearly) every row.
    const blankRows = rows.filter((v) => v <= Math.max(1, (core[2] - core[0]) * 0.004)).length / rows.length;
    const big = b[2] - b[0] > 4 * textHeight && b[3] - b[1] > 4 * textHeight;
    const rowCount = emptyRuns(rows, Math.max(2, 0.2 * textHeight), Math.max(1, (core[2] - core[0]) * 0.004)).length + 1;
    const kind = big && blankRows < 0.05 && dark / area > 0.2 ? 'photo' : 'text';
    const inverted = kind === 'text' && isPanel(ink, b);
    const boxed = kind === 'text' && !inverted && b[3] - b[1] >= 2.5 * text && (framed(ink, b, text) || paper - levels.find((l) => l.box === b)!.level >= TINT);
    const glyphs = cut.glyphs.get(b);
    if (glyphs) return { box: b, kind: 'text' as const, rows: 1, oneLine: true, inverted: false, boxed: false, glyphs };
    return { box: b, kind, rows: rowCount, oneLine: rowCount === 1 && isOneLine(rawRowProfile(ink, core), text), inverted, boxed };
  });
}

/** A rule (a row or column inked along 90 % of the block's side) within a line's height of each of its four edges. */
function framed(ink: Ink, b: BBox, text: number): boolean {
  const height = ink.colSum.length / ink.width - 1;
  const reach = Math.round(1.5 * text);
  const w = b[2] - b[0];
  const h = b[3] - b[1];
  const rowRule = (y0: number, y1: number) => {
    for (let y = Math.max(0, y0); y < Math.min(height, y1); y += 1) if (inkIn(ink, b[0], b[2], y, y + 1) >= 0.9 * w) return true;
    return false;
  };
  const colRule = (x0: number, x1: number) => {
    for (let x = Math.max(0, x0); x < Math.min(ink.width, x1); x += 1) if (ink.colSum[b[3] * ink.width + x] - ink.colSum[b[1] * ink.width + x] >= 0.9 * h) return true;
    return false;
  };
  // The frame is the block's own edge when nothing cut it off, or just outside when a cut did.
  return rowRule(b[1] - reach, b[1] + reach) && rowRule(b[3] - reach, b[3] + reach) && colRule(b[0] - reach, b[0] + reach) && colRule(b[2] - reach, b[2] + reach);
}

/** Gray levels of paper that a tint darkens: a box on a tint is this much darker than the region's paper. */
const TINT = 12;

/**
 * The paper level of a box: the gray that three quarters of its non-ink pixels reach (every other pixel
 * sampled). The lighter quantile, because the glyphs' soft edges and JPEG ringing darken the rest.
 */
function paperLevel(gray: Raster, b: BBox, threshold: number): number {
  const hist = new Uint32Array(256);
  let n = 0;
  for (let y = b[1]; y < b[3]; y += 2) {
    for (let x = b[0]; x < b[2]; x += 2) {
      const v = gray.data[y * gray.width + x];
      if (v >= threshold) [hist[v], n] = [hist[v] + 1, n + 1];
    }
  }
  if (!n) return 255;
  let below = 0;
  for (let v = 0; v < 256; v += 1) if ((below += hist[v]) >= 0.75 * n) return v;
  return 255;
}

