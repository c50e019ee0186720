/**
 * Pass results kept per article (and per block for passes that read one block at a time), so
 * re-suggesting after a change re-reads only what changed. Documents are immutable and the applier and
 * the editor share every untouched article and block object with the old document (apply.ts), so an
 * object that is still there has the same findings — as long as what the pass reads beyond it is the
 * same too: its scope says what that is (registry.ts). The caches are weak: they never keep a document alive.
 */
import type { Article, Block, EpaperDocument } from '../model/document';
import type { RepairPass, Suggestion } from './types';
import { runWindowed, WINDOWED_FROM } from './pass-window';

/**
 * What a pass's findings depend on: one block with its article's id and the page meta (`block`: a typed
 * character in a 5 MB paste re-reads one block), one article and the page meta (`article`), also the
 * article before it (`pair`: a kicker at the end of the previous article, a copy of its text), or the
 * whole page (`page`: a fragment's continuation can be anywhere).
 */
export type PassScope = 'block' | 'article' | 'pair' | 'page';

interface Entry {
  prev: Article | string | undefined;
  meta: EpaperDocument['meta'];
  found: Suggestion[];
}

/**
 * Each pass's place in the shared records below. Every pass keeps its entry for an article (or block)
 * in one array under that object, not in a map of its own: a round of the applier makes thousands of new
 * articles and blocks, and one weak-map entry per object instead of one per object per pass is most of
 * what the engine's bookkeeping cost (and weak maps make every garbage collection slower).
 */
const slots = new WeakMap<RepairPass, number>();
let slotCount = 0;

function slotOf(run: RepairPass): number {
  let slot = slots.get(run);
  if (slot === undefined) slots.set(run, (slot = slotCount++));
  return slot;
}

type Entries<T> = (T | undefined)[];
const articleRecords = new WeakMap<Article, Entries<Entry>>();

/**
 * A block pass's findings on a block depend on the block, its article's id and the page meta: one record
 * per block holds every block pass's findings under the article id and meta they were read with.
 */
interface BlockRecord { articleId: string; meta: EpaperDocument['meta']; found: Entries<Suggestion[]> }
const blockRecords = new WeakMap<Block, BlockRecord>();

function blockFindings(block: Block, articleId: string, meta: EpaperDocument['meta'], slot: number): Suggestion[] | undefined {
  const record = blockRecords.get(block);
  return record && record.articleId === articleId && record.meta === meta ? record.found[slot] : undefined;
}

function keepBlockFindings(block: Block, articleId: string, meta: EpaperDocument['meta'], slot: number, found: Suggestion[]) {
  const record = blockRecords.get(block);
  // Read under another article id or meta: the other passes' findings there are stale too.
  if (!record) blockRecords.set(block, { articleId, meta, found: slotList(slot, found) });
  else if (record.articleId !== articleId || record.meta !== meta) Object.assign(record, { articleId, meta, found: slotList(slot, found) });
  else record.found[slot] = found;
}

function slotList<T>(slot: number, value: T): Entries<T> {
  const list: Entries<T> = [];
  list[slot] = value;
  return list;
}

function recordOf<K extends object, T>(records: WeakMap<K, Entries<T>>, key: K): Entries<T> {
  let record = records.get(key);
  if (!record) records.set(key, (record = []));
  return record;
}

/** The records of a page's articles, in order: ten passes (and article-roles' look at the headline pass) share one lookup per article. */
const pageRecords = new WeakMap<readonly Article[], Entries<Entry>[]>();

function recordsOf(articles: readonly Article[]): Entries<Entry>[] {
  let records = pageRecords.get(articles);
  if (!records) pageRecords.set(articles, (records = articles.map((a) => recordOf(articleRecords, a))));
  return records;
}

/** Per articles array (one page, every pass asks): ten passes share one count of 5 000 ids. */
const uniqueIdsOf = new WeakMap<readonly Article[], boolean>();

function uniqueArticleIds(doc: EpaperDocument): boolean {
  let unique = uniqueIdsOf.get(doc.articles);
  if (unique === undefined) uniqueIdsOf.set(doc.articles, (unique = new Set(doc.articles.map((a) => a.id)).size === doc.articles.length));
  return unique;
}

/**
 * The findings of a block or article that has none: one shared, frozen list. Most blocks have no finding
 * of most passes, and a list per block per pass per round is most of what a round of the applier allocates.
 */
const NONE: Suggestion[] = Object.freeze([]) as unknown as Suggestion[];

/** Findings bucketed by key, a list only for the keys that have findings (`NONE` for the others). */
class Buckets {
  private lists = new Map<string, Suggestion[]>();
  add(key: string, s: Suggestion) {
    const list = this.lists.get(key);
    if (list) list.push(s);
    else this.lists.set(key, [s]);
  }
  get(key: string): Suggestion[] {
    return this.lists.get(key) ?? NONE;
  }
}

/** Blocks checked as one run before their own entries are looked at: a 38 000-block article is 600 checks of identity, not 38 000 lookups. */
const CHUNK = 64;

interface Chunk { blocks: Block[]; articleId: string; meta: EpaperDocument['meta']; found: Suggestion[] }
/** Per pass slot, under the chunk's first block. */
const chunkRecords = new WeakMap<Block, Entries<Chunk>>();

const sameChunk = (chunk: Chunk | undefined, blocks: readonly Block[], c: number, end: number, articleId: string, meta: EpaperDocument['meta']): chunk is Chunk => {
  if (!chunk || chunk.articleId !== articleId || chunk.meta !== meta || chunk.blocks.length !== end - c) return false;
  for (let i = c; i < end; i += 1) if (chunk.blocks[i - c] !== blocks[i]) return false;
  return true;
};

/** Blocks of one article read by a block pass, with their ids (unique among them), and each one's findings. */
interface BlockBatch { article: Article; ids: Map<string, number>; found: Suggestion[][] }

/** The ids of `blocks` and their places, or undefined when an id repeats (findings are told apart by block id). */
function idsOf(blocks: readonly Block[]): Map<string, number> | undefined {
  const ids = new Map<string, number>();
  for (let i = 0; i < blocks.length; i += 1) ids.set(blocks[i].id, i);
  return ids.size === blocks.length ? ids : undefined;
}

/** A block pass's findings over the batches' articles, each to its block (by article and block id); a finding on a block or article not read is dropped. */
function collect(found: readonly Suggestion[], batches: readonly BlockBatch[]) {
  const byArticle = new Map<string, BlockBatch>();
  for (const b of batches) byArticle.set(b.article.id, b);
  for (const s of found) {
    const batch = byArticle.get(s.articleId);
    const i = s.blockIds[0] === undefined ? undefined : batch?.ids.get(s.blockIds[0]);
    if (i === undefined) continue;
    if (batch!.found[i]) batch!.found[i].push(s);
    else batch!.found[i] = [s];
  }
}

/**
 * A block pass on the changed articles: each block from its own record (same block, same article id,
 * same meta), and every block without one read in one run, as a page of just those blocks (its findings
 * on a block are the block's own, bucketed by block as a whole-page read is). One run, not one per block:
 * a round of the applier changes thousands of blocks.
 */
function blockByBlock(run: RepairPass, slot: number, doc: EpaperDocument, articles: readonly Article[]): Map<Article, Suggestion[]> {
  const meta = doc.meta;
  const chunkOf = (block: Block) => chunkRecords.get(block)?.[slot];
  const batches: BlockBatch[] = [];
  for (const article of articles) {
    const blocks = article.blocks;
    const read: Block[] = [];
    for (let c = 0; c < blocks.length; c += CHUNK) {
      const end = Math.min(blocks.length, c + CHUNK);
      if (sameChunk(chunkOf(blocks[c]), blocks, c, end, article.id, meta)) continue;
      for (let i = c; i < end; i += 1) if (!blockFindings(blocks[i], article.id, meta, slot)) read.push(blocks[i]);
    }
    if (!read.length) continue;
    const ids = idsOf(read);
    if (ids) batches.push({ article: { ...article, blocks: read }, ids, found: [] });
    else for (const block of read) keepBlockFindings(block, article.id, meta, slot, run({ ...doc, articles: [{ ...article, blocks: [block] }] }));
  }
  if (batches.length) {
    collect(run({ ...doc, articles: batches.map((b) => b.article) }), batches);
    for (const b of batches) b.article.blocks.forEach((block, i) => keepBlockFindings(block, b.article.id, meta, slot, b.found[i] ?? NONE));
  }
  const out = new Map<Article, Suggestion[]>();
  for (const article of articles) {
    const blocks = article.blocks;
    const found: Suggestion[] = [];
    for (let c = 0; c < blocks.length; c += CHUNK) {
      const end = Math.min(blocks.length, c + CHUNK);
      let chunk = chunkOf(blocks[c]);
      if (!sameChunk(chunk, blocks, c, end, article.id, meta)) {
        const own: Suggestion[] = [];
        for (let i = c; i < end; i += 1) {
          let list = blockFindings(blocks[i], article.id, meta, slot);
          // Only a block object that sits in two articles is still without its findings here.
          if (!list) keepBlockFindings(blocks[i], article.id, meta, slot, (list = run({ ...doc, articles: [{ ...article, blocks: [blocks[i]] }] })));
          for (const s of list) own.push(s);
        }
        chunk = { blocks: blocks.slice(c, end), articleId: article.id, meta, found: own };
        let record = chunkRecords.get(blocks[c]);
        if (!record) chunkRecords.set(blocks[c], (record = []));
        record[slot] = chunk;
      }
      for (const s of chunk.found) found.push(s);
    }
    out.set(article, found);
  }
  return out;
}

/**
 * An article or pair pass on the changed articles (`at`: their indices), in one run over a page of just
 * those articles, each with the article before it for a pair pass; findings bucketed by article, as a
 * whole-page read is. One run, not one per article: a round of the applier changes most articles. A pass
 * with an incremental twin reads each article apart, as the twin's state expects (duplicate-update.ts).
 */
function readArticles(run: RepairPass, doc: EpaperDocument, at: readonly number[], pair: boolean, incremental?: RepairPass): Map<Article, Suggestion[]> {
  const out = new Map<Article, Suggestion[]>();
  if (incremental) {
    for (const i of at) {
      const article = doc.articles[i];
      const prev = pair ? doc.articles[i - 1] : undefined;
      out.set(article, incremental({ ...doc, articles: prev ? [prev, article] : [article] }).filter((s) => s.articleId === article.id));
    }
    return out;
  }
  if (!at.length) return out;
  const page: Article[] = [];
  const wanted = new Set<string>();
  for (const i of at) {
    const article = doc.articles[i];
    // The article before it is read with it, once for a run of changed articles; its own findings here are not kept.
    if (pair && i > 0 && page[page.length - 1] !== doc.articles[i - 1]) page.push(doc.articles[i - 1]);
    page.push(article);
    wanted.add(article.id);
  }
  const byId = new Buckets();
  for (const s of run({ ...doc, articles: page })) if (wanted.has(s.articleId)) byId.add(s.articleId, s);
  for (const i of at) out.set(doc.articles[i], byId.get(doc.articles[i].id));
  return out;
}

export interface CacheOptions {
  /** An article or pair pass whose findings never cross a settled paragraph: long articles are read in windows (pass-window.ts). */
  windowed?: boolean;
  /** The same findings as the pass, faster on a document like one it read before (duplicate-update.ts). */
  incremental?: RepairPass;
}

const isLong = (a: Article) => a.blocks.length >= WINDOWED_FROM;

/** `run(doc)`, from cached findings where the article (block, window) and what it depends on are unchanged. */
export function runCached(run: RepairPass, scope: PassScope, doc: EpaperDocument, options: CacheOptions = {}): Suggestion[] {
  // Cached under the pass itself; its incremental twin, when it has one, does the reading.
  const read = options.incremental ?? run;
  // Findings are told apart by article id: without unique ids, the page is read whole.
  if (scope === 'page' || !uniqueArticleIds(doc)) return run(doc);
  const slot = slotOf(run);
  const records = recordsOf(doc.articles);
  const meta = doc.meta;
  const prevOf = (i: number) => (scope === 'pair' ? doc.articles[i - 1] : undefined);
  const fresh = (i: number) => {
    const entry = records[i][slot];
    return !!entry && entry.prev === prevOf(i) && entry.meta === meta;
  };
  const staleAt: number[] = [];
  for (let i = 0; i < records.length; i += 1) if (!fresh(i)) staleAt.push(i);
  // When most articles changed, one run over the page is cheaper than one per article (a pair pass reads
  // each article twice); its findings are the same, bucketed by article (and block). A block pass goes
  // block by block unless its block cache is cold too (one big pasted article is always "most articles").
  // A windowed pass reads long articles window by window from the start, so the first keystroke finds its windows cached.
  const windowed = !!options.windowed && (scope === 'article' || scope === 'pair');
  const cold = () => scope !== 'block' || !doc.articles.some((a) => a.blocks.some((b) => blockRecords.get(b)?.found[slot] !== undefined));
  if (staleAt.length > doc.articles.length / 2 && cold() && !(windowed && doc.articles.some(isLong))) {
    // Article ids are unique here, so every article gets its entry and none is stale after this.
    const byArticle = new Buckets();
    for (const s of read(doc)) byArticle.add(s.articleId, s);
    doc.articles.forEach((article, i) => (records[i][slot] = { prev: prevOf(i), meta, found: byArticle.get(article.id) }));
    if (scope === 'block') {
      for (const article of doc.articles) {
        // Findings told apart by block id: an article whose blocks share an id gets no block entries.
        const ids = idsOf(article.blocks);
        if (!ids) continue;
        const batch: BlockBatch = { article, ids, found: [] };
        collect(byArticle.get(article.id), [batch]);
        article.blocks.forEach((b, i) => keepBlockFindings(b, article.id, meta, slot, batch.found[i] ?? NONE));
      }
    }
  } else if (staleAt.length) {
    const found = scope === 'block'
      ? blockByBlock(run, slot, doc, staleAt.map((i) => doc.articles[i]))
      : readArticles(run, doc, staleAt.filter((i) => !(windowed && isLong(doc.articles[i]))), scope === 'pair', options.incremental);
    for (const i of staleAt) {
      const article = doc.articles[i];
      const prev = prevOf(i);
      records[i][slot] = { prev, meta, found: found.get(article) ?? runWindowed(run, doc, article, prev) };
    }
  }
  const out: Suggestion[] = [];
  for (const record of records) for (const s of record[slot]!.found) out.push(s);
  return out;
}
