/**
 * §5 Duplicated fragment.
 *
 * Rule: a span of ≥ 12 characters of a paragraph that repeats, near-verbatim, an earlier span of the
 * same article or the article before is an OCR/tiling copy — when it has the marks of one: it sits at
 * a seam (the start of a block repeating the end of the previous block, or the end of a block that
 * breaks off mid-sentence), it is long (≥ 40 characters), or it is the whole block. Shorter repeats
 * bounded by punctuation are ordinary prose (a lead sentence restated, a slogan, a name) and quotes
 * of a title (`《…》`, `“…”`) are left alone. Propose splitting the copy into its own block and setting it aside as `duplicate` (applying never
 * deletes text) with a gap flag where it stood ("check against the image"); a block that is entirely a
 * copy is set aside whole.
 * Repeats are found by k-gram shingles in linear time (shared/repeats.ts), not by comparing blocks.
 */
import type { Block, EpaperDocument } from '../../model/document';
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyEntries, type BodyEntry, suggestionId } from './shared/ids';
import { findRepeats, type Repeat } from './shared/repeats';
import { endsSentence } from '../../text';

export const meta = {
  kind: 'duplicate',
  title: { zh: '重复片段', en: 'Duplicated fragment' },
  description: {
    zh: '找出与前文几乎逐字相同的片段（扫描拼接或识别错误造成），建议拆出并移出正文（保留），标记缺口。',
    en: 'Finds near-verbatim repeats of earlier text (tile seams, OCR slips), proposes setting them aside (kept) and marks the gap.',
  },
} as const;

const OPENERS: Record<string, string> = { '《': '》', '“': '”', '「': '」', '"': '"' };

/** The span is a quotation of a title or phrase: enclosed by a pair of marks right at its edges. */
function isQuoted(text: string, start: number, end: number): boolean {
  const before = text[start - 1];
  const close = before && OPENERS[before];
  return !!close && (text[end] === close || text[end - 1] === close || text.indexOf(close, end) - end <= 1 && text.indexOf(close, end) >= 0);
}

interface Located { entry: BodyEntry; index: number; offset: number }

/** The body paragraphs as one text, '\u0000' after each (no repeat spans two), and where each starts. */
export interface ParagraphText {
  entries: BodyEntry[];
  starts: number[];
  text: string;
  locate: (pos: number) => Located;
  /** The earliest source a copy at `pos` may repeat: its own article or the one before. */
  sourceFrom: (pos: number) => number;
}

function paragraphText(doc: EpaperDocument): ParagraphText {
  const entries = bodyEntries(doc).filter((e) => e.block.role === 'paragraph');
  const starts: number[] = [];
  let text = '';
  for (const e of entries) {
    starts.push(text.length);
    text += e.block.text + '\u0000';
  }
  // findRepeats asks about positions in text order: the entry found last usually holds the next one too.
  let last = 0;
  const entryAt = (pos: number): number => {
    if (starts[last] <= pos && (last + 1 === starts.length || pos < starts[last + 1])) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= pos) lo = mid; else hi = mid - 1;
    }
    return (last = lo);
  };
  const locate = (pos: number): Located => {
    const index = entryAt(pos);
    return { entry: entries[index], index, offset: pos - starts[index] };
  };
  // Articles follow each other in the text, so "the source is in the same article or the one before" is
  // "the source starts no earlier than that article's first paragraph" (or the next article's that has one).
  const firstOf: number[] = new Array(doc.articles.length + 1).fill(text.length);
  for (let n = entries.length - 1; n >= 0; n -= 1) firstOf[entries[n].articleIndex] = starts[n];
  for (let a = doc.articles.length - 1; a >= 0; a -= 1) firstOf[a] = Math.min(firstOf[a], firstOf[a + 1]);
  const sourceFrom = (pos: number) => firstOf[Math.max(0, entries[entryAt(pos)].articleIndex - 1)];
  return { entries, starts, text, locate, sourceFrom };
}

/** The suggestions for repeats found in `p.text`, in their order. */
function duplicateFindings(p: ParagraphText, repeats: readonly Repeat[]): Suggestion[] {
  const out: Suggestion[] = [];
  for (const r of repeats) {
    const s = suggestionFor(r, p.locate(r.start), p.locate(r.sourceStart), p.entries);
    if (s) out.push(s);
  }
  return out;
}

/** The pass's two halves, for its incremental re-read (lib/repair/duplicate-update.ts); the module's one function is the pass. */
export const duplicateParts = { paragraphText, duplicateFindings };

export const duplicate: RepairPass = (doc) => {
  const p = paragraphText(doc);
  return duplicateFindings(p, findRepeats(p.text, { sourceFrom: p.sourceFrom }));
};

function suggestionFor(r: Repeat, copy: Located, source: Located, entries: BodyEntry[]): Suggestion | undefined {
  const block: Block = copy.entry.block;
  const start = copy.offset;
  const end = start + (r.end - r.start);
  const length = end - start;
  if (isQuoted(block.text, start, end) || isQuoted(source.entry.block.text, source.offset, source.offset + (r.sourceEnd - r.sourceStart))) return undefined;
  const whole = length >= block.text.trim().length * 0.9;
  const prev = entries[copy.index - 1]?.block;
  const seamStart = start <= 1 && prev === source.entry.block && source.offset + (r.sourceEnd - r.sourceStart) >= prev.text.length - 2;
  const seamEnd = end >= block.text.trimEnd().length - 1 && !endsSentence(block.text);
  if (!whole && !seamStart && !seamEnd && length < 40) return undefined;
  const exact = r.similarity === 1;
  const copyText = block.text.slice(start, end);
  const where = source.entry.block.id;
  const base = { kind: 'duplicate' as const, articleId: copy.entry.article.id, blockIds: [block.id, where] };
  if (whole) {
    return {
      ...base,
      id: suggestionId('duplicate', [block.id, where]),
      ops: [{ op: 'set-aside', blockId: block.id, kind: 'duplicate', reason: `repeats ${where}` }],
      reason: {
        zh: `整段与前文（${where}）几乎逐字相同，是重复的副本：移出正文（保留原文）。`,
        en: `The whole block repeats earlier text (${where}) almost word for word: set it aside (kept).`,
      },
      confidence: exact ? 0.85 : 0.7,
    };
  }
  const ops = setAsideSpan(block, start, end);
  if (!ops) return undefined;
  return {
    ...base,
    id: suggestionId('duplicate', [block.id, where], [start, end]),
    ops,
    reason: {
      zh: `“${copyText}”几乎逐字重复了前文（${where}），可能是扫描或识别造成的副本，原文可能在此缺失：把它拆出并移出正文（保留），标记缺口，请对照原图。`,
      en: `“${copyText}” repeats earlier text (${where}) almost word for word — likely a scan/OCR copy standing where text was lost: split it off, set it aside (kept) and mark a gap to check against the image.`,
    },
    confidence: exact && seamStart ? 0.9 : 0.7,
  };
}

const GAP_NOTE = 'duplicate set aside: check against the image / 重复片段已移出，请对照原图核对';

/**
 * Operations that cut `text.slice(start, end)` of a block into its own block and set it aside, so nothing
 * is deleted: split at the span's edges (the copy gets id `<block>-dup`, the text after it `<block>-after`)
 * and flag a gap where the copy stood. A copy at the very start keeps the block's own id instead.
 */
function setAsideSpan(block: Block, start: number, end: number): BlockOperation[] | undefined {
  const text = block.text;
  const before = text.slice(0, start).trim().length > 0;
  const after = text.slice(end).trim().length > 0;
  const restId = `${block.id}-after`;
  const gap = (blockId: string, at: number): BlockOperation => ({ op: 'flag', blockId, flag: { kind: 'gap', at, note: GAP_NOTE } });
  if (!before && !after) return [{ op: 'set-aside', blockId: block.id, kind: 'duplicate', reason: 'repeats earlier text' }];
  if (!before) {
    return [
      { op: 'split', blockId: block.id, at: end, tailId: restId },
      { op: 'set-aside', blockId: block.id, kind: 'duplicate', reason: 'repeats earlier text' },
      gap(restId, 0),
    ];
  }
  const copyId = `${block.id}-dup`;
  const tail = text.slice(start);
  const lead = tail.length - tail.trimStart().length; // the split trims the tail's leading space
  const ops: BlockOperation[] = [{ op: 'split', blockId: block.id, at: start, tailId: copyId }];
  if (after) ops.push({ op: 'split', blockId: copyId, at: end - start - lead, tailId: restId });
  ops.push({ op: 'set-aside', blockId: copyId, kind: 'duplicate', reason: 'repeats earlier text' });
  ops.push(gap(block.id, text.slice(0, start).trimEnd().length));
  return ops;
}
