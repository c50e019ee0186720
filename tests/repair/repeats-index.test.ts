/**
 * findRepeats keeps its shingle index in reused typed-array hash tables (repeats.ts). Property: on
 * real-looking text — the corpus pages, joined as the duplicate pass joins paragraphs, with copies pasted
 * in — it finds exactly what the plain scan finds with an index keyed by the shingles' text (a `Map` per
 * switch of reachable sources), for whole scans, windows of reachable sources and incremental unit scans.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, findRepeats, type Repeat, type RepeatOptions } from '../../lib/repair/passes/shared/repeats';

const CORPUS = fileURLToPath(new URL('./corpus', import.meta.url));
const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));

/** The same scan with the index keyed by shingle text: the slow path the hash tables must equal. */
function slowRepeats(text: string, options: RepeatOptions = {}): Repeat[] {
  const { k = 8, minLength = 12, drift = 6, maxGap = 8, sourceFrom = () => 0, from: scanFrom = 0, to = text.length, before } = options;
  let recent = new Map<string, number>();
  let older: Map<string, number> | undefined;
  let recentFrom = scanFrom;
  const repeats: Repeat[] = [];
  let chain: { start: number; end: number; srcStart: number; srcEnd: number; offset: number; covered: number } | undefined;
  const close = () => {
    if (chain && chain.end - chain.start >= minLength) {
      const copy = text.slice(chain.start, chain.end);
      const source = text.slice(chain.srcStart, chain.srcEnd);
      const length = Math.max(copy.length, source.length);
      const similarity = length <= 400 ? 1 - editDistance(copy, source, Math.ceil(length * 0.3)) / length : Math.min(1, chain.covered / copy.length);
      repeats.push({ start: chain.start, end: chain.end, sourceStart: chain.srcStart, sourceEnd: chain.srcEnd, similarity });
    }
    chain = undefined;
  };
  for (let i = scanFrom; i + k <= to; i += 1) {
    const shingle = text.slice(i, i + k);
    if (shingle.includes('\u0000')) {
      close();
      continue;
    }
    const from = sourceFrom(i);
    if (from > recentFrom) {
      older = recent;
      recent = new Map();
      recentFrom = i;
    }
    const p = recent.get(shingle) ?? older?.get(shingle) ?? before?.(shingle);
    recent.set(shingle, i);
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

/** Corpus paragraphs joined by NUL, some of them pasted again further on (a copy to find). */
function pastedText(picks: number[]): string {
  const paragraphs = pages.flatMap((p) => p.split(/\n+/)).filter((p) => p.trim());
  const units: string[] = [];
  picks.forEach((pick, n) => {
    units.push(paragraphs[pick % paragraphs.length]);
    if (n % 3 === 2) units.push(units[pick % units.length]);
  });
  return units.join('\u0000');
}

const picksArb = fc.array(fc.nat(), { minLength: 5, maxLength: 200 });

describe('findRepeats with its hash-table index', () => {
  it('finds copies in the corpus text (the property below compares something)', () => {
    const text = pastedText(Array.from({ length: 60 }, (_, i) => i * 7));
    expect(findRepeats(text).length).toBeGreaterThan(0);
    expect(findRepeats(text)).toEqual(slowRepeats(text));
  });

  it('equals the text-keyed scan on whole texts and on windows of reachable sources', () => {
    fc.assert(fc.property(picksArb, fc.integer({ min: 200, max: 5000 }), (picks, span) => {
      const text = pastedText(picks);
      expect(findRepeats(text)).toEqual(slowRepeats(text));
      // Sources reachable from the start of the span before the one a position is in (an article and the one before it).
      const sourceFrom = (pos: number) => Math.max(0, Math.floor(pos / span) - 1) * span;
      expect(findRepeats(text, { sourceFrom })).toEqual(slowRepeats(text, { sourceFrom }));
    }), { numRuns: 40 });
  });

  it('equals the text-keyed scan on one unit with earlier sources looked up', () => {
    fc.assert(fc.property(picksArb, fc.nat(), (picks, at) => {
      const text = pastedText(picks);
      const breaks = [0, ...[...text.matchAll(/\u0000/g)].map((m) => m.index + 1)];
      const from = breaks[at % breaks.length];
      const end = text.indexOf('\u0000', from);
      const to = end < 0 ? text.length : end;
      const before = (shingle: string) => {
        const p = text.lastIndexOf(shingle, from - shingle.length);
        return p < 0 ? undefined : p;
      };
      expect(findRepeats(text, { from, to, before })).toEqual(slowRepeats(text, { from, to, before }));
    }), { numRuns: 40 });
  });
});
