/**
 * Properties of the engine on random documents mixing Han text, spaces, half/full-width punctuation,
 * digits, Latin, look-alikes and characters outside the BMP.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Block, BlockRole, EpaperDocument } from '../../lib/model/document';
import { applyAll, suggest } from '../../lib/repair/engine';
import { applyOperation, applySuggestion } from '../../lib/repair/apply';
import { createHistory } from '../../lib/repair/history';
import { PASSES } from '../../lib/repair/registry';

const TOKENS = ['衡', '阳', '日报', '讯', '经济发展', ' ', '  ', '\u3000', '，', '。', '、', ',', ':', '?', '(', ')', '"', '1', '2', '10:30', '3.5', '一', 'l', '|', ']', '%6',
  '...', '--', '—', 'Windows', 'a', '𠀋', '…', '“', '”', '《', '》', '（记者 张三）', '下转第3版', '责任编辑：李四', '■本报记者 王五', '图为'];
const text = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 14 }).map((t) => t.join(''));
const role = fc.constantFrom<BlockRole>('paragraph', 'paragraph', 'paragraph', 'paragraph', 'headline', 'subtitle', 'byline');
const docArb = fc.array(fc.array(fc.tuple(role, text), { minLength: 1, maxLength: 7 }), { minLength: 1, maxLength: 4 }).map((articles): EpaperDocument => {
  let n = 0;
  return {
    schema: 1,
    meta: {},
    articles: articles.map((blocks, i) => ({ id: `a${i + 1}`, blocks: blocks.map(([r, t]): Block => ({ id: `b${(n += 1)}`, role: r, text: t, raw: t })) })),
  };
});

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

  it('apply then undo gives back the very same document', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const before = JSON.stringify(doc);
      const h = createHistory(doc);
      let steps = 0;
      for (const s of suggest(doc)) if (h.apply(s).applied) steps += 1;
      for (let k = 0; k < steps; k += 1) h.undo();
      expect(h.current()).toBe(doc);
      expect(JSON.stringify(h.current())).toBe(before);
    }), RUNS);
  });
});
