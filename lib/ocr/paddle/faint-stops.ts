/**
 * Full stops the recognition model cannot see. At body size on a blurred scan a 。 is a faint blob of a few
 * pixels, lighter than the ink threshold and without its ring: PP-OCR reads it as blank with certainty
 * (every step's blank probability rounds to 1), while it still reads the ， beside it, whose tail shows.
 * So a blob of faint ink in the lower half of the line, clear of every decoded character's cell and with
 * nothing above it, is a 。: it is put back where it lies. A ， or 、 the model dropped would be put back as
 * 。 too; the model keeps those (measured on the realistic pages: the dropped marks were 。).
 */
import type { Raster } from '../../image';
import type { DecodedChar } from './ctc';
import type { LineBox } from './lines';

/** Marks after which another stop is never a dropped 。 (the model read the punctuation there). */
const PUNCT = /[。，、；：？！.,;:?!…—·]/u;

interface StopGeometry {
  /** The line's ink box and the box cut for the model (crop pixels). */
  line: LineBox;
  box: LineBox;
  /** Crop pixels per CTC time step. */
  stepPx: number;
}

/** Gray level that counts as faint ink: a third of the way from the paper of the box cut for the model to its ink. */
function faintThreshold(gray: Raster, [x0, y0, x1, y1]: LineBox): number {
  const values: number[] = [];
  for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) values.push(gray.data[y * gray.width + x]);
  values.sort((a, b) => a - b);
  const ink = values[Math.floor(values.length * 0.02)];
  const paper = values[Math.floor(values.length * 0.9)];
  return paper - (paper - ink) / 3;
}

/**
 * The x of a stop-shaped blob in columns [from, to): a run of columns with faint ink in the line's lower
 * half only, at least a sixth of the line height wide and at most half of it, its ink no taller than half
 * the line, with a column clear of lower ink after it. Null when there is none.
 */
function stopIn(gray: Raster, line: LineBox, from: number, to: number, t: number): number | null {
  const [, y0, , y1] = line;
  const h = y1 - y0;
  const mid = y0 + Math.round(h * 0.45);
  const bottom = Math.min(gray.height, y1 + Math.max(1, Math.round(h * 0.15)));
  const dark = (x: number, ya: number, yb: number) => {
    for (let y = ya; y < yb; y += 1) if (gray.data[y * gray.width + x] < t) return true;
    return false;
  };
  let run = 0;
  let top = bottom;
  let low = mid;
  for (let x = Math.max(0, from); x <= Math.min(gray.width, to); x += 1) {
    const blob = x < Math.min(gray.width, to) && dark(x, mid, bottom) && !dark(x, y0, mid);
    if (blob) {
      run += 1;
      for (let y = mid; y < bottom; y += 1) {
        if (gray.data[y * gray.width + x] >= t) continue;
        top = Math.min(top, y);
        low = Math.max(low, y + 1);
      }
      continue;
    }
    // A stop stands free on its right; ink there beside it makes it the foot of a glyph (上's left, 辶's sweep).
    const free = x >= gray.width || !dark(x, mid, bottom);
    if (free && run >= Math.max(2, h / 6) && run <= h / 2 && low - top <= h / 2) return x - run / 2;
    run = 0;
    top = bottom;
    low = mid;
  }
  return null;
}

/**
 * `chars` with a 。 put back after every character whose following cell holds a stop-shaped faint blob
 * that no decoded character covers.
 */
export function withFaintStops(chars: DecodedChar[], gray: Raster, g: StopGeometry): DecodedChar[] {
  if (!chars.length) return chars;
  const centre = (c: DecodedChar) => g.box[0] + ((c.first + c.last + 1) / 2) * g.stepPx;
  const centres = chars.map(centre);
  const gaps = centres.slice(1).map((c, i) => c - centres[i]).sort((a, b) => a - b);
  // The median distance between neighbours is the pitch; a line of one character is as wide as it is tall.
  const pitch = gaps.length ? gaps[gaps.length >> 1] : g.line[3] - g.line[1];
  if (!(pitch > 0)) return chars;
  const t = faintThreshold(gray, g.box);
  const out: DecodedChar[] = [];
  chars.forEach((c, i) => {
    out.push(c);
    if (PUNCT.test(c.char) || (i + 1 < chars.length && PUNCT.test(chars[i + 1].char))) return;
    const from = Math.ceil(centres[i] + pitch / 2);
    const to = Math.floor(i + 1 < chars.length ? centres[i + 1] - pitch / 2 : Math.min(g.box[2], centres[i] + 1.5 * pitch));
    if (to - from < (g.line[3] - g.line[1]) / 6) return;
    const x = stopIn(gray, g.line, from, to, t);
    if (x === null) return;
    const step = Math.round((x - g.box[0]) / g.stepPx - 0.5);
    out.push({ char: '。', prob: 0.5, first: step, last: step });
  });
  return out;
}
