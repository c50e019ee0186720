/**
 * Properties of the engine on random documents mixing Han text, spaces, half/full-width punctuation,
 * digits, Latin, look-alikes and characters outside the BMP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, EpaperDocument } from '../../lib/model/document';
import { docArb } from './arbitraries';
import { applyAll, suggest } from '../../lib/repair/engine';
import { applyOperation, applySuggestion } from '../../lib/repair/apply';
import { createEditorReducer, initEditorState } from '../../lib/editor/state';
import { PASSES } from '../../lib/repair/registry';

/** Han characters (without `一`, which the range rule turns into a dash) in body, set-aside and merged blocks. */
function hanCount(doc: EpaperDocument): number {
  const inBlock = (b: Block): number => (b.text.match(/(?!一)\p{Script=Han}/gu) ?? []).length;
  return doc.articles.reduce((sum, a) => sum + a.blocks.reduce((s, b) => s + inBlock(b), 0), 0);
}
/** Every block id that still exists: in the document or inside a `mergedFrom`. */
function allIds(doc: EpaperDocument): Set<string> {
  const ids = new Set<string>();
  const visit = (b: Block) => {
    ids.add(b.id);
    b.mergedFrom?.forEach(visit);
  };
  doc.articles.forEach((a) => a.blocks.forEach(visit));
  return ids;
}

const RUNS = { numRuns: 150 };

describe('engine properties', () => {
  it('is idempotent: running on its own output applies nothing new', () => {
    fc.assert(fc.property(docArb, fc.constantFrom(0, 0.9), (doc, minConfidence) => {
      const once = applyAll(doc, { minConfidence });
      const twice = applyAll(once.doc, { minConfidence });
      expect(twice.applied.map((s) => s.id)).toEqual([]);
    }), RUNS);
  });

  // Every pass, duplicate included: a repeated copy is split off and set aside, never deleted.
  it('loses no character or block: text lives on in the body, a set-aside block or mergedFrom', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const out = applyAll(doc, { minConfidence: 0 }).doc;
      expect(hanCount(out)).toBe(hanCount(doc));
      const ids = allIds(out);
      for (const a of doc.articles) for (const b of a.blocks) expect(ids.has(b.id)).toBe(true);
    }), RUNS);
  });

  it('never joins blocks of different articles (moves excepted: out-of-order moves a fragment first)', () => {
    const passes = PASSES.filter((p) => p.meta.kind !== 'out-of-order');
    fc.assert(fc.property(docArb, (doc) => {
      const ids = new Map(doc.articles.flatMap((a) => a.blocks.map((b) => [b.id, a.id] as const)));
      // A block split off another (`b3-after`, `b3-s9`) comes from the article of the block it was cut from.
      const home = (id: string) => ids.get(id.split('-')[0]);
      const out = applyAll(doc, { minConfidence: 0, passes }).doc;
      for (const a of out.articles) for (const b of a.blocks) for (const m of b.mergedFrom ?? []) expect(home(m.id)).toBe(home(b.id));
    }), RUNS);
    fc.assert(fc.property(docArb, fc.nat(), fc.nat(), (doc, i, j) => {
      const blocks = doc.articles.flatMap((a) => a.blocks.map((b) => ({ a: a.id, b: b.id })));
      const [x, y] = [blocks[i % blocks.length], blocks[j % blocks.length]];
      const r = applyOperation(doc, { op: 'join', first: x.b, second: y.b, separator: '' });
      expect(r.applied).toBe(x.a === y.a && x.b !== y.b);
    }), RUNS);
  });

  it('every suggestion applies to the document it was made for (no move lists a block twice)', () => {
    fc.assert(fc.property(docArb, (doc) => {
      for (const s of suggest(doc)) {
        for (const op of s.ops ?? []) if (op.op === 'move') expect(new Set(op.blockIds).size).toBe(op.blockIds.length);
        expect(applySuggestion(doc, s).skipped).toBeUndefined();
      }
    }), RUNS);
  });

  it('apply then undo (the editor\'s history) gives back the very same document', () => {
    const deps = { suggest: (d: EpaperDocument) => suggest(d) };
    const reduce = createEditorReducer(deps);
    fc.assert(fc.property(docArb, (doc) => {
      const before = JSON.stringify(doc);
      let state = initEditorState(doc, deps);
      let steps = 0;
      for (const s of suggest(doc)) {
        const next = reduce(state, { type: 'accept', id: s.id });
        if (next.doc !== state.doc) steps += 1;
        state = next;
      }
      for (let k = 0; k < steps; k += 1) state = reduce(state, { type: 'undo' });
      expect(state.doc).toBe(doc);
      expect(JSON.stringify(state.doc)).toBe(before);
    }), RUNS);
  });
});
