/**
 * Small helpers every structural pass needs: stable suggestion ids and the body view of a document
 * (blocks that are in the reading body, with their article and position).
 */
import type { Article, Block, EpaperDocument } from '../../../model/document';
import { bodyBlocks } from '../../../model/document';
import type { SuggestionKind } from '../../types';

/** kind + block ids (+ range): the same finding on the same document always gets the same id. */
export function suggestionId(kind: SuggestionKind, blockIds: string[], range?: [number, number]): string {
  return [kind, ...blockIds, ...(range ? [`${range[0]}-${range[1]}`] : [])].join(':');
}

export interface BodyEntry {
  article: Article;
  articleIndex: number;
  block: Block;
  /** Index among the article's body blocks. */
  index: number;
  body: Block[];
}

/** Every body block of the document in reading order. */
export function bodyEntries(doc: EpaperDocument): BodyEntry[] {
  const out: BodyEntry[] = [];
  doc.articles.forEach((article, articleIndex) => {
    const body = bodyBlocks(article);
    body.forEach((block, index) => out.push({ article, articleIndex, block, index, body }));
  });
  return out;
}

export const HEAD_ROLES = new Set(['kicker', 'headline', 'subtitle', 'byline']);

/**
 * The blocks before `i` are all head-like and one of them is the headline. Stops at the first block that is
 * not head-like: copying and scanning the whole prefix for every block of a long article would grow with
 * the square of its length.
 */
export function onlyHeadBefore(body: readonly Block[], i: number, headLike: (b: Block) => boolean): boolean {
  let headline = false;
  for (let j = 0; j < i; j += 1) {
    if (!headLike(body[j])) return false;
    if (body[j].role === 'headline') headline = true;
  }
  return headline;
}

/** The first block after `i` that matches (a loop, not a copy of the rest of the article). */
export function firstAfter(body: readonly Block[], i: number, match: (b: Block) => boolean): Block | undefined {
  for (let j = i + 1; j < body.length; j += 1) if (match(body[j])) return body[j];
  return undefined;
}
