/**
 * Block operations of the shared applier (join, split, set-role, set-aside, move, split-article, flag),
 * each a pure function from a document to a new document or to the reason it cannot apply. Nothing is
 * deleted: a joined block lives on in `mergedFrom`, a set-aside block keeps its place and previous role.
 */
import { uniqueId, type Article, type Block, type EpaperDocument, type IdsTaken } from '../model/document';
import type { BlockOperation } from './types';

/** Ids used outside the document being changed (the engine applies some operations to one article alone). */
export type IdsInUse = IdsTaken;

export interface FoundBlock {
  article: Article;
  articleIndex: number;
  index: number;
  block: Block;
}

export function findBlock(doc: EpaperDocument, blockId: string): FoundBlock | null {
  for (let articleIndex = 0; articleIndex < doc.articles.length; articleIndex += 1) {
    const article = doc.articles[articleIndex];
    const index = article.blocks.findIndex((b) => b.id === blockId);
    if (index >= 0) return { article, articleIndex, index, block: article.blocks[index] };
  }
  return null;
}

function withArticle(doc: EpaperDocument, articleIndex: number, next: Article[]): EpaperDocument {
  return { ...doc, articles: [...doc.articles.slice(0, articleIndex), ...next, ...doc.articles.slice(articleIndex + 1)] };
}

/** New document with one block replaced; every other article and block is shared. */
export function replaceBlock(doc: EpaperDocument, blockId: string, next: (b: Block) => Block): EpaperDocument {
  const found = findBlock(doc, blockId);
  if (!found) return doc;
  const blocks = [...found.article.blocks];
  blocks[found.index] = next(found.block);
  return withArticle(doc, found.articleIndex, [{ ...found.article, blocks }]);
}

type OpResult = EpaperDocument | string;

function join(doc: EpaperDocument, op: Extract<BlockOperation, { op: 'join' }>): OpResult {
  if (op.first === op.second) return `cannot join block ${op.first} with itself`;
  const first = findBlock(doc, op.first);
  const second = findBlock(doc, op.second);
  if (!first || !second) return `block ${first ? op.second : op.first} not found`;
  // A join across articles would silently glue two stories together; a move must come first.
  if (first.article !== second.article) return `blocks ${op.first} and ${op.second} are in different articles`;
  if (first.block.setAside || second.block.setAside) return 'cannot join a set-aside block';
  const gone = second.block;
  const blocks = first.article.blocks
    .filter((b) => b.id !== op.second)
    .map((b) => (b.id === op.first ? { ...b, text: b.text + op.separator + gone.text, mergedFrom: [...(b.mergedFrom ?? []), gone] } : b));
  return withArticle(doc, first.articleIndex, [{ ...first.article, blocks }]);
}

function split(doc: EpaperDocument, op: Extract<BlockOperation, { op: 'split' }>, taken?: IdsInUse): OpResult {
  const found = findBlock(doc, op.blockId);
  if (!found) return `block ${op.blockId} not found`;
  const { block } = found;
  if (op.at <= 0 || op.at >= block.text.length) return `cannot split block ${op.blockId} at ${op.at}`;
  const headText = block.text.slice(0, op.at).trimEnd();
  const tailText = block.text.slice(op.at).trimStart();
  // The tail is new text "as it arrived" in its own block; the head keeps the original raw (whole text).
  if (op.tailId !== undefined && (findBlock(doc, op.tailId) || doc.articles.some((a) => a.id === op.tailId) || taken?.(op.tailId))) {
    return `block id ${op.tailId} is already in use`;
  }
  const tail: Block = { id: op.tailId ?? uniqueId(doc, `${block.id}-s`, taken), role: op.role ?? block.role, text: tailText, raw: tailText };
  if (block.source) tail.source = block.source;
  const blocks = [...found.article.blocks];
  blocks.splice(found.index, 1, { ...block, text: headText }, tail);
  return withArticle(doc, found.articleIndex, [{ ...found.article, blocks }]);
}

function move(doc: EpaperDocument, op: Extract<BlockOperation, { op: 'move' }>): OpResult {
  if (new Set(op.blockIds).size !== op.blockIds.length) return 'a block is listed twice in one move';
  const moving: Block[] = [];
  for (const id of op.blockIds) {
    const f = findBlock(doc, id);
    if (!f) return `block ${id} to move not found`;
    moving.push(f.block);
  }
  if (!doc.articles.some((a) => a.id === op.toArticleId)) return `article ${op.toArticleId} not found`;
  if (op.beforeBlockId !== null && op.blockIds.includes(op.beforeBlockId)) return 'cannot move blocks before themselves';
  const ids = new Set(op.blockIds);
  const articles = doc.articles.map((a) => (a.blocks.some((b) => ids.has(b.id)) ? { ...a, blocks: a.blocks.filter((b) => !ids.has(b.id)) } : a));
  const target = articles.findIndex((a) => a.id === op.toArticleId);
  const blocks = articles[target].blocks;
  const at = op.beforeBlockId === null ? blocks.length : blocks.findIndex((b) => b.id === op.beforeBlockId);
  if (at < 0) return `block ${op.beforeBlockId} is not in article ${op.toArticleId}`;
  articles[target] = { ...articles[target], blocks: [...blocks.slice(0, at), ...moving, ...blocks.slice(at)] };
  return { ...doc, articles };
}

function splitArticle(doc: EpaperDocument, blockId: string, taken?: IdsInUse): OpResult {
  const found = findBlock(doc, blockId);
  if (!found) return `block ${blockId} not found`;
  if (found.index === 0) return `block ${blockId} already starts its article`;
  const { article } = found;
  const fresh: Article = { id: uniqueId(doc, 'article-', taken), blocks: article.blocks.slice(found.index) };
  if (article.regionId) fresh.regionId = article.regionId;
  return withArticle(doc, found.articleIndex, [{ ...article, blocks: article.blocks.slice(0, found.index) }, fresh]);
}

function onBlock(doc: EpaperDocument, blockId: string, next: (b: Block) => Block | string): OpResult {
  const found = findBlock(doc, blockId);
  if (!found) return `block ${blockId} not found`;
  const out = next(found.block);
  return typeof out === 'string' ? out : replaceBlock(doc, blockId, () => out);
}

function applyOp(doc: EpaperDocument, op: BlockOperation, taken?: IdsInUse): OpResult {
  switch (op.op) {
    case 'join':
      return join(doc, op);
    case 'split':
      return split(doc, op, taken);
    case 'move':
      return move(doc, op);
    case 'split-article':
      return splitArticle(doc, op.blockId, taken);
    case 'set-role':
      return onBlock(doc, op.blockId, (b) => ({ ...b, role: op.role }));
    case 'set-aside':
      return onBlock(doc, op.blockId, (b) =>
        b.setAside ? `block ${op.blockId} is already set aside` : { ...b, setAside: { kind: op.kind, reason: op.reason, previousRole: b.role } });
    case 'flag':
      return onBlock(doc, op.blockId, (b) => ({ ...b, flags: [...(b.flags ?? []), op.flag] }));
    default:
      return `unknown operation ${(op as { op: string }).op}`;
  }
}

/** Applies one block operation; `skipped` says why when it cannot. */
export function applyOperation(doc: EpaperDocument, op: BlockOperation, taken?: IdsInUse): { doc: EpaperDocument; applied: boolean; skipped?: string } {
  const out = applyOp(doc, op, taken);
  return typeof out === 'string' ? { doc, applied: false, skipped: out } : { doc: out, applied: true };
}
