/**
 * Lines read across a column gutter. An OCR tool run on a whole newspaper page (tesseract PSM 3 or 6)
 * reads each text line straight across the page: one pasted line holds a line of every column side by
 * side, with the gutter between them printed as a run of spaces or a `|` (the column rule). Joined, the
 * columns interleave line by line, and no rule on the text alone can reliably take them apart again — but
 * the paste shows it: consecutive lines split at the same place. That is what this finds, so the user can be
 * told to read per column or per article, or to run epaper-md's own OCR on the page image.
 *
 * Conservative on purpose: a split is a `|` or two or more spaces *between* two runs of text with at least
 * three Han characters each (a headline's one phrase space, an indent or a spaced-out name is none), the
 * splits of consecutive lines must line up (same display column within a few, Han characters counting two),
 * and only a run of several such lines counts. Markdown table rows (`| … |`), wiki-links and verse set in
 * equal halves are never splits. A table typed with aligned spaces does look like this: the answer is
 * for a notice, never for changing text.
 */

/** A gap between two columns in one line: display columns `[start, end)`. */
interface Split {
  start: number;
  end: number;
}

export interface GutterRun {
  /** Index of the first line of the longest run (0-based, into the lines given). */
  first: number;
  /** Lines in the longest run. */
  lines: number;
  /** Lines in all runs together. */
  total: number;
}

/** Consecutive lines with a lined-up split, at least: two could be chance, a column runs for many. */
export const MIN_RUN = 4;
/** How far (display columns) two splits may lie apart and still be the same gutter. */
const TOLERANCE = 3;
/**
 * A segment beside a split must hold this many Han characters: it is column text, not a number or a label.
 * A shorter one that ends a sentence (`建设。`, `贴。`) is column text too: a paragraph's last line stops short
 * (then the text on the gap's other side must be long enough).
 */
const MIN_HAN = 3;
const SENTENCE_END = /\p{Script=Han}[。！？…][”」』）]?$/u;
/** The longest part of a line of verse (七言) and its punctuation. */
const MAX_VERSE = 8;
/** Only line-length text is read: a longer line is a merged paragraph, not a page line. */
const MAX_LINE = 400;
const HAN = /\p{Script=Han}/u;
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…]/u;

const width = (ch: string) => (WIDE.test(ch) ? 2 : 1);

/** The splits of one line, in display columns. */
export function lineSplits(line: string): Split[] {
  if (line.length > MAX_LINE || /^\s*\|.*\|\s*$/u.test(line)) return [];
  // A wiki-link's `|` (`[[file|label]]`) is no column rule.
  const chars = [...line.replace(/\[\[[^\]]*\]\]/gu, '[[]]').replace(/\s+$/u, '')];
  // Segments of text between gaps; a gap is a `|` (with the spaces around it) or 2+ spaces.
  const gaps: { start: number; end: number; from: number; to: number }[] = [];
  let col = 0;
  for (let i = 0; i < chars.length; ) {
    let j = i;
    let c = col;
    while (j < chars.length && /[\s|｜]/u.test(chars[j])) c += width(chars[j++]);
    const run = chars.slice(i, j).join('');
    if (j > i && (/[|｜]/u.test(run) || /\s{2,}/u.test(run))) gaps.push({ start: col, end: c, from: i, to: j });
    if (j > i) {
      col = c;
      i = j;
      continue;
    }
    col += width(chars[i]);
    i += 1;
  }
  if (gaps.length === 0) return [];
  const bounds = [0, ...gaps.flatMap((g) => [g.from, g.to]), chars.length];
  const parts = Array.from({ length: gaps.length + 1 }, (_, k) => chars.slice(bounds[2 * k], bounds[2 * k + 1]).join(''));
  const segments = parts.map((p) => [...p].filter((ch) => HAN.test(ch)).length);
  // Verse set in halves (`床前明月光  疑是地上霜`): every part the same short length. Columns are not.
  if (segments.every((n) => n === segments[0] && n <= MAX_VERSE)) return [];
  const text = (k: number) => segments[k] >= MIN_HAN || SENTENCE_END.test(parts[k]);
  return gaps
    .filter((_, k) => text(k) && text(k + 1) && Math.max(segments[k], segments[k + 1]) >= MIN_HAN)
    .map((g) => ({ start: g.start, end: g.end }));
}

const lineUp = (a: Split[], b: Split[]) => a.some((x) => b.some((y) => Math.max(x.start, y.start) - Math.min(x.end, y.end) <= TOLERANCE));

/**
 * The runs of at least MIN_RUN consecutive lines whose splits line up, or undefined when there is none.
 * A line's splits may line up with the line before or the one before that (a line whose gutter OCR read
 * as one space has fewer splits); a line without splits, or a blank line, ends a run.
 */
export function readAcrossColumns(lines: readonly string[]): GutterRun | undefined {
  let best: GutterRun | undefined;
  let total = 0;
  let start = -1;
  let previous: Split[] = [];
  let before: Split[] = [];
  const close = (end: number) => {
    const n = start >= 0 ? end - start : 0;
    if (n >= MIN_RUN) {
      total += n;
      if (!best || n > best.lines) best = { first: start, lines: n, total: 0 };
    }
    start = -1;
  };
  lines.forEach((line, i) => {
    const splits = lineSplits(line);
    if (splits.length && previous.length && (lineUp(previous, splits) || lineUp(before, splits))) {
      if (start < 0) start = i - 1;
    } else close(i);
    before = splits.length ? previous : [];
    previous = splits;
  });
  close(lines.length);
  return best && { ...best, total };
}
