/**
 * The duplicate pass, re-read after a few paragraphs changed. The pass is truly article-scoped: a copy's
 * source is the latest earlier occurrence of its text anywhere in the article or the one before, so no
 * window holds it. But a paragraph's findings depend only on the text before it, so after paragraph X
 * changed only these can find something else:
 * - X itself, and the paragraph after it (a copy at its start is told by the end of the one before);
 * - for each shingle in X's old or new text, or in the text just before X, the first later paragraph
 *   holding it: that is where a scan last saw the shingle in or near X. A later one saw it last elsewhere.
 *   Sources farther from X only move by X's change in length, which no chain notices: its seeds must sit
 *   within a few characters of each other in the source, so one that straddled X would have a source next to it.
 * Those paragraphs are scanned again, each with the latest earlier occurrence of its shingles looked up in
 * a hash index of every paragraph's shingles (paragraphs changed since it was built are read directly).
 * Anything else — paragraphs added, removed, re-roled, moved — reads the text whole, as the pass does.
 */
import type { Block, EpaperDocument } from '../model/document';
import type { Suggestion } from './types';
import { duplicateParts, type ParagraphText } from './passes/duplicate';

const { duplicateFindings, paragraphText } = duplicateParts;
import { findRepeats } from './passes/shared/repeats';

/** findRepeats' shingle length. */
const K = 8;
/** How close to a changed paragraph a source must be for a chain to reach across it (k + gap + drift, and a margin). */
const REACH = 32;
/** More changed paragraphs than this, or more changed since the index was built: read the text whole. */
const MAX_CHANGED = 16;
const MAX_DIRTY = 64;

interface ShingleIndex {
  /** Per hash bucket, its range in `units`/`hashes` (CSR). */
  buckets: Int32Array;
  /** Paragraph ordinals, ascending within a bucket. */
  units: Int32Array;
  hashes: Int32Array;
  mask: number;
}

interface State {
  blocks: Block[];
  articles: number[];
  /**
   * The id of each paragraph's article: findings carry it, and the same blocks can sit in an article of
   * another id on a later page (a new article split off before them, an article renamed).
   */
  articleIds: string[];
  index: ShingleIndex;
  /** Paragraphs whose text changed since the index was built: looked up in their text, not the index. */
  dirty: Set<number>;
  /** Findings by the paragraph the copy is in. */
  byUnit: Suggestion[][];
}

const states = new WeakMap<Block, State>();

function hashAt(text: string, i: number): number {
  let h = 0;
  for (let j = 0; j < K; j += 1) h = (Math.imul(h, 31) + text.charCodeAt(i + j)) | 0;
  return h;
}

/** Every position of `unit` where a whole shingle starts. */
function shinglesOf(p: ParagraphText, unit: number): number[] {
  const start = p.starts[unit];
  const out: number[] = [];
  for (let i = start; i + K <= start + p.entries[unit].block.text.length; i += 1) out.push(i);
  return out;
}

function buildIndex(p: ParagraphText): ShingleIndex {
  let total = 0;
  for (const e of p.entries) total += Math.max(0, e.block.text.length - K + 1);
  let size = 1;
  while (size < total) size *= 2;
  const mask = size - 1;
  const at = new Int32Array(total);
  const unitAt = new Int32Array(total);
  let n = 0;
  p.entries.forEach((e, u) => {
    const start = p.starts[u];
    for (let i = start; i + K <= start + e.block.text.length; i += 1) {
      at[n] = hashAt(p.text, i);
      unitAt[n++] = u;
    }
  });
  const buckets = new Int32Array(size + 1);
  for (let j = 0; j < total; j += 1) buckets[(at[j] & mask) + 1] += 1;
  for (let b = 0; b < size; b += 1) buckets[b + 1] += buckets[b];
  const fill = buckets.slice(0, size);
  const units = new Int32Array(total);
  const hashes = new Int32Array(total);
  for (let j = 0; j < total; j += 1) {
    const slot = fill[at[j] & mask]++;
    units[slot] = unitAt[j];
    hashes[slot] = at[j];
  }
  return { buckets, units, hashes, mask };
}

/** The first paragraph after `after` whose text holds the shingle, or -1. */
function firstAfter(p: ParagraphText, state: State, shingle: string, hash: number, after: number): number {
  const { buckets, units, hashes, mask } = state.index;
  let lo = buckets[hash & mask];
  let hi = buckets[(hash & mask) + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid] <= after) lo = mid + 1; else hi = mid;
  }
  let found = -1;
  for (let j = lo; j < buckets[(hash & mask) + 1]; j += 1) {
    if (hashes[j] === hash && p.entries[units[j]].block.text.includes(shingle)) {
      found = units[j];
      break;
    }
  }
  for (const u of state.dirty) if (u > after && (found < 0 || u < found) && p.entries[u].block.text.includes(shingle)) found = u;
  return found;
}

/** The latest position before paragraph `unit` where the shingle occurs. */
function lastBefore(p: ParagraphText, state: State, shingle: string, unit: number): number | undefined {
  const hash = hashAt(shingle, 0);
  const { buckets, units, hashes, mask } = state.index;
  let lo = buckets[hash & mask];
  let hi = buckets[(hash & mask) + 1];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (units[mid] < unit) lo = mid + 1; else hi = mid;
  }
  let found = -1;
  for (let j = lo - 1; j >= buckets[hash & mask]; j -= 1) {
    if (hashes[j] === hash && p.entries[units[j]].block.text.includes(shingle)) {
      found = units[j];
      break;
    }
  }
  for (const u of state.dirty) if (u < unit && u > found && p.entries[u].block.text.includes(shingle)) found = u;
  return found < 0 ? undefined : p.starts[found] + p.entries[found].block.text.lastIndexOf(shingle);
}

function remember(p: ParagraphText, state: State): void {
  if (!p.entries.length) return;
  states.set(p.entries[0].block, state);
  states.set(p.entries[p.entries.length - 1].block, state);
}

function readWhole(p: ParagraphText): Suggestion[] {
  const byUnit: Suggestion[][] = p.entries.map(() => []);
  for (const r of findRepeats(p.text, { sourceFrom: p.sourceFrom })) for (const s of duplicateFindings(p, [r])) byUnit[p.locate(r.start).index].push(s);
  remember(p, { blocks: p.entries.map((e) => e.block), articles: p.entries.map((e) => e.articleIndex), articleIds: p.entries.map((e) => e.article.id), index: buildIndex(p), dirty: new Set(), byUnit });
  return byUnit.flat();
}

/** The paragraphs whose block changed since `state`, or null when the paragraphs themselves (or their articles' ids or places) differ. */
function changedUnits(p: ParagraphText, state: State): number[] | null {
  if (state.blocks.length !== p.entries.length) return null;
  const changed: number[] = [];
  for (let u = 0; u < p.entries.length; u += 1) {
    const e = p.entries[u];
    // A paragraph's sources are its own article and the one before: an article split off or dropped between
    // two others moves the articles' indices, and with them what may repeat what, though no block changed.
    if (state.articleIds[u] !== e.article.id || state.articles[u] !== e.articleIndex) return null;
    if (state.blocks[u] === e.block) continue;
    if (state.blocks[u].id !== e.block.id || changed.length >= MAX_CHANGED) return null;
    changed.push(u);
  }
  return changed;
}

/** `duplicate(doc)`, re-reading only what a few changed paragraphs can affect (see above). */
export function duplicateUpdate(doc: EpaperDocument): Suggestion[] {
  const p = paragraphText(doc);
  const last = p.entries.length - 1;
  const state = [0, last, 1, last - 1].map((i) => p.entries[i] && states.get(p.entries[i].block)).find((s) => s);
  const changed = state ? changedUnits(p, state) : null;
  if (!state || !changed) return readWhole(p);
  const dirty = new Set([...state.dirty, ...changed]);
  if (dirty.size > MAX_DIRTY) return readWhole(p);
  const next: State = { ...state, blocks: p.entries.map((e) => e.block), dirty, byUnit: state.byUnit.slice() };
  const affected = new Set<number>();
  for (const d of changed) {
    affected.add(d);
    if (d < last) affected.add(d + 1);
    const shingles = new Set<string>();
    const old = state.blocks[d].text;
    for (let i = 0; i + K <= old.length; i += 1) shingles.add(old.slice(i, i + K));
    for (const i of shinglesOf(p, d)) shingles.add(p.text.slice(i, i + K));
    const reach = REACH + Math.abs(old.length - p.entries[d].block.text.length);
    for (let i = Math.max(0, p.starts[d] - reach); i + K <= p.starts[d]; i += 1) {
      const s = p.text.slice(i, i + K);
      if (!s.includes('\u0000')) shingles.add(s);
    }
    for (const s of shingles) {
      const u = firstAfter(p, next, s, hashAt(s, 0), d);
      if (u >= 0) affected.add(u);
    }
  }
  for (const u of affected) {
    const from = p.starts[u];
    const repeats = findRepeats(p.text, { sourceFrom: p.sourceFrom, from, to: from + p.entries[u].block.text.length, before: (s) => lastBefore(p, next, s, u) });
    next.byUnit[u] = duplicateFindings(p, repeats);
  }
  remember(p, next);
  return next.byUnit.flat();
}
