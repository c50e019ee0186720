/**
 * Vertical (竖排) headlines: Chinese papers set a short headline top to bottom in a column of its own at the
 * left or right edge of the article, beside the body and a gutter away from it. Its column is one display
 * glyph wide (2–3 body characters), narrower than any body column, so the column cuts never take it off the
 * body; left on, its tall glyphs bridge the white between the body's lines. Found here on the ink alone: an
 * edge column, a white gutter through the box's whole height, and in it a stack of large, roughly square
 * glyphs at a regular pitch. Those three together are what a headline is and what its near-misses are not:
 * a photo's edge has no white between "glyphs", a side box or a column of list numbers holds body-size or
 * narrow marks, and text columns are wider than one glyph.
 */
import type { BBox } from '../model/document';

/** Ink per column / per row of a box (rules count as white), as lib/plan's block cutting sees it. */
export interface InkProfiles {
  cols(b: BBox): number[];
  rows(b: BBox): number[];
  /**
   * Ink per row with nothing taken for a rule. In a column one glyph wide, a heavy glyph's flat stroke (井's, 书's
   * top bar) crosses the whole column a few rows thick, as a rule does; taken for one, it splits the glyph in two.
   */
  rawRows?(b: BBox): number[];
}

export interface VerticalHeadline {
  /** The headline's column, trimmed to its ink. */
  column: BBox;
  /** The rest of the box (the body beside it), for the cutting to go on with. */
  rest: BBox;
  /** Its glyphs top to bottom: the order they are read in. */
  glyphs: BBox[];
}

/** A vertical headline's glyphs are display type: at least this many body characters wide. */
const MIN_GLYPH = 1.8;
const MAX_GLYPH = 4.5;
/** Fewer glyphs than this are a drop cap or a lone mark, not a headline. */
const MIN_GLYPHS = 3;

/** Inked runs [start, end) of a profile, split at blank runs at least `gap` long. */
function inkRuns(profile: number[], gap: number, noise = 0): [number, number][] {
  const runs: [number, number][] = [];
  let start = -1;
  let blank = 0;
  for (let i = 0; i <= profile.length; i += 1) {
    const inked = i < profile.length && profile[i] > noise;
    if (inked) {
      if (start < 0) start = i;
      blank = 0;
    } else if (start >= 0) {
      blank += 1;
      if (blank >= gap || i === profile.length) {
        runs.push([start, i - blank + 1]);
        start = -1;
        blank = 0;
      }
    }
  }
  return runs;
}

const median = (v: number[]) => [...v].sort((a, b) => a - b)[v.length >> 1];

/**
 * The glyphs of a candidate column `width` px wide: row bands of ink, where bands that fit in one glyph's
 * cell together may be one glyph (below). Null unless they form a
 * headline: enough glyphs, most about as tall as the column is wide, none taller, at an even pitch.
 */
export function stackedGlyphs(rows: number[], width: number, text: number): [number, number][] | null {
  const bands = inkRuns(rows, 1);
  // Bands that fit in one glyph's cell together are one glyph when the white between them is thinner than
  // body leading (古 and 茶 have a white row under their top strokes), or when one is a lone stroke (三's, thinner than a body line):
  // body lines beside each other stay apart, so a column of them never passes for big glyphs.
  const thin = (band: [number, number]) => band[1] - band[0] <= Math.min(0.4 * width, 0.65 * text);
  const glyphs: [number, number][] = [];
  for (const band of bands) {
    const last = glyphs[glyphs.length - 1];
    const near = last && band[0] - last[1] <= Math.max(1, 0.25 * text);
    if (last && band[1] - last[0] <= 1.1 * width && (near || thin(last) || thin(band))) last[1] = band[1];
    else glyphs.push([...band]);
  }
  if (glyphs.length < MIN_GLYPHS) return null;
  const heights = glyphs.map(([s, e]) => e - s);
  if (Math.max(...heights) > 1.3 * width) return null;
  // A flat glyph (一, 四) is lower than its cell; most of a headline's glyphs fill it.
  if (heights.filter((h) => h >= 0.65 * width).length < 0.6 * glyphs.length) return null;
  const centres = glyphs.map(([s, e]) => (s + e) / 2);
  const pitches = centres.slice(1).map((c, i) => c - centres[i]);
  const pitch = median(pitches);
  if (pitch < 0.85 * width || pitch > 1.6 * width) return null;
  if (pitches.some((p) => Math.abs(p - pitch) > 0.3 * pitch)) return null;
  return glyphs;
}

/**
 * A vertical headline at the left or right edge of `b` (a box trimmed to its ink), with a white gutter
 * through the whole box between it and the rest; null when there is none. `text` is the body text height.
 */
export function verticalHeadline(ink: InkProfiles, b: BBox, text: number): VerticalHeadline | null {
  const w = b[2] - b[0];
  const h = b[3] - b[1];
  if (h < MIN_GLYPHS * MIN_GLYPH * text || w < (MIN_GLYPH + 2) * text) return null;
  const cols = ink.cols(b);
  // A gutter is wider than the white inside a big glyph's strokes at that edge, and at least two pixels.
  const gutter = Math.max(2, Math.round(0.15 * text));
  // A sliver at the box's edge (a neighbour's rule or a frame's stub) is no column: the headline is inside it.
  const runs = inkRuns(cols, gutter, Math.max(0, Math.floor(h * 0.004)));
  while (runs.length && runs[0][1] - runs[0][0] < 0.3 * text) runs.shift();
  while (runs.length && runs[runs.length - 1][1] - runs[runs.length - 1][0] < 0.3 * text) runs.pop();
  if (runs.length < 2) return null;
  // The column may hold white columns of its own (a gap every glyph has at the same place): runs are joined
  // from the edge inwards while they still fit one glyph.
  for (const side of ['left', 'right'] as const) {
    for (let k = 1; k < runs.length; k += 1) {
      const [s, e] = side === 'left' ? [runs[0][0], runs[k - 1][1]] : [runs[runs.length - k][0], runs[runs.length - 1][1]];
      const width = e - s;
      if (width > MAX_GLYPH * text) break;
      if (width < MIN_GLYPH * text) continue;
      const column: BBox = [b[0] + s, b[1], b[0] + e, b[3]];
      const glyphs = stackedGlyphs(ink.rows(column), width, text) ?? (ink.rawRows ? stackedGlyphs(ink.rawRows(column), width, text) : null);
      if (!glyphs) continue;
      const rest: BBox = side === 'left' ? [b[0] + runs[k][0], b[1], b[2], b[3]] : [b[0], b[1], b[0] + runs[runs.length - k - 1][1], b[3]];
      const boxes = glyphs.map(([y0, y1]): BBox => [column[0], b[1] + y0, column[2], b[1] + y1]);
      return { column: [column[0], boxes[0][1], column[2], boxes[boxes.length - 1][3]], rest, glyphs: boxes };
    }
  }
  return null;
}
