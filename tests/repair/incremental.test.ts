/**
 * The engine re-reads only changed articles (lib/repair/pass-cache.ts, the per-article classification of
 * shared/continuation.ts). Property: after random edits to some articles of a document it has already
 * read — the others kept as the same objects, as the applier and the editor keep them — `suggest` gives
 * exactly what every pass gives on the whole page read afresh.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, EpaperDocument } from '../../lib/model/document';
import { applyAll, suggest } from '../../lib/repair/engine';
import { PASSES } from '../../lib/repair/registry';
import { docArb } from './arbitraries';

/** Every pass run on the whole page, no cache: what `suggest` must equal. */
const uncached = PASSES.map((p) => ({ ...p, scope: 'page' as const }));
const fresh = (doc: EpaperDocument) => suggest(structuredClone(doc), { passes: uncached });

/** A sentence long enough to count as a copy (duplicate pass) when it lands in two neighbouring articles. */
const LONG = '市场监管部门今天发布了新的消费提示，提醒市民在节假日期间选购商品时保留好购物凭证和发票，遇到问题及时投诉';
const PIECES = [LONG, LONG, '，', '。', ' ', '本报讯', '■本报记者 王五', '图为', '下转第3版', '字', '：', '\n'];

/** One change an editor or a round of the applier makes: text typed or deleted, articles split, dropped, reordered, meta. */
const changeArb = fc.record({
  kind: fc.constantFrom('type', 'delete', 'split', 'drop', 'swap', 'meta'),
  article: fc.nat(),
  block: fc.nat(),
  at: fc.nat(),
  piece: fc.constantFrom(...PIECES),
});

type Change = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

function change(doc: EpaperDocument, c: Change): EpaperDocument {
  const articles = [...doc.articles];
  const ai = c.article % articles.length;
  const a = articles[ai];
  const bi = c.block % a.blocks.length;
  const edit = (a: Article, text: (t: string) => string): Article => ({ ...a, blocks: a.blocks.map((b, i) => (i === bi ? { ...b, text: text(b.text) } : b)) });
  switch (c.kind) {
    case 'type':
      articles[ai] = edit(a, (t) => t.slice(0, c.at % (t.length + 1)) + c.piece + t.slice(c.at % (t.length + 1)));
      break;
    case 'delete':
      articles[ai] = edit(a, (t) => t.slice(0, c.at % (t.length + 1)) + t.slice((c.at % (t.length + 1)) + 1));
      break;
    case 'split':
      if (bi > 0) articles.splice(ai, 1, { ...a, blocks: a.blocks.slice(0, bi) }, { id: `${a.id}-n${c.at}`, blocks: a.blocks.slice(bi) });
      break;
    case 'drop':
      if (articles.length > 1) articles.splice(ai, 1);
      break;
    case 'swap':
      if (ai > 0) [articles[ai - 1], articles[ai]] = [articles[ai], articles[ai - 1]];
      break;
    case 'meta':
      return { ...doc, articles, meta: { ...doc.meta, newspaper: c.piece } };
  }
  return { ...doc, articles };
}

describe('incremental suggest', () => {
  it('equals a fresh read of the whole page after random edits to some articles', () => {
    fc.assert(fc.property(docArb, fc.array(changeArb, { minLength: 1, maxLength: 8 }), (doc, changes) => {
      let current = doc;
      expect(suggest(current)).toEqual(fresh(current));
      for (const c of changes) {
        current = change(current, c);
        expect(suggest(current)).toEqual(fresh(current));
      }
    }), { numRuns: 200 });
  });

  it('equals a fresh read through the rounds of applyAll (each round re-reads the document it made)', () => {
    fc.assert(fc.property(docArb, fc.constantFrom(0, 0.9), (doc, minConfidence) => {
      const seen: EpaperDocument[] = [];
      const out = applyAll(doc, { minConfidence, suggest: (d) => (seen.push(d), suggest(d)) });
      for (const d of seen) expect(suggest(d)).toEqual(fresh(d));
      expect(out.doc).toEqual(applyAll(structuredClone(doc), { minConfidence, passes: uncached }).doc);
    }), { numRuns: 150 });
  });
});
