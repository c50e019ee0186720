/**
 * Pass results kept per article (and per block for passes that read one block at a time, pass-blocks.ts), so
 * re-suggesting after a change re-reads only what changed. Documents are immutable and the applier and
 * the editor share every untouched article and block object with the old document (apply.ts), so an
 * object that is still there has the same findings — as long as what the pass reads beyond it is the
 * same too: its scope says what that is (registry.ts). The caches are weak: they never keep a document alive.
 */
import type { Article, EpaperDocument } from '../model/document';
import type { RepairPass, Suggestion } from './types';
import { runWindowed, WINDOWED_FROM } from './pass-window';
import { hasReadings, keepPageReading, NONE, readBlocks } from './pass-blocks';

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
 * Each pass's place in the shared records below. Every pass keeps its entry for an article in one array
 * under that object, not in a map of its own: a round of the applier makes thousands of new articles, and
 * one weak-map entry per article instead of one per article per pass is much of what the engine's
 * bookkeeping cost (and weak maps make every garbage collection slower).
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

function recordOf(article: Article): Entries<Entry> {
  let record = articleRecords.get(article);
  if (!record) articleRecords.set(article, (record = []));
  return record;
}

/** The records of a page's articles, in order: ten passes (and article-roles' look at the headline pass) share one lookup per article. */
const pageRecords = new WeakMap<readonly Article[], Entries<Entry>[]>();

function recordsOf(articles: readonly Article[]): Entries<Entry>[] {
  let records = pageRecords.get(articles);
  if (!records) pageRecords.set(articles, (records = articles.map(recordOf)));
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
 * Findings by article, in the order of `articles` (ids unique), `NONE` for an article without any; a finding
 * naming no article of the list is dropped. Passes give their findings article by article in page order, so
 * a walk along the articles finds each one's article without a map; a finding out of that order sends them
 * all through a map of the ids instead.
 */
function byArticle(found: readonly Suggestion[], articles: readonly Article[]): Suggestion[][] {
  const lists: Suggestion[][] = new Array(articles.length).fill(NONE);
  let k = 0;
  for (const s of found) {
    while (k < articles.length && articles[k].id !== s.articleId) k += 1;
    if (k === articles.length) return byArticleId(found, articles);
    if (lists[k] === NONE) lists[k] = [s];
    else lists[k].push(s);
  }
  return lists;
}

function byArticleId(found: readonly Suggestion[], articles: readonly Article[]): Suggestion[][] {
  const at = new Map<string, number>();
  articles.forEach((a, i) => at.set(a.id, i));
  const lists: Suggestion[][] = new Array(articles.length).fill(NONE);
  for (const s of found) {
    const k = at.get(s.articleId);
    if (k === undefined) continue;
    if (lists[k] === NONE) lists[k] = [s];
    else lists[k].push(s);
  }
  return lists;
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
  // An article read only as the one before a changed one keeps no findings of this read.
  const lists = byArticle(run({ ...doc, articles: page }), page);
  page.forEach((article, k) => {
    if (wanted.has(article.id)) out.set(article, lists[k]);
  });
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
  const cold = () => scope !== 'block' || !hasReadings(run, meta);
  if (staleAt.length > doc.articles.length / 2 && cold() && !(windowed && doc.articles.some(isLong))) {
    // Article ids are unique here, so every article gets its entry and none is stale after this.
    const lists = byArticle(read(doc), doc.articles);
    lists.forEach((found, i) => (records[i][slot] = { prev: prevOf(i), meta, found }));
    if (scope === 'block') keepPageReading(run, doc, lists);
  } else if (staleAt.length) {
    const found = scope === 'block'
      ? readBlocks(run, doc, staleAt.map((i) => doc.articles[i]))
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
