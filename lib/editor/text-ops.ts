/**
 * Small text operations the user performs by hand, expressed in the shared vocabulary (TextEdit,
 * BlockOperation) so they go through the same applier and the same history as accepted suggestions.
 */
import type { Block, EpaperDocument } from '../model/document';
import type { BlockOperation, TextEdit } from '../repair/types';
import { joinSeparator } from '../text';
import { findBlock } from '../repair/operations';

/** The smallest single replacement turning `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(blockId: string, before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start += 1;
  let tail = 0;
  while (tail < max - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail += 1;
  // Never cut a surrogate pair in half: offsets are UTF-16 units and a split pair would corrupt the text.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start -= 1;
  if (tail > 0 && isLowSurrogate(before.charCodeAt(before.length - tail))) tail -= 1;
  return { blockId, start, end: before.length - tail, text: after.slice(start, after.length - tail), expected: before.slice(start, before.length - tail) };
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

export function joinOp(first: Block, second: Block): BlockOperation {
  return { op: 'join', first: first.id, second: second.id, separator: joinSeparator(first.text, second.text) };
}

/**
 * Undoes the last join of a block: the joined block comes back after it, and its text is cut off the end
 * again — only while that tail is still exactly what was joined, so no later edit is thrown away.
 */
export function unmerge(doc: EpaperDocument, blockId: string): EpaperDocument | 'changed' | 'not-merged' {
  const at = findBlock(doc, blockId);
  const merged = at?.block.mergedFrom;
  if (!at || !merged?.length) return 'not-merged';
  const last = merged[merged.length - 1];
  const text = at.block.text;
  if (!text.endsWith(last.text)) return 'changed';
  const head: Block = {
    ...at.block,
    text: text.slice(0, text.length - last.text.length).replace(/ $/, ''),
    mergedFrom: merged.length > 1 ? merged.slice(0, -1) : undefined,
  };
  if (!head.mergedFrom) delete head.mergedFrom;
  return {
    ...doc,
    articles: doc.articles.map((a, i) =>
      i === at.articleIndex ? { ...a, blocks: [...a.blocks.slice(0, at.index), head, last, ...a.blocks.slice(at.index + 1)] } : a,
    ),
  };
}
