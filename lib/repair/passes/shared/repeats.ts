/**
 * Finds near-verbatim repeats of earlier text in linear time: index every k-character shingle once
 * (most recent position), collect seeds where a shingle was seen before, chain seeds that keep the same
 * offset (± a few characters, so small OCR differences and dropped characters still chain), then
 * verify each chain with a bounded edit distance. No pairwise comparison of blocks: a 1M-character page
 * costs one pass over its characters.
 */

export interface Repeat {
  /** Copy (later) span in the concatenated text, end exclusive. */
  start: number;
  end: number;
  /** Source (earlier) span. */
  sourceStart: number;
  sourceEnd: number;
  /** 0–1: 1 − edit distance / length. */
  similarity: number;
}

export interface RepeatOptions {
  k?: number;
  minLength?: number;
  /** How far the offset between copy and source may drift inside one chain. */
  drift?: number;
  /** Largest gap between seeds of one chain. */
  maxGap?: number;
  /** May the seed at `pos` use a source at `sourcePos`? (neighbourhood restriction) */
  allowed?: (pos: number, sourcePos: number) => boolean;
  /** Scan only `text.slice(from, to)` (one unit, for an incremental re-read); sources may lie anywhere before. */
  from?: number;
  to?: number;
  /** The latest position before `from` where the shingle occurs (the scan did not see that text). */
  before?: (shingle: string) => number | undefined;
}

/** Levenshtein distance, with early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j += 1) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      rowMin = Math.min(rowMin, cur[j]);
    }
    if (rowMin > limit) return rowMin;
    prev = cur;
  }
  return prev[b.length];
}

/** `text` uses '\u0000' between units (blocks): no shingle crosses one. */
export function findRepeats(text: string, options: RepeatOptions = {}): Repeat[] {
  const { k = 8, minLength = 12, drift = 6, maxGap = 8, allowed = () => true, from = 0, to = text.length, before } = options;
  const lastSeen = new Map<string, number>();
  const repeats: Repeat[] = [];
  let chain: { start: number; end: number; srcStart: number; srcEnd: number; offset: number; covered: number } | undefined;
  const close = () => {
    if (chain && chain.end - chain.start >= minLength) repeats.push(verify(text, chain));
    chain = undefined;
  };
  for (let i = from; i + k <= to; i += 1) {
    const shingle = text.slice(i, i + k);
    if (shingle.includes('\u0000')) {
      close(); // a repeat never spans two blocks
      continue;
    }
    const p = lastSeen.get(shingle) ?? before?.(shingle);
    lastSeen.set(shingle, i);
    if (p === undefined || p + k > i || !allowed(i, p)) {
      if (chain && i > chain.end + maxGap) close();
      continue;
    }
    const offset = i - p;
    if (chain && i <= chain.end + maxGap && Math.abs(offset - chain.offset) <= drift && p >= chain.srcStart) {
      chain.covered += i + k - Math.max(chain.end, i);
      chain.end = Math.max(chain.end, i + k);
      chain.srcEnd = Math.max(chain.srcEnd, p + k);
      chain.offset = offset;
    } else {
      close();
      chain = { start: i, end: i + k, srcStart: p, srcEnd: p + k, offset, covered: k };
    }
  }
  close();
  return repeats.filter((r) => r.similarity >= 0.75);
}

function verify(text: string, c: { start: number; end: number; srcStart: number; srcEnd: number; covered: number }): Repeat {
  const copy = text.slice(c.start, c.end);
  const source = text.slice(c.srcStart, c.srcEnd);
  const length = Math.max(copy.length, source.length);
  // Long exact-ish chains are verified by seed coverage; edit distance is kept for short spans (cost n·m).
  const similarity = length <= 400
    ? 1 - editDistance(copy, source, Math.ceil(length * 0.3)) / length
    : Math.min(1, c.covered / copy.length);
  return { start: c.start, end: c.end, sourceStart: c.srcStart, sourceEnd: c.srcEnd, similarity };
}
