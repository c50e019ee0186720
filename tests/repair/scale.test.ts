/**
 * What the engine's speed rests on, checked on the benchmark's own kind of document (tests/bench/repair.ts:
 * the test pages repeated with fresh ids and varied digits, many articles that do not read each other):
 * - findings are the article's own, so applying the whole page gives what applying each article alone gives;
 * - the duplicate search keeps only the reachable window of its index (the same article and the one
 *   before), which must find exactly what a search over each pair of articles alone finds.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EpaperDocument } from '../../lib/model/document';
import { applyAll } from '../../lib/repair/engine';
import { findRepeats } from '../../lib/repair/passes/shared/repeats';
import { synthesise } from '../bench/repair';

/** Every block of every article: id, role, text, set-aside kind and flags (new article ids depend on the page, so not those). */
const blocksOf = (doc: EpaperDocument) =>
  doc.articles.map((a) => a.blocks.map((b) => [b.id, b.role, b.text, b.setAside?.kind ?? '', (b.flags ?? []).map((f) => `${f.kind}@${f.at}`).join()]));

describe('the engine on a page of many articles', () => {
  const doc = synthesise(20_000);

  it.each([['all', 0], ['safe', undefined]] as const)('applyAll (%s) on the page = applyAll on each article alone, one after the other', (_, minConfidence) => {
    const whole = applyAll(doc, { minConfidence });
    const alone = doc.articles.map((a) => applyAll({ ...doc, articles: [a] }, { minConfidence }));
    expect(doc.articles.length).toBeGreaterThan(50);
    expect(whole.applied.length).toBeGreaterThan(doc.articles.length);
    expect(blocksOf(whole.doc)).toEqual(alone.flatMap((r) => blocksOf(r.doc)));
    expect(whole.applied.map((s) => s.id).sort()).toEqual(alone.flatMap((r) => r.applied.map((s) => s.id)).sort());
  });
});

describe('findRepeats with a window of reachable sources', () => {
  // Few distinct characters, so that repeats, near-repeats and chains broken by a block end are common.
  const pieceArb = fc.oneof(
    { weight: 6, arbitrary: fc.string({ unit: fc.constantFrom(...'甲乙丙丁戊己庚辛，。'), minLength: 1, maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constant('\u0000') },
  );
  const pageArb = fc.record({
    pieces: fc.array(pieceArb, { minLength: 1, maxLength: 80 }),
    cuts: fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
    copies: fc.array(fc.nat({ max: 79 }), { maxLength: 20 }),
  });

  it('finds in each article exactly what a search over that article and the one before alone finds', () => {
    fc.assert(fc.property(pageArb, ({ pieces, cuts, copies }) => {
      // Repeat some pieces later on, so there is something to find; articles start after some block ends.
      const all = [...pieces, ...copies.map((i) => pieces[i % pieces.length])];
      const text = all.join('');
      const starts = [0];
      let at = 0;
      all.forEach((p, i) => {
        at += p.length;
        if (p === '\u0000' && cuts[i % cuts.length] && at < text.length) starts.push(at);
      });
      const articleAt = (pos: number) => starts.filter((s) => s <= pos).length - 1;
      const windowed = findRepeats(text, { k: 4, minLength: 6, sourceFrom: (pos) => starts[Math.max(0, articleAt(pos) - 1)] });
      const pairwise = starts.flatMap((start, a) => {
        const from = starts[Math.max(0, a - 1)];
        const end = starts[a + 1] ?? text.length;
        return findRepeats(text.slice(from, end), { k: 4, minLength: 6 })
          .map((r) => ({ ...r, start: r.start + from, end: r.end + from, sourceStart: r.sourceStart + from, sourceEnd: r.sourceEnd + from }))
          .filter((r) => r.start >= start);
      });
      expect(windowed).toEqual(pairwise);
    }), { numRuns: 300 });
  });
});
