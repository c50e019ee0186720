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
}

const isWordChar = (c: string) => /^[\p{Script=Latin}\p{Nd}.,%+\-/:'&@#]$/u.test(c) && !/^[\u3000-\u303f\uff00-\uffef]$/.test(c);

const round1 = (x: number) => Math.round(x * 10) / 10;

function charBoxes(chars: DecodedChar[], g: LineGeometry): [number, number][] {
  const centres = chars.map((c) => g.originX + ((c.first + c.last + 1) / 2) * g.stepPx);
  const gaps = centres.slice(1).map((c, i) => c - centres[i]).sort((a, b) => a - b);
  // The median distance between neighbours is the pitch; a line of one character is as wide as it is tall.
  const pitch = gaps.length ? gaps[gaps.length >> 1] : g.y1 - g.y0;
  return centres.map((c, i) => {
    const left = i > 0 ? (centres[i - 1] + c) / 2 : g.x0;
    const right = i < centres.length - 1 ? (c + centres[i + 1]) / 2 : g.x1;
    return [Math.max(left, c - pitch / 2, g.x0), Math.min(right, c + pitch / 2, g.x1)];
  });
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
