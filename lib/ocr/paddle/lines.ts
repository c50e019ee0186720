/**
 * Text lines inside one job crop (a column block of lib/plan), for the recognition model, which reads one
 * line at a time. The same ink profile as lib/plan's block cutting (Otsu-dark pixels, rules count as
 * white, blank runs between rows): a block's lines are separated by their leading. A band much taller
 * than the block's usual line (lines whose ascenders and descenders touch) is cut at its thinnest rows,
 * so two lines are never read as one.
 */
import type { Raster } from '../../image';
import { emptyRuns, otsu, withoutRules } from '../../plan';

/** A line's box in crop pixels, [x0, y0, x1, y1). */
export type LineBox = [number, number, number, number];

/** 1 where the crop is ink: darker than its Otsu threshold (capped). */
export function darkMask(gray: Raster): Uint8Array {
  // Capped like lib/plan's ink: on a crop that is nearly all paper Otsu can land inside the paper's grain.
  const t = Math.min(otsu(gray.data), 160);
  const mask = new Uint8Array(gray.data.length);
  for (let i = 0; i < mask.length; i += 1) mask[i] = gray.data[i] < t ? 1 : 0;
  return mask;
}

/** Ink pixels per row of the mask, rows y0…y1 and columns x0…x1 (exclusive ends). */
export function rowProfile(mask: Uint8Array, width: number, y0: number, y1: number, x0 = 0, x1 = width): number[] {
  const out: number[] = [];
  for (let y = y0; y < y1; y += 1) {
    let n = 0;
    for (let x = x0; x < x1; x += 1) n += mask[y * width + x];
    out.push(n);
  }
  return out;
}

function colProfile(mask: Uint8Array, width: number, y0: number, y1: number): number[] {
  const out = new Array<number>(width).fill(0);
  for (let y = y0; y < y1; y += 1) for (let x = 0; x < width; x += 1) out[x] += mask[y * width + x];
  return out;
}

/** Inked bands [start, end) of a profile: the complement of its blank runs, trimmed at both ends. */
function bands(profile: number[], minGap: number, noise: number): [number, number][] {
  const first = profile.findIndex((v) => v > noise);
  if (first < 0) return [];
  let last = profile.length - 1;
  while (profile[last] <= noise) last -= 1;
  const inner = profile.slice(first, last + 1);
  const edges = [0, ...emptyRuns(inner, minGap, noise).flat(), inner.length];
  const out: [number, number][] = [];
  for (let i = 0; i < edges.length; i += 2) out.push([first + edges[i], first + edges[i + 1]]);
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[sorted.length >> 1] : 0;
}

/**
 * The bands that are lines of text, for the usual line height: those holding at least a fifth of the
 * heaviest band's ink. Specks, a rule's stub or the edge of a neighbouring picture make thin bands of
 * little ink; counted in, they would make the usual height a few pixels and a real line "tall", cut into
 * slivers mid-glyph.
 */
function textBands(found: [number, number][], rows: number[]): [number, number][] {
  const mass = found.map(([s, e]) => rows.slice(s, e).reduce((a, v) => a + v, 0));
  const heaviest = Math.max(0, ...mass);
  return found.filter((_, i) => mass[i] >= 0.2 * heaviest);
}

/**
 * A line of characters with a white row through them (二, 三, a row of dashes) comes apart into thin
 * bands: a band under half the usual height joins its neighbour across a gap under 0.6 lines when the
 * two still fit in one line (1.3 lines at most, so a fragment never swallows a whole neighbouring line).
 */
function mergeFragments(found: [number, number][], usual: number): [number, number][] {
  const out: [number, number][] = [];
  for (const band of found) {
    const last = out[out.length - 1];
    const thin = (b: [number, number]) => b[1] - b[0] < 0.5 * usual;
    if (last && (thin(last) || thin(band)) && band[0] - last[1] < 0.6 * usual && band[1] - last[0] <= 1.3 * usual) last[1] = band[1];
    else out.push([...band]);
  }
  return out;
}

/** Splits a band `n` ways at the thinnest row near each expected boundary. */
function splitTall(profile: number[], band: [number, number], n: number): [number, number][] {
  const [s, e] = band;
  const step = (e - s) / n;
  const cuts: number[] = [];
  for (let k = 1; k < n; k += 1) {
    const centre = Math.round(s + k * step);
    const reach = Math.max(1, Math.round(step * 0.3));
    let best = centre;
    for (let y = Math.max(s + 1, centre - reach); y <= Math.min(e - 1, centre + reach); y += 1) if (profile[y] < profile[best]) best = y;
    cuts.push(best);
  }
  const edges = [s, ...cuts, e];
  return edges.slice(1).map((end, i) => [edges[i], end] as [number, number]);
}

/**
 * Lines of a gray crop, top to bottom, each trimmed to its ink. `minGap`: blank rows that separate two
 * lines (default 1; a stroke gap inside a Han character is no wider than the leading in practice, and the
 * tall-band split below catches lines set solid).
 */
export function findLines(gray: Raster, minGap = 1, mask = darkMask(gray)): LineBox[] {
  if (gray.channels !== 1) throw new Error('findLines needs a gray crop (1 channel)');
  const { width, height } = gray;
  const noise = Math.max(0, Math.floor(width * 0.004));
  const rows = withoutRules(rowProfile(mask, width, 0, height), width);
  const raw = bands(rows, minGap, noise);
  const textual = textBands(raw, rows);
  const usual = median(textual.map(([s, e]) => e - s));
  const found = mergeFragments(raw, usual);
  const split = found.flatMap((b) => {
    const h = b[1] - b[0];
    const n = usual > 0 && textual.length >= 3 ? Math.round(h / usual) : 1;
    return n >= 2 && h >= 1.6 * usual ? splitTall(rows, b, n) : [b];
  });
  const lines: LineBox[] = [];
  for (const [y0, y1] of split) {
    const cols = withoutRules(colProfile(mask, width, y0, y1), y1 - y0);
    const x0 = cols.findIndex((v) => v > 0);
    if (x0 < 0) continue;
    let x1 = width;
    while (cols[x1 - 1] === 0) x1 -= 1;
    // A speck (JPEG noise, a stray dot) is small both ways; a thin band a character wide is a dash or 一: text.
    if (y1 - y0 < Math.max(2, usual * 0.25) && x1 - x0 < usual) continue;
    lines.push([x0, y0, x1, y1]);
  }
  return lines;
}

/** The ink inside `box` of a crop's dark mask, trimmed to its rows and columns; null when the box holds none. */
export function inkBox(mask: Uint8Array, width: number, [x0, y0, x1, y1]: LineBox): LineBox | null {
  let ix0 = x1;
  let iy0 = y1;
  let ix1 = x0;
  let iy1 = y0;
  for (let y = y0; y < y1; y += 1) {
    for (let x = x0; x < x1; x += 1) {
      if (!mask[y * width + x]) continue;
      ix0 = Math.min(ix0, x);
      ix1 = Math.max(ix1, x + 1);
      iy0 = Math.min(iy0, y);
      iy1 = Math.max(iy1, y + 1);
    }
  }
  return ix1 > ix0 ? [ix0, iy0, ix1, iy1] : null;
}
