/**
 * One round of text edits for the engine: every chosen edit suggestion at once, grouped by block and
 * applied last offset first, so the whole round costs one pass over the touched blocks (the engine stays
 * linear in document size). A suggestion whose range overlaps one already taken waits for the next
 * round, when it is re-suggested with fresh offsets; a stale one is dropped.
 */
import type { Article, Block, EpaperDocument } from '../model/document';
import type { Suggestion, TextEdit } from './types';
import { editText, overlaps, withFlagsMoved } from './apply';

export interface EditRound {
  doc: EpaperDocument;
  applied: Suggestion[];
}

/**
 * Ranges taken in one block, sorted by start. Taken ranges never overlap, so their ends are sorted too and
 * a new range can only overlap its nearest neighbours: a lookup costs log n, not one test per taken range
 * (a pasted page can be one block with thousands of edits).
 */
class TakenRanges {
  private list: TextEdit[] = [];
  /** Index of the first taken range starting after `start`. */
  private after(start: number): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start <= start) lo = mid + 1; else hi = mid;
    }
    return lo;
  }
  overlapsAny(e: TextEdit): boolean {
    const i = this.after(e.start);
    return (i > 0 && overlaps(e, this.list[i - 1])) || (i < this.list.length && overlaps(e, this.list[i]));
  }
  add(e: TextEdit) {
    this.list.splice(this.after(e.start), 0, e);
  }
  get edits(): TextEdit[] {
    return this.list;
  }
}

/** A block and the article it sits in. */
interface Found { block: Block; article: Article }

/**
 * Finds an edit's block. With block ids unique on the page (the op round knows), through the suggestion's
 * article: a round edits most of a 40 000-block page, and a map of every block built for each round cost
 * more than the edits. Otherwise through a map of every block, the last one of an id (the rebuild then
 * edits every block of that id, as a map of ids gives).
 */
function blockFinder(doc: EpaperDocument, uniqueBlockIds: boolean): (blockId: string, articleId: string) => Found | undefined {
  let all: Map<string, Found> | undefined;
  const inAll = (blockId: string) => {
    if (!all) {
      all = new Map();
      for (const article of doc.articles) for (const block of article.blocks) all.set(block.id, { block, article });
    }
    return all.get(blockId);
  };
  if (!uniqueBlockIds) return inAll;
  let articles: Map<string, Article> | undefined;
  const indexes = new Map<Article, Map<string, Block>>();
  return (blockId, articleId) => {
    if (!articles) {
      articles = new Map();
      // The first article of an id; a block in a later one of that id is found in the map of all blocks.
      for (let i = doc.articles.length - 1; i >= 0; i -= 1) articles.set(doc.articles[i].id, doc.articles[i]);
    }
    const article = articles.get(articleId);
    if (!article) return inAll(blockId);
    let block: Block | undefined;
    // A short article is searched; a long one (a pasted page) gets a map of its blocks once.
    if (article.blocks.length <= 16) block = article.blocks.find((b) => b.id === blockId);
    else {
      let index = indexes.get(article);
      if (!index) indexes.set(article, (index = new Map(article.blocks.map((b) => [b.id, b]))));
      block = index.get(blockId);
    }
    return block ? { block, article } : inAll(blockId);
  };
}

/** `uniqueBlockIds`: no block id sits twice on the page (blocks are then found through their article). */
export function applyEditRound(doc: EpaperDocument, suggestions: Suggestion[], uniqueBlockIds = false): EditRound {
  const find = blockFinder(doc, uniqueBlockIds);
  // A suggestion applies whole or not at all: it is taken when none of its ranges overlaps a taken range.
  const applied: Suggestion[] = [];
  const taken = new Map<string, TakenRanges>();
  const edited = new Set<Article>();
  for (const s of suggestions) {
    const list = s.edits ?? [];
    const homes: Article[] = [];
    const ok = list.length > 0 && list.every((e, i) => {
      const found = find(e.blockId, s.articleId);
      const b = found?.block;
      // `expected` compared in place (no copy of the range for every edit of the round).
      if (!b || b.setAside || e.start < 0 || e.end > b.text.length || Math.max(0, e.end - e.start) !== e.expected.length || !b.text.startsWith(e.expected, e.start)) return false;
      if (taken.get(e.blockId)?.overlapsAny(e)) return false;
      // Edits of one suggestion are checked against each other too, as if taken one by one.
      for (let j = 0; j < i; j += 1) if (list[j].blockId === e.blockId && overlaps(e, list[j])) return false;
      homes.push(found!.article);
      return true;
    });
    if (!ok) continue;
    for (const e of list) {
      if (!taken.has(e.blockId)) taken.set(e.blockId, new TakenRanges());
      taken.get(e.blockId)!.add(e);
    }
    for (const a of homes) edited.add(a);
    applied.push(s);
  }
  if (taken.size === 0) return { doc, applied };
  // With ids unique, the articles the edits were found in are the ones holding an edited block.
  const holdsEdit = uniqueBlockIds ? (a: Article) => edited.has(a) : (a: Article) => a.blocks.some((b) => taken.has(b.id));
  const articles = doc.articles.map((a) => {
    if (!holdsEdit(a)) return a;
    return { ...a, blocks: a.blocks.map((b) => {
      const edits = taken.get(b.id)?.edits;
      return edits ? withFlagsMoved({ ...b, text: editText(b.text, edits) }, edits) : b;
    }) };
  });
  return { doc: { ...doc, articles }, applied };
}
