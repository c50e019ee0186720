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
  /**
   * The earliest source a copy at `pos` may repeat (neighbourhood restriction); never decreases as `pos`
   * grows. The index then only holds the positions a copy may still use: two small tables, not the page.
   */
  sourceFrom?: (pos: number) => number;
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

/**
 * The last position of each k-character shingle of `text`, keyed by a rolling hash of its code units (no
 * string per position). Equal hashes are checked against the text; a hash two different shingles share
 * moves to a table keyed by the shingles themselves, so the answers are exactly those of a table keyed by
 * shingle text.
 *
 * The hash table is open addressing over two typed arrays, emptied for reuse by the slots it filled: the
 * scan drops its index at every article pair, and a fresh `Map` per pair, grown from empty, allocated more
 * than the rest of the duplicate pass (a quarter of a gigabyte per `applyAll` round trip on a 1M page).
 */
class ShingleIndex {
  private keys: Int32Array;
  private values: Int32Array;
  /** Slots filled since the last `clear`, in order. */
  private filled: Int32Array;
  private count = 0;
  /** 32 − log2 of the capacity: the product's top bits are the slot. */
  private shift: number;
  private byText: Map<string, number> | undefined;
  constructor(private text: string, private k: number, capacity = 1024) {
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.values = new Int32Array(capacity);
    this.filled = new Int32Array(capacity >> 1);
    this.shift = 32 - Math.log2(capacity);
  }
  /** The slot of `hash` (a non-negative 30-bit key), or the empty slot where it would go. */
  private slot(hash: number): number {
    const mask = this.keys.length - 1;
    // Fibonacci hashing: the product's top bits, which every bit of the key reaches.
    let at = Math.imul(hash, 0x9e3779b1) >>> this.shift;
    while (this.keys[at] !== EMPTY && this.keys[at] !== hash) at = (at + 1) & mask;
    return at;
  }
  private grow() {
    const { keys, values } = this;
    const order = this.filled.subarray(0, this.count);
    this.keys = new Int32Array(keys.length * 2).fill(EMPTY);
    this.values = new Int32Array(keys.length * 2);
    this.filled = new Int32Array(keys.length);
    this.shift -= 1;
    const n = this.count;
    this.count = 0;
    for (let j = 0; j < n; j += 1) {
      const at = this.slot(keys[order[j]]);
      this.keys[at] = keys[order[j]];
      this.values[at] = values[order[j]];
      this.filled[this.count++] = at;
    }
  }
  /** Empty again, keeping its arrays (the next pair's index reuses them). */
  clear(text: string) {
    for (let j = 0; j < this.count; j += 1) this.keys[this.filled[j]] = EMPTY;
    this.count = 0;
    this.byText = undefined;
    this.text = text;
  }
  get(i: number, hash: number): number | undefined {
    const at = this.slot(hash);
    if (this.keys[at] === EMPTY) return undefined;
    const p = this.values[at];
    if (p === SHARED) return this.byText!.get(this.shingle(i));
    return this.same(p, i) ? p : undefined;
  }
  /** `get(i, hash)`, then position `i` is the shingle's latest: one probe for both. */
  swap(i: number, hash: number): number | undefined {
    const at = this.slot(hash);
    if (this.keys[at] === EMPTY) {
      this.insert(at, hash, i);
      return undefined;
    }
    const p = this.values[at];
    if (p !== SHARED && this.same(p, i)) {
      this.values[at] = i;
      return p;
    }
    // Two shingles share the hash: from now on it is looked up by text.
    this.byText ??= new Map();
    const shingle = this.shingle(i);
    const known = p === SHARED ? this.byText.get(shingle) : undefined;
    if (p !== SHARED) {
      this.values[at] = SHARED;
      this.byText.set(this.shingle(p), p);
    }
    this.byText.set(shingle, i);
    return known;
  }
  private insert(at: number, hash: number, value: number) {
    if ((this.count + 1) * 2 > this.keys.length) {
      this.grow();
      at = this.slot(hash);
    }
    this.keys[at] = hash;
    this.values[at] = value;
    this.filled[this.count++] = at;
  }
  private shingle(i: number): string {
    return this.text.slice(i, i + this.k);
  }
  private same(p: number, i: number): boolean {
    for (let j = 0; j < this.k; j += 1) if (this.text.charCodeAt(p + j) !== this.text.charCodeAt(i + j)) return false;
    return true;
  }
}
/** A slot no key is in (keys are `hash & 0x3fffffff`, never negative). */
const EMPTY = -1;
/** Marks a hash that more than one shingle has. */
const SHARED = -1;
const BASE = 0x01000193;

/** `text` uses '\u0000' between units (blocks): no shingle crosses one. */
export function findRepeats(text: string, options: RepeatOptions = {}): Repeat[] {
  const { k = 8, minLength = 12, drift = 6, maxGap = 8, sourceFrom = () => 0, from: scanFrom = 0, to = text.length, before } = options;
  // Positions from `recentFrom` on are in `recent`, those before it (back to the previous switch) in `older`.
  let recent = new ShingleIndex(text, k);
  let older: ShingleIndex | undefined;
  // The index dropped at a switch, emptied and used again as the next `recent`.
  let spare: ShingleIndex | undefined;
  let recentFrom = scanFrom;
  const repeats: Repeat[] = [];
  let chain: { start: number; end: number; srcStart: number; srcEnd: number; offset: number; covered: number } | undefined;
  const close = () => {
    if (chain && chain.end - chain.start >= minLength) repeats.push(verify(text, chain));
    chain = undefined;
  };
  // Rolling hash of text[i, i + k): drop the unit leaving, take in the unit arriving (BASE^(k-1) precomputed).
  let top = 1;
  for (let j = 1; j < k; j += 1) top = Math.imul(top, BASE);
  let hash = 0;
  for (let j = scanFrom; j < scanFrom + k - 1 && j < text.length; j += 1) hash = (Math.imul(hash, BASE) + text.charCodeAt(j)) | 0;
  let nextBreak = text.indexOf('\u0000', scanFrom);
  for (let i = scanFrom; i + k <= to; i += 1) {
    if (i > scanFrom) hash = (hash - Math.imul(text.charCodeAt(i - 1), top)) | 0;
    hash = (Math.imul(hash, BASE) + text.charCodeAt(i + k - 1)) | 0;
    while (nextBreak >= 0 && nextBreak < i) nextBreak = text.indexOf('\u0000', i);
    if (nextBreak >= 0 && nextBreak < i + k) {
      close(); // a repeat never spans two blocks
      continue;
    }
    const from = sourceFrom(i);
    if (from > recentFrom) {
      // Everything before `recentFrom` is out of reach from here on.
      spare = older;
      older = recent;
      if (spare) spare.clear(text);
      recent = spare ?? new ShingleIndex(text, k);
      recentFrom = i;
    }
    const key = hash & 0x3fffffff; // small integers are the cheapest Map keys
    // `recent` takes `i` as the shingle's latest position in the same probe (older and before are other tables).
    const p = recent.swap(i, key) ?? older?.get(i, key) ?? before?.(text.slice(i, i + k));
    if (p === undefined || p + k > i || p < from) {
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
