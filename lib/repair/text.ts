/**
 * Offsets and protected spans the text passes share (the character classes are lib/text's).
 */
import { isSpace } from '../text';

/** Ranges `[start, end)` (UTF-16) of URLs and e-mail addresses, which no punctuation rule may touch. */
export function protectedRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  // Either form needs one of these: most lines are read no further.
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return out;
  const re = /(?:https?:\/\/|www\.)[^\s\u3000，。；！？（）“”]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gu;
  for (const m of text.matchAll(re)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export const inRanges = (ranges: [number, number][], at: number): boolean => ranges.some(([s, e]) => at >= s && at < e);

/** Previous/next character of `text` around `[start, end)`, skipping spaces (code points, not halves). */
export function charBefore(text: string, start: number): string | undefined {
  let i = start;
  while (i > 0 && isSpace(text[i - 1])) i -= 1;
  if (i === 0) return undefined;
  const cp = text.codePointAt(i - 2);
  return cp !== undefined && cp > 0xffff ? String.fromCodePoint(cp) : text[i - 1];
}
export function charAfter(text: string, end: number): string | undefined {
  let i = end;
  while (i < text.length && isSpace(text[i])) i += 1;
  const cp = text.codePointAt(i);
  return cp === undefined ? undefined : String.fromCodePoint(cp);
}

/**
 * Where an offset lands after edits to the same text (edits non-overlapping): shifted by the length change
 * of every edit before it; inside an edited range it moves to that edit's end. Keeps flags (`gap` at …)
 * pointing at the same place when spaces or punctuation change before them.
 */
export function mapOffset(at: number, edits: { start: number; end: number; text: string }[]): number {
  let out = at;
  for (const e of edits) {
    if (e.end <= at) out += e.text.length - (e.end - e.start);
    else if (e.start < at) out += e.start + e.text.length - at;
  }
  return out;
}

/** Edits (or anything on a block) grouped by block, in their order. */
export function groupByBlock<T extends { blockId: string }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.blockId);
    if (list) list.push(item);
    else out.set(item.blockId, [item]);
  }
  return out;
}
