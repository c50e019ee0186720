/**
 * Blocks by id, and their place in reading order, without indexing a whole document on every change: the
 * id → index map of an article is kept under its first block and checked on every use. A keystroke in a
 * 5 MB paste changes one block of a 38 000-block article; that article's map still holds, since edits
 * keep every block's place, and is built again only when a place no longer matches (a split, a join).
 */
import type { Article, Block, EpaperDocument } from './document';

const indexOf = new WeakMap<Block, Map<string, number>>();

export interface BlockLookup {
  /** The block with this id, looked for first in the article named (a suggestion's own). */
  block(id: string, articleId?: string): Block | undefined;
  /** Its position in reading order, article by article. */
  position(id: string, articleId?: string): number | undefined;
}

export function blockLookup(doc: EpaperDocument): BlockLookup {
  const home = new Map<string, { article: Article; at: number }>();
  let at = 0;
  for (const a of doc.articles) {
    if (!home.has(a.id)) home.set(a.id, { article: a, at });
    at += a.blocks.length;
  }
  const rebuilt = new Set<Article>();
  let all: Map<string, { block: Block; at: number }> | undefined;
  const inArticle = (article: Article, id: string): number | undefined => {
    let index = article.blocks.length ? indexOf.get(article.blocks[0]) : undefined;
    let i = index?.get(id);
    if ((i === undefined || article.blocks[i]?.id !== id) && !rebuilt.has(article) && article.blocks.length) {
      rebuilt.add(article);
      index = new Map();
      article.blocks.forEach((b, j) => index!.set(b.id, j));
      indexOf.set(article.blocks[0], index);
      i = index.get(id);
    }
    return i !== undefined && article.blocks[i]?.id === id ? i : undefined;
  };
  const find = (id: string, articleId?: string): { block: Block; at: number } | undefined => {
    const h = articleId === undefined ? undefined : home.get(articleId);
    const i = h && inArticle(h.article, id);
    if (h && i !== undefined) return { block: h.article.blocks[i], at: h.at + i };
    if (!all) {
      // Ids in another article (a move's target): the whole document once. A repeated id: the last one, as a map of all blocks gives.
      all = new Map();
      let n = 0;
      for (const a of doc.articles) for (const block of a.blocks) all.set(block.id, { block, at: n++ });
    }
    return all.get(id);
  };
  return { block: (id, articleId) => find(id, articleId)?.block, position: (id, articleId) => find(id, articleId)?.at };
}
