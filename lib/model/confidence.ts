/**
 * Low-confidence words located in a block's current text, so the editor can mark them in place
 * and the export can count and highlight them (one rule for both).
 * OCR gives confidences per word of the *raw* lines; the text may since have been repaired, so each word
 * is searched for in order from where the previous one ended. Words the user or engine changed no
 * longer match and are not marked (they were looked at already).
 */
import { LOW_CONFIDENCE, type BBox, type Block } from './document';

export interface ConfidenceSpan {
  start: number;
  end: number;
  text: string;
  confidence: number;
  bbox: BBox;
  /** Index into `source.lines` the word came from (to highlight the line on the image). */
  line: number;
}

export function lowConfidenceSpans(block: Block, threshold = LOW_CONFIDENCE): ConfidenceSpan[] {
  const spans: ConfidenceSpan[] = [];
  const text = block.text;
  let from = 0;
  (block.source?.lines ?? []).forEach((line, lineIndex) => {
    for (const word of line.words ?? []) {
      const needle = word.text.trim();
      if (!needle) continue;
      const at = text.indexOf(needle, from);
      // Look only a short way ahead: a match far away is a different occurrence, not this word.
      if (at < 0 || at - from > needle.length + 8) continue;
      from = at + needle.length;
      if (word.confidence < threshold) {
        spans.push({ start: at, end: from, text: needle, confidence: word.confidence, bbox: word.bbox, line: lineIndex });
      }
    }
  });
  return spans;
}
