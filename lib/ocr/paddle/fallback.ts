/**
 * When the lines our ink profile found (lines.ts) cannot be trusted, and the crop goes to the text
 * detector instead (detect.ts). Measured on the crop's ink mask and its found lines, a pass over each
 * line's pixels, so crops whose lines are fine pay almost nothing:
 * - `uncovered-ink`: much of the crop's ink (rules aside) lies in rows of no found line: lines dropped as
 *   specks, or ink too faint per row to make a band;
 * - `joined-lines`: a long line whose middle rows hold almost no ink — two or three lines set solid, their
 *   ascenders and descenders touching, so no white row parts them; Han text has strokes all through a
 *   line's middle, so one line never looks like this;
 * - `tall-line`: a line much taller than the crop's usual one, where it has enough lines to know one;
 * - `slanted`: the ink of a long line climbs or falls from one end to the other by a good share of its
 *   height (a skewed scan or a rotated box: cut by rows, its characters would be cut through).
 * Picture blocks are not sent to the detector for being pictures: the text it finds in photos (signs,
 * screens) is not the article's, and reading it made page CER worse (decision 010); a picture's text crop
 * that fails a check above still goes.
 */
import { withoutRules } from '../../plan';
import { rowProfile, type LineBox } from './lines';

export interface CropLineStats {
  lines: number;
  /** Share of the crop's ink (rules aside) in the rows of some found line (1 when the crop has no ink). */
  inkCovered: number;
  /** The emptiest middle row of a long line, as a share of that line's well-inked rows (its upper quartile; 1 when no line is long). */
  middleValley: number;
  /** The largest line height ÷ the median line height, with at least three lines (else 1). */
  tallestPerUsual: number;
  /** The largest rise of a long line's ink centre from its left to its right end, in line heights. */
  slope: number;
}

export type DetectionReason = 'uncovered-ink' | 'joined-lines' | 'tall-line' | 'slanted';

/** Thresholds, each with room for the ordinary: lines of a column vary a little, a scan is rarely quite level. */
export const FALLBACK_LIMITS = { inkCovered: 0.9, middleValley: 0.15, tallestPerUsual: 1.8, slope: 0.4 } as const;
export type FallbackLimits = Record<keyof typeof FALLBACK_LIMITS, number>;

/** A line this many heights long is long enough to judge its middle rows and its slant (a line of two glyphs is not). */
const LONG = 4;

const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  return s.length ? s[s.length >> 1] : 0;
};

/**
 * The emptiest row in the middle half of the line ÷ its upper-quartile row: the reference is the rows
 * through the glyphs, not the median, which blank rows above the text or a frame's edge can pull down.
 */
function valley(mask: Uint8Array, width: number, [x0, y0, x1, y1]: LineBox): number {
  const rows = rowProfile(mask, width, y0, y1, x0, x1);
  const sorted = [...rows].sort((a, b) => a - b);
  const mid = sorted[Math.floor(sorted.length * 0.75)];
  if (!mid) return 1;
  const h = y1 - y0;
  return Math.min(...rows.slice(Math.floor(h / 4), Math.ceil((3 * h) / 4))) / mid;
}

/** Rise of the ink's vertical centre from the line's first fifth to its last, in line heights. */
function rise(mask: Uint8Array, width: number, [x0, y0, x1, y1]: LineBox): number {
  const fifth = Math.floor((x1 - x0) / 5);
  const centre = (a: number, b: number) => {
    let n = 0;
    let sum = 0;
    for (let y = y0; y < y1; y += 1) {
      for (let x = a; x < b; x += 1) {
        if (mask[y * width + x]) {
          n += 1;
          sum += y;
        }
      }
    }
    return n ? sum / n : NaN;
  };
  const d = Math.abs(centre(x1 - fifth, x1) - centre(x0, x0 + fifth)) / (y1 - y0);
  return Number.isFinite(d) ? d : 0;
}

export function lineStats(mask: Uint8Array, width: number, height: number, lines: LineBox[]): CropLineStats {
  const rows = withoutRules(rowProfile(mask, width, 0, height), width);
  const ink = rows.reduce((a, v) => a + v, 0);
  const inLine = new Uint8Array(height);
  for (const [, y0, , y1] of lines) inLine.fill(1, y0, y1);
  const covered = rows.reduce((a, v, y) => a + (inLine[y] ? v : 0), 0);
  let middleValley = 1;
  let slope = 0;
  for (const line of lines) {
    if (line[2] - line[0] < LONG * (line[3] - line[1])) continue;
    middleValley = Math.min(middleValley, valley(mask, width, line));
    slope = Math.max(slope, rise(mask, width, line));
  }
  const heights = lines.map((l) => l[3] - l[1]);
  const usual = median(heights);
  return {
    lines: lines.length,
    inkCovered: ink ? covered / ink : 1,
    middleValley,
    tallestPerUsual: lines.length >= 3 && usual > 0 ? Math.max(...heights) / usual : 1,
    slope,
  };
}

/** Why the crop's found lines should give way to the detector's boxes, or null when they are fine. */
export function detectionReason(s: CropLineStats, limits: FallbackLimits = FALLBACK_LIMITS): DetectionReason | null {
  if (s.inkCovered < limits.inkCovered) return 'uncovered-ink';
  if (s.middleValley < limits.middleValley) return 'joined-lines';
  if (s.tallestPerUsual > limits.tallestPerUsual) return 'tall-line';
  if (s.slope > limits.slope) return 'slanted';
  return null;
}
