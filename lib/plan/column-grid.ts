/**
 * Body columns told by their grid. A paper sets an article's columns at one width with one gutter between
 * them, so the white runs that are gutters cut the box into equal parts at an even pitch: the columns' left
 * edges (where justified lines start) are a pitch apart, and their ink about as wide. That holds in a band
 * of any height: a byline over the first line of each column, the last three lines of a story, a column that is
 * mostly a photo. The white that is no gutter falls anywhere: after a comma that several lines have at the
 * same place, or beside a short last line, it leaves parts of unequal widths. So a short band, or a column
 * taken up by a picture (whose rows are no lines of text), is still cut at its gutters, and never at a comma's
 * white, by asking for the grid rather than for the widest white.
 */

/** A gutter is at least this wide, in characters (ink-blocks.ts GUTTER_CHARS: the white inside a justified line is narrower). */
export const GRID_GUTTER_CHARS = 0.5;
/** A body column is at least this many characters wide (ink-blocks.ts NARROW_COLUMN_CHARS). */
export const GRID_COLUMN_CHARS = 6;
/**
 * How far, in characters, the columns' left edges may stray from an even pitch. Justified lines start flush at
 * their column's left edge, so the edges keep the pitch to a pixel or two of blur.
 */
const PITCH_TOLERANCE_CHARS = 0.5;
/**
 * How much narrower, in characters, a column's ink may be than the widest column's: a column's ink ends where
 * its longest line's last glyph does, and when every line ends in a 。 or ， the right part of that em is white.
 */
const SHORT_COLUMN_CHARS = 1;

/** White runs [start, end) of at least `min` entries at or under `noise`, strictly between inked entries. */
function whiteRuns(profile: number[], min: number, noise: number, from: number, to: number): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  for (let i = from; i <= to; i += 1) {
    const white = i < to && profile[i] <= noise;
    if (white && start < 0) start = i;
    if (!white && start >= 0) {
      if (i < to && i - start >= min) runs.push([start, i]);
      start = -1;
    }
  }
  return runs;
}

/**
 * The gutters [start, end) of an even column grid across a column profile (ink per x), or null when the ink
 * does not stand in two or more columns: left edges at an even pitch (PITCH_TOLERANCE_CHARS), each column's ink
 * about as wide as the widest's (SHORT_COLUMN_CHARS). `text` is the body text height in profile entries; `noise`
 * the ink a white x may hold.
 */
export function evenGrid(profile: number[], text: number, noise: number): [number, number][] | null {
  const from = profile.findIndex((v) => v > noise);
  if (from < 0) return null;
  let to = profile.length;
  while (to > from && profile[to - 1] <= noise) to -= 1;
  const runs = whiteRuns(profile, Math.max(3, Math.round(GRID_GUTTER_CHARS * text)), noise, from, to);
  const tolerance = Math.max(2, PITCH_TOLERANCE_CHARS * text);
  for (const first of runs) {
    const pitch = first[1] - from;
    if (first[0] - from < GRID_COLUMN_CHARS * text) continue;
    const gutters = [first];
    for (;;) {
      const start = gutters[gutters.length - 1][1] + pitch;
      // A gutter has a column after it (a white near the box's right edge is a short line's end).
      const next = runs.find(([, e]) => Math.abs(e - start) <= tolerance && to - e >= GRID_COLUMN_CHARS * text);
      if (!next || next[0] <= gutters[gutters.length - 1][1]) break;
      gutters.push(next);
    }
    const starts = [from, ...gutters.map(([, e]) => e)];
    const widths = starts.map((s, i) => (i < gutters.length ? gutters[i][0] : to) - s);
    const widest = Math.max(...widths);
    // The last column is no wider than the pitch allows, and no column falls short of the widest by much.
    if (widths[widths.length - 1] > pitch + tolerance) continue;
    if (widths.every((w) => w >= widest - Math.max(2, SHORT_COLUMN_CHARS * text))) return gutters;
  }
  return null;
}
