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

const articleCaches = new WeakMap<RepairPass, WeakMap<Article, Entry>>();
const blockCaches = new WeakMap<RepairPass, WeakMap<Block, Entry>>();

function cacheOf<K extends object, V>(caches: WeakMap<RepairPass, WeakMap<K, V>>, run: RepairPass): WeakMap<K, V> {
  let cache = caches.get(run);
  if (!cache) caches.set(run, (cache = new WeakMap()));
  return cache;
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

/** One key for a block in its article (ids hold no NUL). */
const blockKey = (articleId: string, blockId: string | undefined) => `${articleId}\u0000${blockId}`;

/** Blocks checked as one run before their own entries are looked at: a 38 000-block article is 600 checks of identity, not 38 000 lookups. */
const CHUNK = 64;

interface Chunk { blocks: Block[]; articleId: string; meta: EpaperDocument['meta']; found: Suggestion[] }
const chunkCaches = new WeakMap<RepairPass, WeakMap<Block, Chunk>>();

const sameChunk = (chunk: Chunk | undefined, blocks: readonly Block[], c: number, end: number, articleId: string, meta: EpaperDocument['meta']): chunk is Chunk => {
  if (!chunk || chunk.articleId !== articleId || chunk.meta !== meta || chunk.blocks.length !== end - c) return false;
  for (let i = c; i < end; i += 1) if (chunk.blocks[i - c] !== blocks[i]) return false;
  return true;
};

/**
 * A block pass on the changed articles: each block from its own cache entry (same block, same article id,
 * same meta), and every block without one read in one run, as a page of just those blocks (its findings
 * on a block are the block's own, bucketed by block as a whole-page read is). One run, not one per block:
 * a round of the applier changes thousands of blocks.
 */
function blockByBlock(run: RepairPass, doc: EpaperDocument, articles: readonly Article[]): Map<Article, Suggestion[]> {
  const cache = cacheOf(blockCaches, run);
  const chunks = cacheOf(chunkCaches, run);
  const fresh = (b: Block, article: Article) => {
    const entry = cache.get(b);
    return !!entry && entry.prev === article.id && entry.meta === doc.meta;
  };
  // The blocks to read, by article; an article whose blocks to read share an id is read block by block (findings are told apart by block id).
  const batch: Article[] = [];
  for (const article of articles) {
    const blocks = article.blocks;
    const read: Block[] = [];
    for (let c = 0; c < blocks.length; c += CHUNK) {
      const end = Math.min(blocks.length, c + CHUNK);
      if (sameChunk(chunks.get(blocks[c]), blocks, c, end, article.id, doc.meta)) continue;
      for (let i = c; i < end; i += 1) if (!fresh(blocks[i], article)) read.push(blocks[i]);
    }
    if (!read.length) continue;
    if (new Set(read.map((b) => b.id)).size === read.length) batch.push({ ...article, blocks: read });
    else for (const block of read) cache.set(block, { prev: article.id, meta: doc.meta, found: run({ ...doc, articles: [{ ...article, blocks: [block] }] }) });
  }
  if (batch.length) {
    // Keyed by article and block id (a finding on a block or article not read is dropped, as before).
    const read = new Set<string>();
    for (const a of batch) for (const b of a.blocks) read.add(blockKey(a.id, b.id));
    const byBlock = new Buckets();
    for (const s of run({ ...doc, articles: batch })) {
      if (s.blockIds[0] === undefined) continue;
      const key = blockKey(s.articleId, s.blockIds[0]);
      if (read.has(key)) byBlock.add(key, s);
    }
    for (const a of batch) for (const b of a.blocks) cache.set(b, { prev: a.id, meta: doc.meta, found: byBlock.get(blockKey(a.id, b.id)) });
  }
  const out = new Map<Article, Suggestion[]>();
  for (const article of articles) {
    const blocks = article.blocks;
    const found: Suggestion[] = [];
    for (let c = 0; c < blocks.length; c += CHUNK) {
      const end = Math.min(blocks.length, c + CHUNK);
      let chunk = chunks.get(blocks[c]);
      if (!sameChunk(chunk, blocks, c, end, article.id, doc.meta)) {
        const own: Suggestion[] = [];
        for (let i = c; i < end; i += 1) {
          let entry = cache.get(blocks[i]);
          // Only a block object that sits in two articles is still without its entry here.
          if (!entry || entry.prev !== article.id || entry.meta !== doc.meta) {
            entry = { prev: article.id, meta: doc.meta, found: run({ ...doc, articles: [{ ...article, blocks: [blocks[i]] }] }) };
            cache.set(blocks[i], entry);
          }
          for (const s of entry.found) own.push(s);
        }
        chunk = { blocks: blocks.slice(c, end), articleId: article.id, meta: doc.meta, found: own };
        chunks.set(blocks[c], chunk);
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
  const cache = cacheOf(articleCaches, run);
  const prevOf = (i: number) => (scope === 'pair' ? doc.articles[i - 1] : undefined);
  const fresh = (entry: Entry | undefined, i: number): entry is Entry => !!entry && entry.prev === prevOf(i) && entry.meta === doc.meta;
  const stale = doc.articles.filter((a, i) => !fresh(cache.get(a), i)).length;
  // When most articles changed, one run over the page is cheaper than one per article (a pair pass reads
  // each article twice); its findings are the same, bucketed by article (and block). A block pass goes
  // block by block unless its block cache is cold too (one big pasted article is always "most articles").
  // A windowed pass reads long articles window by window from the start, so the first keystroke finds its windows cached.
  const windowed = !!options.windowed && (scope === 'article' || scope === 'pair');
  const cold = scope !== 'block' || !doc.articles.some((a) => a.blocks.some((b) => cacheOf(blockCaches, run).has(b)));
  const staleAt: number[] = [];
  if (stale > doc.articles.length / 2 && cold && !(windowed && doc.articles.some(isLong))) {
    // Article ids are unique here, so every article gets its entry and none is stale after this.
    const byArticle = new Buckets();
    for (const s of read(doc)) byArticle.add(s.articleId, s);
    doc.articles.forEach((article, i) => cache.set(article, { prev: prevOf(i), meta: doc.meta, found: byArticle.get(article.id) }));
    if (scope === 'block') {
      const blocks = cacheOf(blockCaches, run);
      const ids = new Set<string>();
      for (const article of doc.articles) {
        ids.clear();
        for (const b of article.blocks) ids.add(b.id);
        // Findings told apart by block id: an article whose blocks share an id gets no block entries.
        if (ids.size !== article.blocks.length) continue;
        const found = byArticle.get(article.id);
        const byBlock = new Buckets();
        for (const s of found) if (ids.has(s.blockIds[0])) byBlock.add(s.blockIds[0], s);
        for (const b of article.blocks) blocks.set(b, { prev: article.id, meta: doc.meta, found: found.length ? byBlock.get(b.id) : NONE });
      }
    }
  } else {
    doc.articles.forEach((a, i) => {
      if (!fresh(cache.get(a), i)) staleAt.push(i);
    });
  }
  if (staleAt.length) {
    const found = scope === 'block'
      ? blockByBlock(run, doc, staleAt.map((i) => doc.articles[i]))
      : readArticles(run, doc, staleAt.filter((i) => !(windowed && isLong(doc.articles[i]))), scope === 'pair', options.incremental);
    for (const i of staleAt) {
      const article = doc.articles[i];
      const prev = prevOf(i);
      cache.set(article, { prev, meta: doc.meta, found: found.get(article) ?? runWindowed(run, doc, article, prev) });
    }
  }
  const out: Suggestion[] = [];
  for (const article of doc.articles) for (const s of cache.get(article)!.found) out.push(s);
  return out;
}
