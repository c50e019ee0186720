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

function uniqueArticleIds(doc: EpaperDocument): boolean {
  return new Set(doc.articles.map((a) => a.id)).size === doc.articles.length;
}

/** Blocks checked as one run before their own entries are looked at: a 38 000-block article is 600 checks of identity, not 38 000 lookups. */
const CHUNK = 64;

interface Chunk { blocks: Block[]; articleId: string; meta: EpaperDocument['meta']; found: Suggestion[] }
const chunkCaches = new WeakMap<RepairPass, WeakMap<Block, Chunk>>();

/** A block pass on one changed article: each block from its own cache entry (same block, same article id, same meta). */
function blockByBlock(run: RepairPass, doc: EpaperDocument, article: Article): Suggestion[] {
  const cache = cacheOf(blockCaches, run);
  const chunks = cacheOf(chunkCaches, run);
  const blocks = article.blocks;
  const out: Suggestion[] = [];
  for (let c = 0; c < blocks.length; c += CHUNK) {
    const end = Math.min(blocks.length, c + CHUNK);
    let chunk = chunks.get(blocks[c]);
    if (!chunk || chunk.articleId !== article.id || chunk.meta !== doc.meta || chunk.blocks.length !== end - c || chunk.blocks.some((b, i) => b !== blocks[c + i])) {
      const found: Suggestion[] = [];
      for (let i = c; i < end; i += 1) {
        const block = blocks[i];
        let entry = cache.get(block);
        if (!entry || entry.prev !== article.id || entry.meta !== doc.meta) {
          entry = { prev: article.id, meta: doc.meta, found: run({ ...doc, articles: [{ ...article, blocks: [block] }] }) };
          cache.set(block, entry);
        }
        for (const s of entry.found) found.push(s);
      }
      chunk = { blocks: blocks.slice(c, end), articleId: article.id, meta: doc.meta, found };
      chunks.set(blocks[c], chunk);
    }
    for (const s of chunk.found) out.push(s);
  }
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
  if (stale > doc.articles.length / 2 && cold && !(windowed && doc.articles.some(isLong))) {
    const byArticle = new Map<string, Suggestion[]>(doc.articles.map((a) => [a.id, []]));
    for (const s of read(doc)) byArticle.get(s.articleId)?.push(s);
    doc.articles.forEach((article, i) => cache.set(article, { prev: prevOf(i), meta: doc.meta, found: byArticle.get(article.id)! }));
    if (scope === 'block') {
      const blocks = cacheOf(blockCaches, run);
      for (const article of doc.articles) {
        const byBlock = new Map<string, Suggestion[]>(article.blocks.map((b) => [b.id, []]));
        for (const s of byArticle.get(article.id)!) byBlock.get(s.blockIds[0])?.push(s);
        if (byBlock.size === article.blocks.length) for (const b of article.blocks) blocks.set(b, { prev: article.id, meta: doc.meta, found: byBlock.get(b.id)! });
      }
    }
  }
  const out: Suggestion[] = [];
  doc.articles.forEach((article, i) => {
    const prev = prevOf(i);
    let entry = cache.get(article);
    if (!fresh(entry, i)) {
      const found = scope === 'block'
        ? blockByBlock(run, doc, article)
        : windowed && isLong(article)
          ? runWindowed(run, doc, article, prev)
          : read({ ...doc, articles: prev ? [prev, article] : [article] }).filter((s) => s.articleId === article.id);
      entry = { prev, meta: doc.meta, found };
      cache.set(article, entry);
    }
    for (const s of entry.found) out.push(s);
  });
  return out;
}
