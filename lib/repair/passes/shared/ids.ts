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
