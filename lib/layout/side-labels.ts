/**
 * Text set beside a picture rather than under it: the "扫码…" line next to a QR code, a side caption next
 * to a small photo. Such a line lies within the picture's height, just right or left of it, and no column
 * runs through it: a column beside a picture has lines right above or below the picture starting where the
 * line starts. The reading-order cut would put it inside the column it stands under (between that column
 * and the next); papers set it apart from the columns, so it is read after them.
 */
import type { BBox } from '../model/document';
import type { LayoutLine } from './lines';

/** At most this many lines beside one picture are its label; more are a column. */
const MAX_LABEL_LINES = 3;

/** Whether `l` sits beside `picture` (within its height, at most two characters off its side). */
function beside(l: LayoutLine, picture: BBox, body: number): boolean {
  const [x0, y0, x1, y1] = l.bbox;
  if (y0 < picture[1] - 0.5 * body || y1 > picture[3] + 0.5 * body) return false;
  const right = x0 >= picture[2] - 0.5 * body && x0 - picture[2] <= 2 * body;
  const left = x1 <= picture[0] + 0.5 * body && picture[0] - x1 <= 2 * body;
  return right || left;
}

/** A column goes on past the picture's height at the line's left edge (within a line and a half of it). */
function columnThrough(l: LayoutLine, picture: BBox, lines: LayoutLine[], body: number): boolean {
  return lines.some((o) => {
    if (o === l || Math.abs(o.bbox[0] - l.bbox[0]) > body) return false;
    const above = o.bbox[3] <= picture[1] + 0.5 * body && picture[1] - o.bbox[3] <= 1.5 * body;
    const below = o.bbox[1] >= picture[3] - 0.5 * body && o.bbox[1] - picture[3] <= 1.5 * body;
    return above || below;
  });
}

/** The lines that are side labels of the pictures, one group per picture (in the pictures' order). */
export function sideLabels(lines: LayoutLine[], pictures: BBox[], body: number): LayoutLine[][] {
  return pictures.map((p) => {
    const candidates = lines.filter((l) => beside(l, p, body));
    if (!candidates.length || candidates.length > MAX_LABEL_LINES) return [];
    return candidates.some((l) => columnThrough(l, p, lines, body)) ? [] : candidates;
  });
}
