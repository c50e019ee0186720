/**
 * Lines → paragraphs. Chinese newspapers indent the first line of a paragraph by two characters and
 * leave its last line short, with no extra space between paragraphs; headings change type size. So a new
 * paragraph starts where the line is indented, where the previous line ended short, where the vertical
 * gap grows or the type size changes — and otherwise the line continues, also across a column break.
 */
import type { BBox } from '../model/document';
import { bodySize, height, lineSize, type LayoutLine, median, unionBox } from './lines';

/** Display type (headlines) is at least this much larger than the body (as in roles.ts). */
const DISPLAY = 1.3;
import type { Column } from './reading-order';
import { maxOf, minOf } from '../model/big-arrays';

export interface LineGroup {
  lines: LayoutLine[];
  bbox: BBox;
  /** Median type size (line height) of the group. */
  size: number;
}

interface Placed {
  line: LayoutLine;
  column: Column;
  /** Left and right edge of the text measure of the line's column. */
  left: number;
  right: number;
}

/** A character's width: CJK text is square, so the line height is a safe unit even for Latin runs. */
const charOf = (l: LayoutLine): number => height(l.bbox);

function sameSize(a: LayoutLine, b: LayoutLine): boolean {
  const ratio = lineSize(a) / lineSize(b);
  return ratio < 1.25 && ratio > 0.8;
}

function columnEdges(column: Column): { left: number; right: number } {
  // The measure is where most lines start and end; an indented first line or a short last line must not move it.
  const lefts = column.lines.map((l) => l.bbox[0]);
  const rights = column.lines.map((l) => l.bbox[2]);
  if (column.lines.length < 3) return { left: minOf(lefts), right: maxOf(rights) };
  return { left: Math.min(median(lefts), minOf(lefts) + 0.5 * median(column.lines.map(charOf))), right: maxOf(rights) };
}

function startsParagraph(prev: Placed, cur: Placed, gaps: number[], body: number): boolean {
  const char = charOf(cur.line);
  if (!sameSize(prev.line, cur.line)) return true;
  // A headline wraps: display type of one size, the second line right under the first. Centred, its lines
  // look indented and short, which in body text would start paragraphs.
  const ratio = lineSize(prev.line) / lineSize(cur.line);
  const display = Math.min(lineSize(prev.line), lineSize(cur.line)) >= DISPLAY * body;
  const tight = cur.line.bbox[1] - prev.line.bbox[3] < 0.6 * char && cur.line.bbox[1] >= prev.line.bbox[3] - 0.3 * char;
  if (display && ratio < 1.1 && ratio > 1 / 1.1 && tight) return false;
  if (cur.line.bbox[0] - cur.left >= 1.2 * char) return true;
  if (prev.right - prev.line.bbox[2] >= 1.5 * char) return true;
  // A line right under the previous one (overlapping it) that starts 3+ characters further left follows no
  // paragraph indent (that is 2): the line above was centred — a subtitle over the byline, say.
  const under = cur.line.bbox[1] >= prev.line.bbox[3] - 0.3 * char && Math.min(prev.line.bbox[2], cur.line.bbox[2]) > Math.max(prev.line.bbox[0], cur.line.bbox[0]);
  if (under && prev.line.bbox[0] - cur.line.bbox[0] >= 3 * char) return true;
  const gap = cur.line.bbox[1] - prev.line.bbox[3];
  // A jump back up to the next column is no gap; a band further down the same column is.
  if (prev.column !== cur.column && gap < 0) return false;
  const usual = median(gaps);
  return gap > Math.max(usual * 1.8, usual + 0.5 * char);
}

/** Groups the columns' lines (already in reading order) into paragraphs. */
export function groupParagraphs(columns: Column[]): LineGroup[] {
  const placed: Placed[] = columns.flatMap((column) => {
    const { left, right } = columnEdges(column);
    return column.lines.map((line) => ({ line, column, left, right }));
  });
  const gaps: number[] = [];
  for (let i = 1; i < placed.length; i += 1) {
    if (placed[i].column === placed[i - 1].column) gaps.push(Math.max(0, placed[i].line.bbox[1] - placed[i - 1].line.bbox[3]));
  }
  const body = bodySize(placed.map((p) => p.line));
  const groups: LayoutLine[][] = [];
  placed.forEach((p, i) => {
    if (i === 0 || startsParagraph(placed[i - 1], p, gaps, body)) groups.push([]);
    groups[groups.length - 1].push(p.line);
  });
  return groups.map((lines) => ({ lines, bbox: unionBox(lines.map((l) => l.bbox)), size: median(lines.map(lineSize)) }));
}
