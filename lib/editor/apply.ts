/**
 * Thin adapter: applies a suggestion's text edits and block operations to a document, immutably.
 * lib/repair/apply.ts (`applySuggestion`) is the shared applier; until it lands this file keeps the
 * editor working with the same contract. Delete it and import from lib/repair/apply.ts once that exists.
 */
import type { Article, Block, EpaperDocument } from '../model/document';
import { uniqueId } from '../model/document';
import type { BlockOperation, Suggestion, TextEdit } from '../repair/types';

export interface ApplyResult {
  doc: EpaperDocument;
  applied: boolean;
  /** Why nothing changed (stale suggestion, missing block). */
  skipped?: string;
}

function findBlock(doc: EpaperDocument, blockId: string): { article: Article; index: number } | null {
  for (const article of doc.articles) {
    const index = article.blocks.findIndex((b) => b.id === blockId);
    if (index >= 0) return { article, index };
  }
  return null;
}

function replaceBlock(doc: EpaperDocument, blockId: string, next: (b: Block) => Block): EpaperDocument {
  return {
    ...doc,
    articles: doc.articles.map((a) =>
      a.blocks.some((b) => b.id === blockId) ? { ...a, blocks: a.blocks.map((b) => (b.id === blockId ? next(b) : b)) } : a,
    ),
  };
}

/** Applies edits last-first so earlier offsets stay valid; a stale edit (text changed) fails the whole set. */
export function applyEdits(doc: EpaperDocument, edits: TextEdit[]): ApplyResult {
  const sorted = [...edits].sort((a, b) => (a.blockId === b.blockId ? b.start - a.start : a.blockId < b.blockId ? -1 : 1));
  let out = doc;
  for (const e of sorted) {
    const found = findBlock(out, e.blockId);
    if (!found) return { doc, applied: false, skipped: `block ${e.blockId} not found` };
    const block = found.article.blocks[found.index];
    if (e.start < 0 || e.end > block.text.length || e.start > e.end || block.text.slice(e.start, e.end) !== e.expected) {
      return { doc, applied: false, skipped: `text of ${e.blockId} changed since the suggestion was made` };
    }
    out = replaceBlock(out, e.blockId, (b) => ({ ...b, text: b.text.slice(0, e.start) + e.text + b.text.slice(e.end) }));
  }
  return { doc: out, applied: true };
}

function applyOp(doc: EpaperDocument, op: BlockOperation): EpaperDocument | string {
  switch (op.op) {
    case 'join': {
      if (op.first === op.second) return `cannot join block ${op.first} with itself`;
      const first = findBlock(doc, op.first);
      const second = findBlock(doc, op.second);
      if (!first || !second) return `block ${first ? op.second : op.first} not found`;
      const gone = second.article.blocks[second.index];
      const removed = { ...doc, articles: doc.articles.map((a) => ({ ...a, blocks: a.blocks.filter((b) => b.id !== op.second) })) };
      return replaceBlock(removed, op.first, (b) => ({
        ...b,
        text: b.text + op.separator + gone.text,
        mergedFrom: [...(b.mergedFrom ?? []), gone],
      }));
    }
    case 'split': {
      const found = findBlock(doc, op.blockId);
      if (!found) return `block ${op.blockId} not found`;
      const block = found.article.blocks[found.index];
      if (op.at <= 0 || op.at >= block.text.length) return `cannot split ${op.blockId} at ${op.at}`;
      const head: Block = { ...block, text: block.text.slice(0, op.at).trimEnd() };
      const tail: Block = { id: uniqueId(doc, `${block.id}-s`), role: op.role ?? block.role, text: block.text.slice(op.at).trimStart(), raw: '', source: block.source };
      // The tail's raw is the tail as it stood at the split: raw text "as it arrived" in this block.
      tail.raw = tail.text;
      return {
        ...doc,
        articles: doc.articles.map((a) =>
          a === found.article ? { ...a, blocks: [...a.blocks.slice(0, found.index), head, tail, ...a.blocks.slice(found.index + 1)] } : a,
        ),
      };
    }
    case 'set-role':
      return findBlock(doc, op.blockId) ? replaceBlock(doc, op.blockId, (b) => ({ ...b, role: op.role })) : `block ${op.blockId} not found`;
    case 'set-aside':
      return findBlock(doc, op.blockId)
        ? replaceBlock(doc, op.blockId, (b) => ({ ...b, setAside: { kind: op.kind, reason: op.reason, previousRole: b.role } }))
        : `block ${op.blockId} not found`;
    case 'flag':
      return findBlock(doc, op.blockId)
        ? replaceBlock(doc, op.blockId, (b) => ({ ...b, flags: [...(b.flags ?? []), op.flag] }))
        : `block ${op.blockId} not found`;
    case 'move': {
      const moving = op.blockIds.map((id) => findBlock(doc, id)).map((f) => f && f.article.blocks[f.index]);
      if (moving.some((b) => !b)) return 'a block to move was not found';
      if (!doc.articles.some((a) => a.id === op.toArticleId)) return `article ${op.toArticleId} not found`;
      const ids = new Set(op.blockIds);
      const articles = doc.articles.map((a) => ({ ...a, blocks: a.blocks.filter((b) => !ids.has(b.id)) }));
      return {
        ...doc,
        articles: articles.map((a) => {
          if (a.id !== op.toArticleId) return a;
          const at = op.beforeBlockId === null ? a.blocks.length : a.blocks.findIndex((b) => b.id === op.beforeBlockId);
          const index = at < 0 ? a.blocks.length : at;
          return { ...a, blocks: [...a.blocks.slice(0, index), ...(moving as Block[]), ...a.blocks.slice(index)] };
        }),
      };
    }
    case 'split-article': {
      const found = findBlock(doc, op.blockId);
      if (!found) return `block ${op.blockId} not found`;
      const fresh: Article = { id: uniqueId(doc, 'article-'), regionId: found.article.regionId, blocks: found.article.blocks.slice(found.index) };
      const at = doc.articles.indexOf(found.article);
      const kept = { ...found.article, blocks: found.article.blocks.slice(0, found.index) };
      return { ...doc, articles: [...doc.articles.slice(0, at), kept, fresh, ...doc.articles.slice(at + 1)] };
    }
  }
}

/** Applies one block operation; `skipped` says why when it cannot. */
export function applyOperation(doc: EpaperDocument, op: BlockOperation): ApplyResult {
  const out = applyOp(doc, op);
  return typeof out === 'string' ? { doc, applied: false, skipped: out } : { doc: out, applied: true };
}

/** Edits first (their offsets refer to the text before any join/split), then operations in order. */
export function applySuggestion(doc: EpaperDocument, s: Suggestion): ApplyResult {
  const edited = applyEdits(doc, s.edits ?? []);
  if (!edited.applied) return edited;
  let out = edited.doc;
  for (const op of s.ops ?? []) {
    const r = applyOperation(out, op);
    if (!r.applied) return { doc, applied: false, skipped: r.skipped };
    out = r.doc;
  }
  return { doc: out, applied: true };
}
