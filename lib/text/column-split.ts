/**
 * Whole-page OCR (tesseract PSM 3/6 on a newspaper page) put back into reading order. Such a paste reads
 * each printed row straight across the page, so every pasted line of a body band holds one line of each
 * column. This finds the bands (runs of lines split at a column gutter, see column-gutter.ts), measures
 * each column's width, cuts every line into its columns (column-cut.ts) and writes the columns one after
 * another, a blank line after each paragraph: a column line that stops short after a sentence end closes its
 * paragraph; otherwise the paragraph goes on into the next column. Lines after a band that are one column
 * wide go on in its first column (OCR wrote the rows where the other columns had already ended).
 *
 * Between two bands stand the heads of the articles of the next band. When a head row holds two or more
 * heads side by side (two articles over one band), the row is cut at its wide gaps and each article gets
 * its heads, then its share of the band's columns, left to right. A head over one narrow article often
 * wraps: a short head line right under a longer one of the same article continues it.
 *
 * Returns undefined when no band is found: the text is left as it is.
 */
import { isByline } from './byline';
import { isFurniture } from './furniture';
import { isDateline } from './dateline';
import { lineSplits } from './column-gutter';
import { cutLine, cutLineWithCost, endsParagraph, plainSegments, textWidth } from './column-cut';

/** Lines with lined-up gutters that make a band's seed: two rows could be a head row and its byline row, so bylines never count. */
const MIN_SEED = 2;
/** A line this many times a column's width is read across columns. */
const WIDE_LINE = 1.5;
/** Head rows are cut at gaps this wide (spaces) or a rule. */
const HEAD_GAP = /\s*[|｜]\s*|\s{3,}/u;
/** A head segment with fewer Han characters is OCR noise of a photo or rule, not a head. */
const MIN_HEAD_HAN = 2;

/** A page mark (`第02版`): the foot line with the paper's name, never column text. */
const PAGE_MARK = /第\s*[A-Z]?\d{1,3}\s*版/u;
const PUNCT = /[，。、；：“”！？]/u;
/** Role words of a credit line (`本报记者白雪松`, which OCR ran together): a byline is never a head's wrapped end. */
const BYLINE_WORD = /记者|通讯员|本报|特约|实习生/u;
const han = (s: string) => (s.match(/\p{Script=Han}/gu) ?? []).length;
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
};

interface Band {
  /** Lines of the band, in order (blank lines left out). */
  rows: number[];
  /** Lines after it that go on in its first column. */
  tail: number[];
  measures: number[];
}

/** A row of the widest broadsheet (eight columns of a dozen characters and their gutters); a longer line is a merged paragraph. */
const MAX_ROW = 160;
const isSplitRow = (line: string) => line.length <= MAX_ROW && lineSplits(line).length > 0 && !plainSegments(line).some((s) => isByline(s));

/** The column measure of a band's seed rows: the median width of its plainly cut, full segments. */
function seedMeasure(lines: readonly string[]): number {
  const widths = lines.flatMap((l) => plainSegments(l).filter((s) => !endsParagraph(s)).map(textWidth));
  return median(widths.filter((w) => w >= 4));
}

function findBands(lines: readonly string[]): Band[] {
  const bands: Band[] = [];
  let i = 0;
  while (i < lines.length) {
    // A seed: split rows, one row whose gutters OCR read as single spaces allowed between two of them.
    let j = i;
    while (j < lines.length && (isSplitRow(lines[j]) || (j > i && PUNCT.test(lines[j]) && j + 1 < lines.length && isSplitRow(lines[j + 1])))) j += 1;
    // Body text has punctuation in most rows; a row of two-line heads side by side has none.
    if (j - i < MIN_SEED || lines.slice(i, j).filter((l) => PUNCT.test(l)).length < MIN_SEED) {
      i = Math.max(j, i + 1);
      continue;
    }
    const m0 = seedMeasure(lines.slice(i, j));
    if (m0 < 4) {
      i = j;
      continue;
    }
    const rows = Array.from({ length: j - i }, (_, k) => i + k);
    // Down: wide lines and split rows, across single blank lines.
    let end = j;
    for (let k = j; k < lines.length; k += 1) {
      const t = lines[k].trim();
      if (!t) {
        if (k + 1 < lines.length && lines[k + 1].trim() === '') break;
        continue;
      }
      // A row of heads side by side is split and wide too, but has no punctuation.
      if ((isSplitRow(t) || (t.length <= MAX_ROW && textWidth(t) >= WIDE_LINE * m0)) && PUNCT.test(t) && !isByline(t)) {
        rows.push(k);
        end = k + 1;
      } else break;
    }
    const measures = bandColumns(rows.map((r) => lines[r]), m0);
    const tail: number[] = [];
    let last = rows[rows.length - 1];
    let firstColumn = rows.map((r) => cutLine(lines[r], measures)[0] ?? '').join('');
    for (let q = end; q < lines.length; q += 1) {
      const t = lines[q].trim();
      if (!t) continue;
      const w = textWidth(t);
      const fits = w <= measures[0] + 1 && plainSegments(t).length === 1 && !isFurniture(t) && !isByline(t) && !PAGE_MARK.test(t);
      if (!fits || !(!endsParagraph(firstColumn) || w >= measures[0] - 3)) break;
      tail.push(q);
      firstColumn += t;
      last = q;
    }
    bands.push({ rows, tail, measures });
    i = last + 1;
  }
  return bands;
}

/** Each column's measure: the median width of its cut segments that do not end a paragraph, cut twice. */
function columnMeasures(rows: readonly string[], start: number[]): number[] {
  let measures = start;
  for (let round = 0; round < 2; round += 1) {
    const cut = rows.map((r) => cutLine(r, measures)).filter((s) => s.length === measures.length);
    measures = measures.map((m, j) => {
      const ws = cut.map((s) => s[j]).filter((s) => !endsParagraph(s)).map(textWidth).filter((w) => w >= 0.6 * m);
      return ws.length >= 2 ? median(ws) : m;
    });
  }
  return measures;
}

/** Most columns a band is tried with: a broadsheet page has up to eight. */
const MAX_COLUMNS = 8;
/** What each column costs, so a band is not cut finer than its rows need. */
const COLUMN_COST = 1;

/** The band's column measures: of every column count, the one whose cuts fit its rows best. */
function bandColumns(rows: readonly string[], m0: number): number[] {
  let best: { measures: number[]; cost: number } | undefined;
  const widths = rows.map(textWidth);
  const full = median(widths.filter((w) => w >= median(widths)));
  for (let k = 2; k <= MAX_COLUMNS && full / k >= 4; k += 1) {
    const measures = columnMeasures(rows, new Array(k).fill(full / k));
    const cost = rows.reduce((s, r) => s + cutLineWithCost(r, measures).cost, 0) + k * COLUMN_COST;
    if (!best || cost < best.cost) best = { measures, cost };
  }
  return best?.measures ?? [m0, m0];
}

/** Display width (Han two wide) of a line's start: where a segment stands across the page. */
const displayWidth = (text: string) => [...text].reduce((s, ch) => s + (/[\x00-\xff]/.test(ch) ? 1 : 2), 0);

/** Where each segment of a cut line starts on it, in display columns. */
function segmentStarts(line: string, segments: readonly string[]): number[] {
  let at = 0;
  return segments.map((seg) => {
    const i = line.indexOf(seg, at);
    at = i + seg.length;
    return displayWidth(line.slice(0, i));
  });
}

/** Where each column of a band starts on the line (display columns): the median over its rows cut into every column. */
function columnStarts(lines: readonly string[], rows: readonly number[], measures: readonly number[]): number[] | undefined {
  const k = measures.length;
  const full = rows.flatMap((r) => {
    const segs = cutLine(lines[r], measures);
    return segs.length === k ? [segmentStarts(lines[r], segs)] : [];
  });
  return full.length < MIN_SEED ? undefined : Array.from({ length: k }, (_, j) => median(full.map((x) => x[j])));
}

/**
 * Each row's segments in the columns they stand in. A row cut into every column sets them in order; a row
 * with fewer segments has columns that ended (a short article beside longer ones): each segment goes to the
 * column whose start, measured on the band's full rows, lies nearest to where it starts on the line, columns
 * kept in order. So a column empty in the middle of a row leaves a hole, and its right-hand neighbour's text
 * stays in its own column.
 */
function placeSegments(lines: readonly string[], rows: readonly number[], measures: readonly number[]): (string | undefined)[][] {
  const k = measures.length;
  const cut = rows.map((r) => cutLine(lines[r], measures));
  const starts = columnStarts(lines, rows, measures);
  if (!starts) return cut;
  return cut.map((segs, i) => {
    if (segs.length === k || segs.length === 0) return segs;
    const xs = segmentStarts(lines[rows[i]], segs);
    // cost[a][c]: segments a.. placed in columns c.. (in order), the least total distance.
    const n = segs.length;
    const cost = Array.from({ length: n + 1 }, () => new Array<number>(k + 1).fill(Infinity));
    for (let c = 0; c <= k; c += 1) cost[n][c] = 0;
    for (let a = n - 1; a >= 0; a -= 1) for (let c = k - 1; c >= 0; c -= 1) cost[a][c] = Math.min(cost[a][c + 1], Math.abs(xs[a] - starts[c]) + cost[a + 1][c + 1]);
    const out: (string | undefined)[] = new Array(k).fill(undefined);
    for (let a = 0, c = 0; a < n; c += 1) {
      if (cost[a][c] === Math.abs(xs[a] - starts[c]) + cost[a + 1][c + 1]) out[c] = segs[a++];
    }
    return out;
  });
}

/** A band's columns as lines, a blank line after each paragraph; `cut` is its rows placed in columns (placeSegments), `columns` says which. */
function columnText(lines: readonly string[], band: Band, cut: readonly (string | undefined)[][], columns: number[]): string[] {
  const out: string[] = [];
  for (const j of columns) {
    const col = cut.map((s) => s[j]).filter((s): s is string => !!s);
    if (j === 0) col.push(...band.tail.map((q) => lines[q].trim()));
    for (const line of col) {
      out.push(line);
      if (endsParagraph(line) && textWidth(line) < band.measures[j] - 0.5) out.push('');
    }
  }
  if (out[out.length - 1] !== '') out.push('');
  return out;
}

interface HeadPiece {
  text: string;
  x: number;
}

/** A head row's pieces with their display column (Han two wide), so heads side by side can be told apart. */
function headPieces(line: string): HeadPiece[] {
  const out: HeadPiece[] = [];
  const re = new RegExp(HEAD_GAP.source, 'gu');
  let last = 0;
  const col = (upto: number) => [...line.slice(0, upto)].reduce((s, ch) => s + (/[\x00-\xff]/.test(ch) ? 1 : 2), 0);
  for (const m of line.matchAll(re)) {
    const text = line.slice(last, m.index).trim();
    if (text) out.push({ text, x: col(last + (line.slice(last).length - line.slice(last).trimStart().length)) });
    last = m.index! + m[0].length;
  }
  const text = line.slice(last).trim();
  if (text) out.push({ text, x: col(last) });
  return out;
}

/** The heads between two bands, per article side by side: undefined when the rows hold one article's heads. */
function headGroups(lines: readonly string[], columns: number): { heads: string[]; noise: string[] }[] | undefined {
  const rows = lines.filter((l) => l.trim()).map(headPieces);
  const real = (p: HeadPiece) => han(p.text) >= MIN_HEAD_HAN;
  const widest = rows.find((r) => r.filter(real).length === Math.max(...rows.map((q) => q.filter(real).length)));
  const g = widest ? widest.filter(real).length : 0;
  if (g < 2 || g > columns) return undefined;
  const starts = widest!.filter(real).map((p) => p.x);
  const groups: string[][] = Array.from({ length: g }, () => []);
  const junk: string[][] = Array.from({ length: g }, () => []);
  for (const row of rows) {
    // A row of noise (a photo's or rule's marks read as letters): nothing in it is a head.
    const noise = row.reduce((s, p) => s + han(p.text), 0) < 4 || row.filter(real).length * 2 < row.length;
    const reals = noise ? [] : row.filter(real);
    row.forEach((p) => {
      let gi = reals.length === g ? reals.indexOf(p) : -1;
      if (gi < 0) gi = Math.max(0, starts.filter((x) => x <= p.x + 4).length - 1);
      (!noise && real(p) ? groups : junk)[gi].push(p.text);
    });
  }
  // A wrapped head: a short line right under a longer one of the same narrow article continues it.
  const joined = groups.map((heads) => {
    const out: string[] = [];
    for (const h of heads) {
      const prev = out[out.length - 1];
      if (prev && !BYLINE_WORD.test(prev) && !BYLINE_WORD.test(h) && textWidth(h) <= 0.6 * textWidth(prev) && !endsParagraph(prev) && !/[，、：:]$/u.test(prev)) out[out.length - 1] = prev + h;
      else out.push(h);
    }
    return out;
  });
  return joined.map((heads, gi) => ({ heads, noise: junk[gi] }));
}

/**
 * The first column of each of `g` articles side by side over a band of `k` columns. An article's text opens
 * with its dateline (`本报东川5月19日电`), so when exactly `g` columns begin with one, the first among them
 * the band's first, those are where the articles begin: a narrow article beside a wide one gets its one
 * column and the wide one the rest. Otherwise the columns are shared equally, left to right. (Where a head
 * starts on its pasted line tells nothing: head type is larger than body type, so its place in characters
 * is not the place of the columns below it.)
 */
function groupColumns(g: number, tops: readonly (string | undefined)[], k: number): number[] {
  const opens = tops.flatMap((t, j) => (t && isDateline(t) ? [j] : []));
  if (opens.length === g && opens[0] === 0) return opens;
  return Array.from({ length: g }, (_, gi) => Math.ceil((gi * k) / g));
}

/** The lines in reading order, or undefined when no line is read across columns. */
export function splitColumns(lines: readonly string[]): string[] | undefined {
  const bands = findBands(lines);
  if (bands.length === 0) return undefined;
  const out: string[] = [];
  let next = 0;
  bands.forEach((band, b) => {
    const first = band.rows[0];
    let between = lines.slice(next, first);
    const k = band.measures.length;
    // Above the first band stands the page's own head (paper, page, date): furniture, never an article's head.
    if (b === 0) {
      let f = 0;
      while (f < between.length && (!between[f].trim() || isFurniture(between[f].trim()) || PAGE_MARK.test(between[f]))) f += 1;
      out.push(...between.slice(0, f).flatMap((l) => (l.trim() ? [l, ''] : [])));
      between = between.slice(f);
    }
    const groups = headGroups(between, k);
    // Placed once per band: each article's share of the columns reads from the same placement.
    const placed = placeSegments(lines, band.rows, band.measures);
    if (!groups) {
      out.push(...between.flatMap((l) => (l.trim() ? [l, ''] : [])));
      out.push(...columnText(lines, band, placed, Array.from({ length: k }, (_, j) => j)));
    } else {
      const tops = Array.from({ length: k }, (_, j) => placed.find((row) => row[j])?.[j]);
      const firsts = groupColumns(groups.length, tops, k);
      groups.forEach(({ heads, noise }, gi) => {
        out.push(...heads.flatMap((h) => [h, '']));
        const cols = Array.from({ length: k }, (_, j) => j).filter((j) => j >= firsts[gi] && j < (firsts[gi + 1] ?? k));
        out.push(...columnText(lines, band, placed, cols));
        // OCR's noise of a photo or rule goes after the article's text: between head and lead it would pass for a caption.
        out.push(...noise.flatMap((h) => [h, '']));
      });
    }
    next = Math.max(band.rows[band.rows.length - 1], ...band.tail) + 1;
  });
  out.push(...lines.slice(next).flatMap((l) => (l.trim() ? [l, ''] : [])));
  return out;
}
