/**
 * Pieces of a block's text to render: plain, a low-confidence word, or the span a pending suggestion
 * would change. Overlapping marks keep the first (the suggestion, which says what to do).
 */
import { lowConfidenceSpans, type ConfidenceSpan } from '../../lib/model/confidence';
import type { Block } from '../../lib/model/document';
import type { Suggestion } from '../../lib/repair/types';

export type TextPiece =
  | { kind: 'plain'; text: string }
  | { kind: 'low'; text: string; span: ConfidenceSpan }
  | { kind: 'suggestion'; text: string; suggestion: Suggestion; replacement: string };

export function textPieces(block: Block, suggestions: Suggestion[]): TextPiece[] {
  const marks: { start: number; end: number; piece: TextPiece }[] = [];
  for (const s of suggestions) {
    for (const e of s.edits ?? []) {
      if (e.blockId !== block.id || block.text.slice(e.start, e.end) !== e.expected) continue;
      marks.push({ start: e.start, end: e.end, piece: { kind: 'suggestion', text: e.expected, suggestion: s, replacement: e.text } });
    }
  }
  for (const span of lowConfidenceSpans(block)) marks.push({ start: span.start, end: span.end, piece: { kind: 'low', text: span.text, span } });
  marks.sort((a, b) => a.start - b.start);
  const out: TextPiece[] = [];
  let at = 0;
  for (const m of marks) {
    if (m.start < at) continue;
    if (m.start > at) out.push({ kind: 'plain', text: block.text.slice(at, m.start) });
    out.push(m.piece);
    at = m.end;
  }
  if (at < block.text.length) out.push({ kind: 'plain', text: block.text.slice(at) });
  return out;
}
