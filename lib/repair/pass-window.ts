/**
 * Long articles read in windows: a keystroke in a 5 MB one-article paste re-reads the few blocks around
 * it, not the article. The body is cut after every *settled paragraph* — a long paragraph (more than a
 * column line) that ends a sentence and is no caption. No finding of a windowed pass reaches across one
 * (registry.ts says which passes are windowed, and why the others are not):
 * - headline: the head above an opening is made of short lines without final punctuation and captions;
 *   a settled paragraph is neither, so every head starts after it, and it ends a sentence above the head;
 * - set-aside: a block's finding reads its two neighbours, the run of short lines after it, and whether
 *   every block above it is head-like, which a settled paragraph is not;
 * - split-sentence: a settled paragraph ends its sentence, so no join starts at it;
 * - line-paragraphs: it is longer than any line, so no run of lines crosses it;
 * - article-roles: bylines are one block each; its head findings read the article's first headline and
 *   two blocks around it, so every window keeps the article's start up to there, and no cut falls before it.
 * A segment is read as a small article: two blocks of context on each side (plus the article's start),
 * keeping only the findings on the segment's own blocks. Its findings are cached by the identity of the
 * blocks read, so only the segments whose blocks changed are read again. The findings come out in block
 * order, as the whole article gives them (the head findings, which article-roles lists first, are in the
 * first segment).
 */
import type { Article, Block, EpaperDocument } from '../model/document';
import { endsSentence, hasFinalPunctuation, isPhotoCaption } from '../text';
import type { RepairPass, Suggestion } from './types';

/** Longer than any newspaper column line (line-paragraphs' measure), and than any title or stray caption. */
const SETTLED_LENGTH = 48;
/** Blocks read on each side of a segment. */
const CONTEXT = 2;
/** Below this many body blocks an article is read whole: windows would cost more than they save. */
export const WINDOWED_FROM = 64;

const settledCache = new WeakMap<Block, boolean>();

/** A long body paragraph that ends a sentence and is no caption: no windowed finding reaches across it. */
function isSettled(b: Block): boolean {
  let known = settledCache.get(b);
  if (known === undefined) {
    const t = b.text.trim();
    known = b.role === 'paragraph' && !t.includes('\n') && t.length > SETTLED_LENGTH && [...t].length > SETTLED_LENGTH &&
      endsSentence(t) && hasFinalPunctuation(t) && !isPhotoCaption(t);
    settledCache.set(b, known);
  }
  return known;
}

interface Segment {
  /** The article's start every window keeps (shared by the windows of one reading). */
  prefix: Block[];
  /** `article.blocks` read after the prefix (context, segment, context), from index `from`. */
  from: number;
  blocks: Block[];
  prev: Article | undefined;
  articleId: string;
  meta: EpaperDocument['meta'];
  found: Suggestion[];
}

const caches = new WeakMap<RepairPass, WeakMap<Block, Segment>>();
/** A window that starts at the article's start needs no prefix. */
const NO_PREFIX: Block[] = [];

const sameBlocks = (a: readonly Block[], b: readonly Block[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** The same blocks as `blocks.slice(from, to)`, compared in place. */
function sameRange(seg: Segment, blocks: readonly Block[], from: number, to: number): boolean {
  if (seg.from !== from || seg.blocks.length !== to - from) return false;
  for (let i = from; i < to; i += 1) if (seg.blocks[i - from] !== blocks[i]) return false;
  return true;
}

/** Where an article's segments start and the start every window keeps: one layout per article object, shared by the passes. */
interface Layout { starts: number[]; prefix: Block[] }
const layouts = new WeakMap<Article, Layout>();

function layoutOf(article: Article): Layout {
  let layout = layouts.get(article);
  if (!layout) {
    const headEnd = headEndOf(article);
    layout = { starts: segmentStarts(article, headEnd), prefix: article.blocks.slice(0, headEnd > 0 ? throughBody(article, headEnd - 1) : 0) };
    layouts.set(article, layout);
  }
  return layout;
}

/** Indices into `article.blocks` where each segment starts (the first is 0), from the body's settled paragraphs. */
function segmentStarts(article: Article, headEnd: number): number[] {
  const starts = [0];
  let bodyIndex = 0;
  let afterSettled = false;
  article.blocks.forEach((b, i) => {
    if (b.setAside) return;
    if (afterSettled && bodyIndex >= headEnd) starts.push(i);
    afterSettled = isSettled(b);
    bodyIndex += 1;
  });
  return starts;
}

/** Body-block index just past the article's first headline and the two blocks below it (0 without one). */
function headEndOf(article: Article): number {
  let bodyIndex = 0;
  for (const b of article.blocks) {
    if (b.setAside) continue;
    if (b.role === 'headline') return bodyIndex + 1 + CONTEXT;
    bodyIndex += 1;
  }
  return 0;
}

/** `article.blocks` up to and including its `n`-th body block (`n` ≥ 0), or all of them. */
function throughBody(article: Article, n: number): number {
  let seen = 0;
  for (let i = 0; i < article.blocks.length; i += 1) {
    if (article.blocks[i].setAside) continue;
    if (seen === n) return i + 1;
    seen += 1;
  }
  return article.blocks.length;
}

/** Index in `blocks` `k` body blocks before `i` (or 0), and `k` body blocks after `end` (exclusive, or the length). */
function widen(blocks: readonly Block[], i: number, end: number): [number, number] {
  let from = i;
  for (let k = 0; from > 0 && k < CONTEXT; ) if (!blocks[--from].setAside) k += 1;
  let to = end;
  for (let k = 0; to < blocks.length && k < CONTEXT; ) if (!blocks[to++].setAside) k += 1;
  return [from, to];
}

/**
 * `run` on one article (with the article before it, for a pair pass), window by window, from cached
 * segments where the blocks a segment reads are the same objects. Equals the article's findings of
 * `run({ ...doc, articles: [prev, article] })`.
 */
export function runWindowed(run: RepairPass, doc: EpaperDocument, article: Article, prev: Article | undefined): Suggestion[] {
  let cache = caches.get(run);
  if (!cache) caches.set(run, (cache = new WeakMap()));
  const { starts, prefix } = layoutOf(article);
  const head = prefix.length;
  const blocks = article.blocks;
  // The prefixes the cached segments were read with: compared once per reading, not once per segment.
  const samePrefix = new Map<Block[], boolean>();
  const out: Suggestion[] = [];
  starts.forEach((start, k) => {
    const end = starts[k + 1] ?? blocks.length;
    let [from, to] = widen(blocks, start, end);
    if (from <= head) from = 0;
    let seg = cache.get(blocks[start]);
    if (seg && seg.prefix !== NO_PREFIX && !samePrefix.has(seg.prefix)) samePrefix.set(seg.prefix, sameBlocks(seg.prefix, prefix));
    const prefixOk = !!seg && (seg.prefix === NO_PREFIX ? from === 0 : from > 0 && !!samePrefix.get(seg.prefix));
    if (!seg || !prefixOk || seg.prev !== prev || seg.articleId !== article.id || seg.meta !== doc.meta || !sameRange(seg, blocks, from, to)) {
      const read = blocks.slice(from, to);
      const window = from === 0 ? read : [...prefix, ...read];
      const own = new Set<string>();
      for (let i = start; i < end; i += 1) own.add(blocks[i].id);
      const context = new Set(window.map((b) => b.id).filter((id) => !own.has(id)));
      const sub: Article = { ...article, blocks: window };
      // Only findings on the segment's own blocks (and the article before): the context is read, not judged.
      const found = run({ ...doc, articles: prev ? [prev, sub] : [sub] }).filter((s) =>
        s.articleId === article.id && s.blockIds.some((id) => own.has(id)) && !s.blockIds.some((id) => context.has(id)));
      seg = { prefix: from === 0 ? NO_PREFIX : prefix, from, blocks: read, prev, articleId: article.id, meta: doc.meta, found };
      cache.set(blocks[start], seg);
    }
    for (const s of seg.found) out.push(s);
  });
  return out;
}
