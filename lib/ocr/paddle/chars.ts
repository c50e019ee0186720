/**
 * Decoded characters of one line → tesseract-shaped words with boxes in crop pixels. CTC gives each
 * character the time steps where it fired, not its extent, so a character's box is centred on its steps
 * and as wide as the line's character pitch, clipped halfway to its neighbours: the editor's word boxes
 * land on the right character, and a wide white gap inside the line stays a gap (lib/layout cuts lines
 * there). Han characters and CJK punctuation are one word each; a run of Latin letters/digits is one word.
 */
import type { TessBox, TessLine, TessWord } from '../tesseract-shapes';
import type { DecodedChar } from './ctc';

export interface LineGeometry {
  /** The line's ink box in crop pixels. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  /** Crop x of the recognition input's left edge (the ink box less its margin), where step 0 starts. */
  originX: number;
  /** Crop pixels per CTC time step. */
  stepPx: number;
  /** Per crop column, non-zero where the line's rows hold ink; without it, gaps are kept as the steps place them. */
  inkColumns?: ArrayLike<number>;
}

/**
 * Two neighbours' boxes meet in the middle of the gap between them when at least half of its columns hold
 * ink: CTC places a character within a step or two, and a few steps off leave a "gap" over the characters'
 * own strokes, which lib/layout would cut the line at (a caption cut there no longer spans the columns under
 * it, and they interleave). A gap over paper — two columns a line was merged across — stays.
 */
function closeInkedGaps(boxes: [number, number][], inkColumns: ArrayLike<number>): [number, number][] {
  const out = boxes.map((b) => [...b] as [number, number]);
  for (let i = 1; i < out.length; i += 1) {
    const from = Math.ceil(out[i - 1][1]);
    const to = Math.floor(out[i][0]);
    if (to <= from) continue;
    let ink = 0;
    for (let x = from; x < to; x += 1) if (inkColumns[x]) ink += 1;
    if (2 * ink < to - from) continue;
    const middle = (out[i - 1][1] + out[i][0]) / 2;
    out[i - 1][1] = middle;
    out[i][0] = middle;
  }
  return out;
}

const isWordChar = (c: string) => /^[\p{Script=Latin}\p{Nd}.,%+\-/:'&@#]$/u.test(c) && !/^[\u3000-\u303f\uff00-\uffef]$/.test(c);

const round1 = (x: number) => Math.round(x * 10) / 10;

function charBoxes(chars: DecodedChar[], g: LineGeometry): [number, number][] {
  const centres = chars.map((c) => g.originX + ((c.first + c.last + 1) / 2) * g.stepPx);
  const gaps = centres.slice(1).map((c, i) => c - centres[i]).sort((a, b) => a - b);
  // The median distance between neighbours is the pitch; a line of one character is as wide as it is tall.
  const pitch = gaps.length ? gaps[gaps.length >> 1] : g.y1 - g.y0;
  const boxes = centres.map((c, i): [number, number] => {
    const left = i > 0 ? (centres[i - 1] + c) / 2 : g.x0;
    const right = i < centres.length - 1 ? (c + centres[i + 1]) / 2 : g.x1;
    return [Math.max(left, c - pitch / 2, g.x0), Math.min(right, c + pitch / 2, g.x1)];
  });
  return g.inkColumns ? closeInkedGaps(boxes, g.inkColumns) : boxes;
}

/** One line as tesseract would report it; confidences are the characters' probabilities × 100. */
export function toTessLine(chars: DecodedChar[], g: LineGeometry): TessLine {
  const boxes = charBoxes(chars, g);
  const words: TessWord[] = [];
  let run: { text: string; probs: number[]; x0: number; x1: number } | null = null;
  const flush = () => {
    if (!run) return;
    words.push({ text: run.text, confidence: round1(100 * Math.min(...run.probs)), bbox: box(run.x0, run.x1) });
    run = null;
  };
  const box = (x0: number, x1: number): TessBox => ({ x0: Math.floor(x0), y0: g.y0, x1: Math.max(Math.floor(x0) + 1, Math.ceil(x1)), y1: g.y1 });
  chars.forEach((c, i) => {
    const [x0, x1] = boxes[i];
    if (c.char.trim() === '') return flush();
    if (isWordChar(c.char) && run && isWordChar(run.text[run.text.length - 1])) {
      run.text += c.char;
      run.probs.push(c.prob);
      run.x1 = x1;
      return;
    }
    flush();
    run = { text: c.char, probs: [c.prob], x0, x1 };
  });
  flush();
  const text = chars.map((c) => c.char).join('').trim();
  const confidence = chars.length ? round1((100 * chars.reduce((s, c) => s + c.prob, 0)) / chars.length) : 0;
  return { text, confidence, bbox: { x0: g.x0, y0: g.y0, x1: g.x1, y1: g.y1 }, words };
}
