/**
 * Reading order by recursive XY-cut over OCR lines: a vertical cut where a gap runs the full height of
 * the lines (columns, read left to right), a horizontal cut above and below a line that spans such a gap
 * (a headline or subtitle over several columns), or at a wide blank band. No column count is assumed;
 * the gap widths come from the body type size. Tesseract's own block order is ignored on purpose.
 */
import type { BBox } from '../model/document';
import { bodySize, lineSize, type LayoutLine, mergeRow, splitLineAt, unionBox } from './lines';
import { maxOf, minOf } from '../model/big-arrays';

/** A run of lines read top to bottom: one column of one band of the page. */
export interface Column {
  lines: LayoutLine[];
  bbox: BBox;
}

interface Interval {
  from: number;
  to: number;
}

/** x-ranges inside the lines' extent covered by at most `tolerance` lines, with enough lines wholly on each side. */
function columnGaps(lines: LayoutLine[], minGap: number, tolerance: number): Interval[] {
  const x0 = Math.floor(minOf(lines.map((l) => l.bbox[0])));
  const x1 = Math.ceil(maxOf(lines.map((l) => l.bbox[2])));
  const diff = new Int32Array(x1 - x0 + 2);
  for (const l of lines) {
    diff[Math.floor(l.bbox[0]) - x0] += 1;
    diff[Math.ceil(l.bbox[2]) - x0] -= 1;
  }
  const gaps: Interval[] = [];
  let count = 0;
  let start = -1;
  for (let i = 0; i <= x1 - x0; i += 1) {
    count += diff[i];
    if (count <= tolerance && start < 0) start = i;
    if ((count > tolerance || i === x1 - x0) && start >= 0) {
      if (i - start >= minGap && start > 0) gaps.push({ from: x0 + start, to: x0 + i });
      start = -1;
    }
  }
  // A single line beyond a gap is enough: the last line of a text may sit alone in a new column.
  const need = 1;
  return gaps.filter((g) => {
    const left = lines.filter((l) => l.bbox[2] <= g.to);
    const right = lines.filter((l) => l.bbox[0] >= g.from);
    if (left.length < need || right.length < need) return false;
    // Columns stand side by side: text on the two sides shares some height (an indented line below a
    // short one does not make a column).
    const top = Math.max(minOf(left.map((l) => l.bbox[1])), minOf(right.map((l) => l.bbox[1])));
    const bottom = Math.min(maxOf(left.map((l) => l.bbox[3])), maxOf(right.map((l) => l.bbox[3])));
    return bottom > top;
  });
}

/** y-bands free of any line (valid horizontal cuts), as [top, bottom]. */
function rowGaps(lines: LayoutLine[]): Interval[] {
  const sorted = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1]);
  const gaps: Interval[] = [];
  let bottom = sorted[0].bbox[3];
  for (const l of sorted.slice(1)) {
    if (l.bbox[1] >= bottom) gaps.push({ from: bottom, to: l.bbox[1] });
    bottom = Math.max(bottom, l.bbox[3]);
  }
  return gaps;
}

function splitX(lines: LayoutLine[], gaps: Interval[]): LayoutLine[][] {
  const cuts = gaps.map((g) => (g.from + g.to) / 2);
  const groups: LayoutLine[][] = cuts.map(() => []).concat([[]]);
  for (const l of lines) groups[cuts.filter((c) => (l.bbox[0] + l.bbox[2]) / 2 > c).length].push(l);
  return groups.filter((g) => g.length);
}

function splitY(lines: LayoutLine[], cuts: number[]): LayoutLine[][] {
  const sorted = [...new Set(cuts)].sort((a, b) => a - b);
  const groups: LayoutLine[][] = sorted.map(() => []).concat([[]]);
  for (const l of lines) groups[sorted.filter((c) => l.bbox[1] >= c).length].push(l);
  return groups.filter((g) => g.length);
}

/** Lines of one column top to bottom; lines sharing a row (a byline cut in two) joined left to right. */
function leaf(lines: LayoutLine[]): Column {
  const sorted = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1]);
  const rows: LayoutLine[][] = [];
  for (const l of sorted) {
    const row = rows[rows.length - 1];
    const last = row?.[row.length - 1];
    const overlap = last ? Math.min(last.bbox[3], l.bbox[3]) - Math.max(last.bbox[1], l.bbox[1]) : 0;
    if (last && overlap > 0.5 * Math.min(last.bbox[3] - last.bbox[1], l.bbox[3] - l.bbox[1])) row.push(l);
    else rows.push([l]);
  }
  // Inside one column, pieces of a row are one line that tesseract cut (at a missed character or a gap).
  const ordered = rows.map(mergeRow);
  return { lines: ordered, bbox: unionBox(ordered.map((l) => l.bbox)) };
}

/**
 * Top and bottom of a spanning line together with the display lines stacked on it (kicker above,
 * subtitle below: larger than body type, within one body line, inside its width), so they stay with it.
 */
function displayStack(line: LayoutLine, lines: LayoutLine[], body: number): [number, number] {
  let [top, bottom] = [line.bbox[1], line.bbox[3]];
  const stacked = (l: LayoutLine) => lineSize(l) > 1.1 * body && l.bbox[0] >= line.bbox[0] - body && l.bbox[2] <= line.bbox[2] + body;
  for (let grew = true; grew; ) {
    grew = false;
    for (const l of lines) {
      if (!stacked(l)) continue;
      if (l.bbox[3] <= top + 1 && top - l.bbox[3] < body && l.bbox[1] < top) [top, grew] = [l.bbox[1], true];
      if (l.bbox[1] >= bottom - 1 && l.bbox[1] - bottom < body && l.bbox[3] > bottom) [bottom, grew] = [l.bbox[3], true];
    }
  }
  return [top, bottom];
}

/** Display type: a line at least this much larger than the body is a headline (as in roles.ts). */
const DISPLAY = 1.3;

/**
 * A head moved before the columns beside it is clearly headline type: an intertitle (1–1.3 × body) level with
 * the next column's first line stays in its column.
 */
const SET_IN_HEAD = 1.5;

/**
 * Columns side by side, with a headline set in over the later ones moved before the columns that run up
 * beside it (Chinese papers set the head over columns 2–3, or indent it into the article, and let column 1
 * start level with it): a reader takes the head first. The head is the top of its column group, in the
 * region's largest type, with its body below it; a column beside it belongs to the same article when it
 * starts no higher than the head and holds no display line of its own — a column that runs down from above
 * it, or one under a headline of its own, is another article's and keeps its place before the head.
 */
function headFirst(columns: LayoutLine[][], { body, headSize }: Context): LayoutLine[][] {
  for (let k = 1; k < columns.length; k += 1) {
    const group = columns[k];
    const head = group.reduce((a, b) => (b.bbox[1] < a.bbox[1] ? b : a));
    const size = lineSize(head);
    if (size < SET_IN_HEAD * body || size < 0.95 * headSize) continue;
    const [top, bottom] = displayStack(head, group, body);
    const inStack = (l: LayoutLine) => l.bbox[1] >= top - 1 && l.bbox[3] <= bottom + 1;
    const stack = group.filter(inStack);
    const under = group.filter((l) => !inStack(l));
    // Its body lies under it: nothing of its group stands beside the head.
    if (!under.length || under.some((l) => l.bbox[1] < bottom - 0.3 * body)) continue;
    const beside = (g: LayoutLine[]) => minOf(g.map((l) => l.bbox[1])) >= top - 0.5 * body && g.every((l) => lineSize(l) < DISPLAY * body);
    let j = k;
    while (j > 0 && beside(columns[j - 1])) j -= 1;
    if (j === k) continue;
    return [...columns.slice(0, j), stack, ...columns.slice(j, k), under, ...columns.slice(k + 1)];
  }
  return columns;
}

interface Context {
  /** Body type size of the lines being ordered. */
  body: number;
  /** Their largest type (the headline's). */
  headSize: number;
}

function cut(lines: LayoutLine[], ctx: Context): Column[] {
  if (lines.length < 2) return lines.length ? [leaf(lines)] : [];
  const { body } = ctx;
  const recurse = (groups: LayoutLine[][]) => (groups.length > 1 ? groups.flatMap((g) => cut(g, ctx)) : null);
  // Body columns may stand only about half a character apart (their line boxes hug the glyphs); inside one
  // column every line spans the measure, so no narrower interior gap arises there.
  const minGap = 0.35 * body;

  const clean = columnGaps(lines, minGap, 0);
  const columns = clean.length ? splitX(lines, clean) : [];
  // Columns of one band start level; a centred headline leaves a gap over the first column that is no
  // column gap, so an unaligned split waits until the spanning lines have been cut off.
  const tops = columns.map((g) => minOf(g.map((l) => l.bbox[1])));
  // A column's top raised by a display line that ends above every other column's first line is a headline
  // over the columns beside a gap at the first one's head, however short the headline: not level.
  const headed = columns.some((g, i) => {
    const others = minOf(tops.filter((_, k) => k !== i));
    return g.some((l) => lineSize(l) >= 1.2 * body && l.bbox[3] <= others);
  });
  // A first column that starts highest runs down from above (another article's, or this one's beside a
  // head set in lower): no headline is centred over it.
  const firstHighest = tops.length > 1 && tops[0] <= minOf(tops.slice(1)) - 0.5 * body;
  const alignedColumns = columns.length > 1 && ((maxOf(tops) - minOf(tops) <= 2.5 * body && !headed) || firstHighest);
  if (alignedColumns) return recurse(headFirst(columns, ctx))!;

  // Display lines (headline, subtitle) span columns: the columns are the clean gaps of the remaining lines,
  // and the cuts go above and below each spanning line. (A body-size line across a gap is a merged row.)
  // So is a line alone in its row in the stack of such lines at the top or bottom of the node (a kicker,
  // a subtitle, a byline over the columns).
  const alone = (l: LayoutLine) => !lines.some((o) => o !== l && Math.min(o.bbox[3], l.bbox[3]) - Math.max(o.bbox[1], l.bbox[1]) > 0.3 * body);
  const byTop = [...lines].sort((a, b) => a.bbox[1] - b.bbox[1]);
  const stack = new Set<LayoutLine>();
  for (const l of byTop) if (alone(l)) stack.add(l); else break;
  for (const l of byTop.reverse()) if (alone(l)) stack.add(l); else break;
  const candidate = (l: LayoutLine) => lineSize(l) >= 1.2 * body || (stack.has(l) && stack.size < lines.length);
  const rest = lines.filter((l) => !candidate(l));
  const restGaps = rest.length >= 2 ? columnGaps(rest, minGap, 0) : [];
  // Reaching into a gap is enough: a byline over the first column may end just inside the next one.
  const spanning = lines.filter((l) => candidate(l) && restGaps.some((g) => l.bbox[0] < g.to && l.bbox[2] > g.from));
  const gaps = rowGaps(lines);
  if (spanning.length) {
    const cuts: number[] = [];
    for (const l of spanning) {
      const [top, bottom] = displayStack(l, lines, body);
      const above = gaps.filter((g) => g.to <= top + 1).pop();
      const below = gaps.find((g) => g.from >= bottom - 1);
      if (above) cuts.push((above.from + above.to) / 2);
      if (below) cuts.push((below.from + below.to) / 2);
    }
    const bySpan = cuts.length ? recurse(splitY(lines, cuts)) : null;
    if (bySpan) return bySpan;
  }

  // A gap that only a few body lines cross: tesseract read a row of two columns as one line. Cut those
  // lines at the gap by their words and try again.
  const nearly = rest.length >= 2 ? columnGaps(rest, minGap, Math.max(2, Math.floor(rest.length * 0.15))) : [];
  for (const g of nearly) {
    const crossing = rest.filter((l) => l.bbox[0] < g.to && l.bbox[2] > g.from);
    const parts = crossing.map((l) => splitLineAt(l, g.from, g.to));
    if (!crossing.length || parts.some((p) => p.length < 2)) continue;
    return cut(lines.filter((l) => !crossing.includes(l)).concat(parts.flat()), ctx);
  }

  if (columns.length > 1) return recurse(headFirst(columns, ctx))!;

  const wide = gaps.filter((g) => g.to - g.from >= 1.2 * body).map((g) => (g.from + g.to) / 2);
  const byBands = wide.length ? recurse(splitY(lines, wide)) : null;
  return byBands ?? [leaf(lines)];
}

/** Columns of the lines in reading order: top to bottom, left to right, spanning lines in their place. */
export function readingOrder(lines: LayoutLine[]): Column[] {
  // The region's largest type: only the headline, not an intertitle heading a column, is read before its neighbours.
  return cut(lines, { body: bodySize(lines) || 1, headSize: lines.length ? maxOf(lines.map(lineSize)) : 0 });
}
