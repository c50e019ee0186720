/**
 * Body columns told by their grid. A paper sets an article's columns at one width with one gutter between
 * them, so the white runs that are gutters cut the box into equal parts at an even pitch. That holds in a band
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
 * How far, in characters, a column's ink may fall short of the others: a column's ink ends where its widest
 * line's last glyph does, and a line that ends in a 。 or ， leaves part of its last em white.
 */
const WIDTH_TOLERANCE_CHARS = 0.5;

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
 * does not stand in two or more columns of one width (within WIDTH_TOLERANCE_CHARS) with a gutter of about one
 * width between each pair. `text` is the body text height in profile entries; `noise` the ink a white x may hold.
 */
export function evenGrid(profile: number[], text: number, noise: number): [number, number][] | null {
  const from = profile.findIndex((v) => v > noise);
  if (from < 0) return null;
  let to = profile.length;
  while (to > from && profile[to - 1] <= noise) to -= 1;
  const runs = whiteRuns(profile, Math.max(3, Math.round(GRID_GUTTER_CHARS * text)), noise, from, to);
  const tolerance = Math.max(2, WIDTH_TOLERANCE_CHARS * text);
  for (const first of runs) {
    const column = first[0] - from;
    if (column < GRID_COLUMN_CHARS * text) continue;
    const gutter = first[1] - first[0];
    const gutters = [first];
    for (;;) {
      const end = gutters[gutters.length - 1][1] + column;
      const next = runs.find(([s, e]) => Math.abs(s - end) <= tolerance && Math.abs(e - s - gutter) <= tolerance);
      if (!next) break;
      gutters.push(next);
    }
    if (Math.abs(to - gutters[gutters.length - 1][1] - column) <= tolerance) return gutters;
  }
  return null;
}
