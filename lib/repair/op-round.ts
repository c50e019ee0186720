/**
 * One round of block operations for the engine. Each suggestion applies only when none of the blocks it
 * reaches changed earlier in the round (moves and article splits reach whole articles). A suggestion that
 * stays in one article is applied to that article alone (new ids checked against the whole page), so a
 * round costs time in proportion to what it changes, not suggestions × page size; only moves between
 * articles run on the whole document.
 */
import type { Article, EpaperDocument } from '../model/document';
import type { Suggestion } from './types';
import { applySuggestion } from './apply';
import type { IdsInUse } from './operations';


type ArticleOf = (blockId: string) => Article | undefined;

/** Ids of every block a suggestion's operations touch (moves and article splits: whole articles). */
function reach(s: Suggestion, articleOf: ArticleOf, articleById: (id: string) => Article | undefined): string[] {
  const ids = new Set(s.blockIds);
  for (const op of s.ops ?? []) {
    if (op.op === 'move' || op.op === 'split-article') {
      articleOf(op.op === 'move' ? op.blockIds[0] : op.blockId)?.blocks.forEach((b) => ids.add(b.id));
      if (op.op === 'move') articleById(op.toArticleId)?.blocks.forEach((b) => ids.add(b.id));
    }
    for (const key of ['blockId', 'first', 'second'] as const) if (key in op) ids.add((op as Record<string, string>)[key]);
  }
  for (const e of s.edits ?? []) ids.add(e.blockId);
  return [...ids];
}

export interface OpRound {
  doc: EpaperDocument;
  applied: Suggestion[];
  /** Blocks changed, or waiting for a suggestion that could not apply this round. */
  touched: Set<string>;
  /** No block id sits twice on the page (the operations make only fresh ids). */
  uniqueBlockIds: boolean;
}

/**
 * The document as slots: each slot starts as one article and holds what became of it (an article split
 * makes two), so applying in one slot never shifts the others.
 */
class Slots {
  slots: Article[][];
  index = new Map<string, number>();
  articleIds = new Set<string>();
  /** No block id sits in two places: an operation that makes no new id leaves the index as it is. */
  uniqueBlocks: boolean;
  /** Per id prefix, numbers known to be taken: n → a number past a run of taken ones (uniqueId's search, below). */
  private runs = new Map<string, Map<number, number>>();
  constructor(articles: Article[]) {
    this.slots = articles.map((a) => [a]);
    let blocks = 0;
    this.slots.forEach((slot, i) => {
      this.reindex(i);
      blocks += slot[0].blocks.length;
    });
    this.uniqueBlocks = this.index.size === blocks;
  }
  reindex(i: number) {
    for (const a of this.slots[i]) {
      this.articleIds.add(a.id);
      for (const b of a.blocks) this.index.set(b.id, i);
    }
  }
  /** After a suggestion applied in slot `i`: only a split makes new block or article ids (a moved block keeps its id). */
  applied(i: number, s: Suggestion) {
    if (!this.uniqueBlocks || s.ops?.some((op) => op.op === 'split' || op.op === 'split-article')) this.reindex(i);
  }
  flat(): Article[] {
    return this.slots.flat();
  }
  taken: IdsInUse = Object.assign((id: string) => this.index.has(id) || this.articleIds.has(id), {
    /**
     * The first number from `n` on whose id is not taken. Ids are only ever added here, so a run found
     * taken stays taken: each split of an article would otherwise count again past every article id the
     * round's earlier splits took (quadratic in splits per round).
     */
    nextFree: (prefix: string, n: number): number => {
      let runs = this.runs.get(prefix);
      if (!runs) this.runs.set(prefix, (runs = new Map()));
      const from: number[] = [];
      for (;;) {
        const past = runs.get(n);
        if (past !== undefined) {
          from.push(n);
          n = past;
        } else if (this.taken(`${prefix}${n}`)) {
          from.push(n);
          n += 1;
        } else break;
      }
      for (const m of from) runs.set(m, n);
      return n;
    },
  });
  articleOf = (blockId: string): Article | undefined => {
    const i = this.index.get(blockId);
    return i === undefined ? undefined : this.slots[i].find((a) => a.blocks.some((b) => b.id === blockId));
  };
}

export function applyOpRound(doc: EpaperDocument, suggestions: Suggestion[]): OpRound {
  const touched = new Set<string>();
  const applied: Suggestion[] = [];
  let slots = new Slots(doc.articles);
  for (const s of suggestions) {
    const ids = reach(s, slots.articleOf, (id) => slots.flat().find((a) => a.id === id));
    if (ids.some((id) => touched.has(id))) {
      // Waits for the next round; its blocks get no text edits before then (a line may yet become a headline).
      s.blockIds.forEach((id) => touched.add(id));
      continue;
    }
    const homes = new Set(ids.map((id) => slots.index.get(id)));
    if (homes.size === 1 && !homes.has(undefined) && !(s.ops ?? []).some((op) => op.op === 'move')) {
      const at = [...homes][0]!;
      const r = applySuggestion({ ...doc, articles: slots.slots[at] }, s, slots.taken);
      if (!r.applied) continue;
      slots.slots[at] = r.doc.articles;
      slots.applied(at, s);
    } else {
      const r = applySuggestion({ ...doc, articles: slots.flat() }, s);
      if (!r.applied) continue;
      slots = new Slots(r.doc.articles);
    }
    ids.forEach((id) => touched.add(id));
    applied.push(s);
  }
  return { doc: applied.length ? { ...doc, articles: slots.flat() } : doc, applied, touched, uniqueBlockIds: slots.uniqueBlocks };
}
