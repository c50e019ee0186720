/**
 * §11 Paragraphs rebuilt from one-OCR-line-per-block text.
 *
 * Rule: a run of ≥ 3 consecutive paragraph blocks that look like printed lines — most of similar length
 * (a column's measure) and most ending mid-sentence — is one or more paragraphs cut at every line. Join
 * each line to the next unless a paragraph ends there: the line is clearly shorter than the measure (the
 * short last line), or the next line opens a paragraph (two-character indent, opening quote, list
 * marker, dateline) or a photo caption starts (`图为…`, `…。 记者 李文 摄`); a caption also ends at its credit,
 * though its own second line may follow its first. With line geometry (`source.bbox` or its one `source.lines` box) the signals are the reader's: a left indent of
 * about one character or more, and a vertical gap clearly larger than the line spacing. Real paragraphs
 * almost always end with `。`, which is what keeps this rule off ordinary prose.
 */
import type { Block } from '../../model/document';
import type { BlockOperation, RepairPass, Suggestion } from '../types';
import { bodyBlocks } from '../../model/document';
import { suggestionId } from './shared/ids';
import { charCount, hasFinalPunctuation, isListOrQuoteStart, isPhotoCaption, joinSeparator, photoCreditRange, startsArticle } from '../../text';
import { minOf } from '../../model/big-arrays';

export const meta = {
  kind: 'line-paragraphs',
  title: { zh: '按行断开的段落', en: 'Paragraphs split into lines' },
  description: {
    zh: '一行一段的 OCR 文本按行长、句末标点、缩进和行距重新拼成段落。',
    en: 'Rebuilds paragraphs from one-line-per-block OCR text using line length, final punctuation, indent and line gaps.',
  },
} as const;

const MIN_RUN = 3;
const MAX_LINE = 48; // characters: wider than any newspaper column measure
/** The line's box: the block's own, or its single OCR line's. */
const box = (b: Block) => b.source?.bbox ?? (b.source?.lines?.length === 1 ? b.source.lines[0].bbox : undefined);
/** Characters (code points) of the trimmed text, counted without a copy of them; up to just past `limit`. */
const len = (b: Block, limit = Infinity) => charCount(b.text.trim(), limit);
// A block already rebuilt from lines (`mergedFrom`) is a paragraph, never a line: keeps the rule idempotent.
const isLine = (b: Block) => {
  if (b.role !== 'paragraph' || b.mergedFrom) return false;
  const n = len(b, MAX_LINE);
  return n > 0 && n <= MAX_LINE && !b.text.includes('\n');
};

/** The run looks like printed lines: mostly the same length and mostly cut mid-sentence. */
function looksLikeLines(run: Block[]): { measure: number } | null {
  const lengths = run.map((b) => len(b)).sort((a, b) => a - b);
  const measure = lengths[Math.floor(lengths.length * 0.75)];
  const full = lengths.filter((n) => n >= measure * 0.85).length;
  const open = run.filter((b) => !hasFinalPunctuation(b.text)).length;
  return full >= run.length * 0.5 && open >= run.length * 0.5 ? { measure } : null;
}

interface Geometry { left: number; height: number; gap: number }

/** Column left edge, line height and usual line gap of a run whose lines all have boxes. */
function runGeometry(run: Block[]): Geometry | undefined {
  const boxes = run.map(box);
  if (boxes.some((b) => !b)) return undefined;
  const gaps = boxes.slice(1).map((b, i) => b![1] - boxes[i]![3]);
  return { left: minOf(boxes.map((b) => b![0])), height: median(boxes.map((b) => b![3] - b![1])), gap: median(gaps) };
}

/** Geometry says a new paragraph starts at `next`: indented, or after a gap wider than line spacing. */
function geometryBreak(prev: Block, next: Block, g: Geometry): boolean {
  const [p, n] = [box(prev)!, box(next)!];
  return n[0] - g.left >= g.height * 0.8 || n[1] - p[3] > g.gap + g.height * 0.6;
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : 0;
}

/** A caption stands apart from the body lines around it: it ends at its credit, and prose never runs into one. */
const captionBreak = (prev: Block, next: Block) => photoCreditRange(prev.text) !== undefined || (isPhotoCaption(next.text) && !isPhotoCaption(prev.text));

function paragraphEnds(prev: Block, next: Block, geometry: Geometry | undefined, measure: number): boolean {
  if (captionBreak(prev, next)) return true;
  if (geometry) return geometryBreak(prev, next, geometry);
  if (/^[\u3000 ]{1,4}\S/u.test(next.text) || isListOrQuoteStart(next.text) || startsArticle(next.text)) return true;
  return len(prev) < measure * 0.85 || (hasFinalPunctuation(prev.text) && len(prev) < measure);
}

export const lineParagraphs: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    const body = bodyBlocks(article);
    for (let i = 0; i < body.length; ) {
      let j = i;
      while (j < body.length && isLine(body[j])) j += 1;
      const run = body.slice(i, j);
      const shape = run.length >= MIN_RUN ? looksLikeLines(run) : null;
      if (shape) for (const group of paragraphs(run, shape.measure)) out.push(suggestion(article.id, group, run));
      i = Math.max(j, i + 1);
    }
  }
  return out;
};

function paragraphs(run: Block[], measure: number): Block[][] {
  const groups: Block[][] = [[run[0]]];
  const geometry = runGeometry(run);
  for (let k = 1; k < run.length; k += 1) {
    if (paragraphEnds(run[k - 1], run[k], geometry, measure)) groups.push([run[k]]);
    else groups[groups.length - 1].push(run[k]);
  }
  return groups.filter((g) => g.length > 1);
}

function suggestion(articleId: string, group: Block[], run: Block[]): Suggestion {
  const [first, ...rest] = group;
  // Joins append to `first`; the separator depends on the text that is now its end: the previous line.
  const ops: BlockOperation[] = rest.map((b, k) => ({ op: 'join', first: first.id, second: b.id, separator: joinSeparator(group[k].text, b.text) }));
  const geometry = run.every((b) => box(b));
  return {
    id: suggestionId('line-paragraphs', group.map((b) => b.id)),
    kind: 'line-paragraphs',
    articleId,
    blockIds: group.map((b) => b.id),
    ops,
    reason: {
      zh: `${group.length} 行是同一段落被逐行断开（行长相近、行末无句末标点）：拼成一段。`,
      en: `${group.length} lines are one paragraph cut at every line (similar lengths, no final punctuation): join them.`,
    },
    confidence: geometry ? 0.92 : 0.85,
  };
}
