/**
 * OCR lines flattened out of tesseract's block/paragraph nesting, which the layout code does not trust:
 * tesseract's blocks follow its own page analysis, which interleaves newspaper columns. Everything
 * after this works on plain lines with boxes, in page pixels.
 */
import type { BBox } from '../model/document';
import type { OcrLine, OcrWord, RegionOcr } from '../ocr/types';
import { joinLines } from '../text';
import { maxOf, minOf } from '../model/big-arrays';

export interface LayoutLine {
  text: string;
  bbox: BBox;
  confidence: number;
  words: OcrWord[];
  /** Region the line was read from. */
  regionId: string;
}

export const width = (b: BBox): number => b[2] - b[0];
export const height = (b: BBox): number => b[3] - b[1];

export function median(values: number[]): number {
  if (!values.length) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function unionBox(boxes: BBox[]): BBox {
  return [
    minOf(boxes.map((b) => b[0])),
    minOf(boxes.map((b) => b[1])),
    maxOf(boxes.map((b) => b[2])),
    maxOf(boxes.map((b) => b[3])),
  ];
}

/** Width of a text in ems: Han characters and full-width punctuation are square, ASCII about half as wide. */
export function ems(text: string): number {
  let n = 0;
  for (const ch of text.replace(/\s+/g, '')) n += /[\x21-\x7e]/.test(ch) ? 0.55 : 1;
  return n;
}

/**
 * Type size of a line: its box height (a CJK character fills the line box), unless the characters are
 * narrower than that — then tesseract merged two rows into one box and the pitch tells the real size.
 */
export function lineSize(l: { bbox: BBox; text: string; words?: OcrWord[] }): number {
  const n = ems(l.text);
  // Read top to bottom, the pitch runs down the line and the glyphs are as wide as its box.
  if (l.words && isVertical({ words: l.words })) return Math.min(width(l.bbox), (height(l.bbox) / n) * 1.1);
  // A line ending in CJK punctuation has its box end at the mark, which sits in the left half of its em:
  // counted whole, `书。` (22 px wide, 17 px tall) would measure 12 px and start a paragraph of its own.
  const span = /[。，、；：！？]$/u.test(l.text.trim()) ? n - 0.5 : n;
  const pitch = n >= 2 ? width(l.bbox) / span : Infinity;
  return Math.min(height(l.bbox), pitch * 1.1);
}

/** A line read top to bottom (a vertical headline, lib/ocr/vertical-part.ts): each word stands under the one before it. */
export function isVertical(l: { words: OcrWord[] }): boolean {
  const w = l.words;
  return w.length >= 2 && w.every((x, i) => i === 0 || (x.bbox[1] >= (w[i - 1].bbox[1] + w[i - 1].bbox[3]) / 2 && x.bbox[0] < w[i - 1].bbox[2] && x.bbox[2] > w[i - 1].bbox[0]));
}

/** Body type size of a set of lines: the median height, weighted by line length so a few headlines do not move it. */
export function bodySize(lines: LayoutLine[]): number {
  const weighted: number[] = [];
  for (const l of lines) for (let i = 0; i < Math.max(1, Math.min(40, [...l.text].length)); i += 1) weighted.push(lineSize(l));
  return median(weighted);
}

/** A piece of a line narrower than this (in ems) is no column's line: a column is at least three characters wide. */
const MIN_PIECE_EMS = 3;

/**
 * A line tesseract merged across a column gap has a word gap far wider than any gap inside a sentence;
 * cut it there so the column finder sees the gap. A mark OCR dropped (`。”` at a sentence's end) leaves
 * as wide a gap inside a sentence, so a piece too narrow to be a column's line stays with its neighbour.
 */
export function splitAtWideGaps(line: LayoutLine, gapFactor = 1): LayoutLine[] {
  const words = line.words;
  if (words.length < 2) return [line];
  const limit = gapFactor * lineSize(line);
  const parts: OcrWord[][] = [[words[0]]];
  for (let i = 1; i < words.length; i += 1) {
    if (words[i].bbox[0] - words[i - 1].bbox[2] > limit) parts.push([]);
    parts[parts.length - 1].push(words[i]);
  }
  const narrow = (ws: OcrWord[]) => ems(ws.map((w) => w.text).join('')) < MIN_PIECE_EMS;
  for (let i = parts.length - 1; i >= 0 && parts.length > 1; i -= 1) {
    if (!narrow(parts[i])) continue;
    if (i > 0) parts[i - 1].push(...parts.splice(i, 1)[0]);
    else parts[1].unshift(...parts.splice(0, 1)[0]);
  }
  if (parts.length === 1) return [line];
  return parts.map((ws) => ({
    text: joinWords(ws),
    bbox: unionBox(ws.map((w) => w.bbox)),
    confidence: ws.reduce((s, w) => s + w.confidence, 0) / ws.length,
    words: ws,
    regionId: line.regionId,
  }));
}

/**
 * Cuts a line across the column gap [from, to] by its words' centres (tesseract sometimes reads a row of two
 * columns as one line). Its word boxes are loose at such a join, so the parts are clipped to the gap.
 */
export function splitLineAt(line: LayoutLine, from: number, to: number): LayoutLine[] {
  const x = (from + to) / 2;
  const left = line.words.filter((w) => (w.bbox[0] + w.bbox[2]) / 2 < x);
  const right = line.words.filter((w) => (w.bbox[0] + w.bbox[2]) / 2 >= x);
  if (!left.length || !right.length) return [line];
  const part = (ws: OcrWord[], side: 'left' | 'right'): LayoutLine => {
    const box = unionBox(ws.map((w) => w.bbox));
    if (side === 'left') box[2] = Math.max(box[0] + 1, Math.min(box[2], from));
    else box[0] = Math.min(box[2] - 1, Math.max(box[0], to));
    return { text: joinWords(ws), bbox: box, confidence: ws.reduce((s, w) => s + w.confidence, 0) / ws.length, words: ws, regionId: line.regionId };
  };
  return [part(left, 'left'), part(right, 'right')];
}

/** Pieces of one row of a column (tesseract cut the line) as one line, left to right. */
export function mergeRow(pieces: LayoutLine[]): LayoutLine {
  if (pieces.length === 1) return pieces[0];
  const sorted = [...pieces].sort((a, b) => a.bbox[0] - b.bbox[0]);
  const words = sorted.flatMap((l) => (l.words.length ? l.words : [{ text: l.text, bbox: l.bbox, confidence: l.confidence }]));
  return {
    text: joinWords(sorted.map((l) => ({ text: l.text, bbox: l.bbox, confidence: l.confidence }))),
    bbox: unionBox(sorted.map((l) => l.bbox)),
    confidence: sorted.reduce((s, l) => s + l.confidence * l.text.length, 0) / Math.max(1, sorted.reduce((n, l) => n + l.text.length, 0)),
    words,
    regionId: sorted[0].regionId,
  };
}

const joinWords = (words: OcrWord[]): string => joinLines(words.map((w) => w.text));

function fromOcrLine(l: OcrLine, regionId: string): LayoutLine {
  return { text: l.text.trim(), bbox: l.bbox, confidence: l.confidence, words: l.words, regionId };
}

/** All non-empty lines of a region, split at column-wide gaps, in no particular order. */
export function regionLines(region: RegionOcr): LayoutLine[] {
  return region.blocks
    .flatMap((b) => b.paragraphs.flatMap((p) => p.lines))
    .map((l) => fromOcrLine(l, region.regionId))
    .flatMap((l) => splitAtWideGaps(l))
    .filter((l) => l.text && width(l.bbox) > 0 && height(l.bbox) > 0);
}
