/**
 * Pass results kept per article, so re-suggesting after a change re-reads only the articles that changed.
 * Documents are immutable and the applier shares every untouched article object with the old document
 * (apply.ts), so an article object that is still there has the same findings — as long as what the pass
 * reads beyond it is the same too: its scope says what that is (registry.ts). The cache is weak: it never
 * keeps an article alive.
 */
import type { Article, EpaperDocument } from '../model/document';
import type { RepairPass, Suggestion } from './types';

/**
 * What a pass's findings for one article depend on: the article and the page meta (`article`), also the
 * article before it (`pair`: a kicker at the end of the previous article, a copy of its text), or the
 * whole page (`page`: a fragment's continuation can be anywhere).
 */
export type PassScope = 'article' | 'pair' | 'page';

interface Entry {
  prev: Article | undefined;
  meta: EpaperDocument['meta'];
  found: Suggestion[];
}

const caches = new WeakMap<RepairPass, WeakMap<Article, Entry>>();

function uniqueArticleIds(doc: EpaperDocument): boolean {
  return new Set(doc.articles.map((a) => a.id)).size === doc.articles.length;
}

/** `run(doc)`, from cached per-article findings where the article and what it depends on are unchanged. */
export function runCached(run: RepairPass, scope: PassScope, doc: EpaperDocument): Suggestion[] {
  // Findings are told apart by article id: without unique ids, the page is read whole.
  if (scope === 'page' || !uniqueArticleIds(doc)) return run(doc);
  let cache = caches.get(run);
  if (!cache) caches.set(run, (cache = new WeakMap()));
  const prevOf = (i: number) => (scope === 'pair' ? doc.articles[i - 1] : undefined);
  const fresh = (i: number) => {
    const entry = cache.get(doc.articles[i]);
    return !!entry && entry.prev === prevOf(i) && entry.meta === doc.meta;
  };
  const stale = doc.articles.filter((_, i) => !fresh(i)).length;
  // When most articles changed, one run over the page is cheaper than one per article (a pair pass reads
  // each article twice); its findings are the same, bucketed by article.
  if (stale > doc.articles.length / 2) {
    const byArticle = new Map<string, Suggestion[]>(doc.articles.map((a) => [a.id, []]));
    for (const s of run(doc)) byArticle.get(s.articleId)?.push(s);
    doc.articles.forEach((article, i) => cache.set(article, { prev: prevOf(i), meta: doc.meta, found: byArticle.get(article.id)! }));
  }
  const out: Suggestion[] = [];
  doc.articles.forEach((article, i) => {
    const prev = prevOf(i);
    let entry = cache.get(article);
    if (!entry || entry.prev !== prev || entry.meta !== doc.meta) {
      const found = run({ ...doc, articles: prev ? [prev, article] : [article] }).filter((s) => s.articleId === article.id);
      entry = { prev, meta: doc.meta, found };
      cache.set(article, entry);
    }
    for (const s of entry.found) out.push(s);
  });
  return out;
}
