/**
 * Block passes (pass-cache.ts's `block` scope: cjk-spaces, punctuation) on the changed articles of a page.
 * A block's findings depend only on the block, its article's id and the page meta, so a changed article
 * takes each of its blocks that is the same object as in the last reading of the article with its id (same
 * meta) from that reading, and only the others are read — all of them, over every changed article, in one
 * run. The last reading is found by the article's id and the block by walking both block lists in step:
 * no lookup per block in a map keyed by blocks (a round of the applier changes thousands of blocks, and
 * those lookups, not the passes, were most of what re-reading cost).
 */
import type { Article, Block, EpaperDocument } from '../model/document';
import type { RepairPass, Suggestion } from './types';

type Meta = EpaperDocument['meta'];

/** An article as a block pass last read it: its blocks and each one's findings. */
interface Reading {
  blocks: readonly Block[];
  byBlock: readonly Suggestion[][];
}

/**
 * Per pass and page meta (one document and its edited versions share it): the last reading of each article,
 * by article id. Weak in both: a document's readings live as long as its meta.
 */
const readings = new WeakMap<RepairPass, WeakMap<Meta, Map<string, Reading>>>();

function readingsOf(run: RepairPass, meta: Meta): Map<string, Reading> {
  let byMeta = readings.get(run);
  if (!byMeta) readings.set(run, (byMeta = new WeakMap()));
  let page = byMeta.get(meta);
  if (!page) byMeta.set(meta, (page = new Map()));
  return page;
}

/** Whether the pass has read a page with this meta before (else reading the whole page at once is cheaper). */
export const hasReadings = (run: RepairPass, meta: Meta) => !!readings.get(run)?.get(meta)?.size;

/** The findings of a block with none: one shared, frozen list. */
export const NONE: Suggestion[] = Object.freeze([]) as unknown as Suggestion[];

/** Blocks looked at ahead of the last match: a join removes up to a few blocks, a split adds two. */
const AHEAD = 8;

/**
 * For each block of `blocks`, its findings in `before` where it is the same object there (in order), else
 * its index in `read`. Walks both lists in step; after a long run of blocks not found there (many removed
 * at once), finds its place again through a map of `before`'s blocks, built once.
 */
function match(before: Reading | undefined, blocks: readonly Block[], byBlock: Suggestion[][], read: number[]) {
  const old = before?.blocks ?? [];
  let j = 0;
  let misses = 0;
  let at: Map<Block, number> | undefined;
  for (let i = 0; i < blocks.length; i += 1) {
    let k = -1;
    for (let d = 0; d < AHEAD && j + d < old.length; d += 1) {
      if (old[j + d] === blocks[i]) {
        k = j + d;
        break;
      }
    }
    if (k < 0 && misses >= AHEAD && old.length > 2 * AHEAD) {
      if (!at) {
        at = new Map();
        old.forEach((b, n) => at!.set(b, n));
      }
      k = at.get(blocks[i]) ?? -1;
    }
    if (k >= 0) {
      byBlock[i] = before!.byBlock[k];
      j = k + 1;
      misses = 0;
    } else {
      read.push(i);
      misses += 1;
    }
  }
}

/** The ids of `blocks` and their places, or undefined when an id repeats (findings are told apart by block id). */
function idsOf(blocks: readonly Block[]): Map<string, number> | undefined {
  const ids = new Map<string, number>();
  for (let i = 0; i < blocks.length; i += 1) ids.set(blocks[i].id, i);
  return ids.size === blocks.length ? ids : undefined;
}

/** Blocks of one article read together: the article as read, its blocks' ids, and each one's findings. */
interface Batch {
  article: Article;
  ids: Map<string, number>;
  found: Suggestion[][];
}

/** A pass's findings, each to its block in its batch (by article and block id); one on a block or article not read is dropped. */
function collect(found: readonly Suggestion[], batches: readonly Batch[]) {
  const byArticle = new Map<string, Batch>();
  for (const b of batches) byArticle.set(b.article.id, b);
  for (const s of found) {
    const batch = byArticle.get(s.articleId);
    const i = s.blockIds[0] === undefined ? undefined : batch?.ids.get(s.blockIds[0]);
    if (i === undefined) continue;
    if (batch!.found[i]) batch!.found[i].push(s);
    else batch!.found[i] = [s];
  }
}

/** The whole page was read at once (`found`: each article's findings, in page order): keep each article's reading, block by block. */
export function keepPageReading(run: RepairPass, doc: EpaperDocument, found: readonly Suggestion[][]) {
  const page = readingsOf(run, doc.meta);
  doc.articles.forEach((article, n) => {
    const ids = idsOf(article.blocks);
    // Findings told apart by block id: an article whose blocks share an id keeps no reading.
    if (!ids) {
      page.delete(article.id);
      return;
    }
    const batch: Batch = { article, ids, found: [] };
    collect(found[n], [batch]);
    page.set(article.id, { blocks: article.blocks, byBlock: article.blocks.map((_, i) => batch.found[i] ?? NONE) });
  });
}

/** The pass's findings on each of `articles` (changed articles of `doc`), re-reading only the blocks its last reading lacks. */
export function readBlocks(run: RepairPass, doc: EpaperDocument, articles: readonly Article[]): Map<Article, Suggestion[]> {
  const page = readingsOf(run, doc.meta);
  const byBlocks: Suggestion[][][] = [];
  const batches: (Batch & { at: number[]; byBlock: Suggestion[][] })[] = [];
  for (const article of articles) {
    const byBlock: Suggestion[][] = new Array(article.blocks.length);
    const read: number[] = [];
    match(page.get(article.id), article.blocks, byBlock, read);
    byBlocks.push(byBlock);
    if (!read.length) continue;
    const blocks = read.map((i) => article.blocks[i]);
    const ids = idsOf(blocks);
    if (ids) batches.push({ article: { ...article, blocks }, ids, found: [], at: read, byBlock });
    else for (const i of read) byBlock[i] = run({ ...doc, articles: [{ ...article, blocks: [article.blocks[i]] }] });
  }
  if (batches.length) {
    // A page of just the blocks to read: its findings on a block are the block's own.
    collect(run({ ...doc, articles: batches.map((b) => b.article) }), batches);
    for (const b of batches) b.at.forEach((i, k) => (b.byBlock[i] = b.found[k] ?? NONE));
  }
  const out = new Map<Article, Suggestion[]>();
  articles.forEach((article, n) => {
    const byBlock = byBlocks[n];
    const found: Suggestion[] = [];
    for (const list of byBlock) for (const s of list) found.push(s);
    out.set(article, found);
    page.set(article.id, { blocks: article.blocks, byBlock });
  });
  return out;
}
