/**
 * Long articles are re-read window by window (lib/repair/pass-window.ts) and the engine reuses what it
 * found on blocks and windows that did not change. Property: on a real-looking paste — the corpus
 * pages of other OCR tools, imported as the paste dialog does (long articles of hundreds of blocks),
 * next to a page already cut into articles — random sequences of what the editor does (typing,
 * deleting, a full stop, roles, set-aside, splits, joins, moves, new articles) give, after every step,
 * exactly the suggestions of every pass run on the whole page afresh.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import type { BlockOperation, TextEdit } from '../../lib/repair/types';
import type { EpaperDocument } from '../../lib/model/document';
import { applyEdits } from '../../lib/repair/apply';
import { applyOperation } from '../../lib/repair/operations';
import { suggest } from '../../lib/repair/engine';
import { PASSES } from '../../lib/repair/registry';
import { WINDOWED_FROM } from '../../lib/repair/pass-window';

const CORPUS = fileURLToPath(new URL('./corpus', import.meta.url));
const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));

/** Two long pasted articles (every corpus page, one after another) and a page cut into articles by its headings. */
function pastedDoc(): EpaperDocument {
  const first = importText(pages.slice(0, 5).join('\n\n'), { name: 'paste' });
  const second = importText(pages.slice(5).join('\n\n'), { name: 'paste' });
  const cut = importText(pages[2].split('\n\n').map((p, i) => (i % 6 === 0 ? `# ${p.split('\n')[0]}` : p)).join('\n\n'), { name: 'cut.md' });
  let n = 0;
  const renumber = (d: EpaperDocument, prefix: string) => d.articles.map((a, i) => ({ ...a, id: `${prefix}${i + 1}`, blocks: a.blocks.map((b) => ({ ...b, id: `b${(n += 1)}` })) }));
  return { ...first, articles: [...renumber(first, 'p'), ...renumber(cut, 'c'), ...renumber(second, 'q')] };
}

const base = pastedDoc();
/** Every pass on the whole page, no cache and no windows: what `suggest` must equal. */
const uncached = PASSES.map((p) => ({ ...p, scope: 'page' as const, windowed: false }));
const fresh = (doc: EpaperDocument) => suggest(structuredClone(doc), { passes: uncached });

const PIECES = ['字', '。', '，', '本报讯', '■本报记者 王五', '图为', '下转第3版', '\n', ' ', '市场监管部门今天发布了新的消费提示，提醒市民在节假日期间选购商品时保留好购物凭证和发票。'];

const stepArb = fc.record({
  kind: fc.constantFrom('type', 'type', 'type', 'delete', 'end', 'role', 'aside', 'split', 'join', 'move', 'article'),
  article: fc.nat(),
  block: fc.nat(),
  at: fc.nat(),
  piece: fc.constantFrom(...PIECES),
  role: fc.constantFrom('headline', 'paragraph', 'byline', 'caption', 'kicker' as const),
});
type Step = typeof stepArb extends fc.Arbitrary<infer T> ? T : never;

/** One editor action on the document, through the one applier (as the reducer does it). */
function act(doc: EpaperDocument, s: Step): EpaperDocument {
  const article = doc.articles[s.article % doc.articles.length];
  const block = article.blocks[s.block % article.blocks.length];
  const next = article.blocks[(s.block % article.blocks.length) + 1];
  const at = s.at % (block.text.length + 1);
  const edit = (start: number, end: number, text: string): TextEdit => ({ blockId: block.id, start, end, text, expected: block.text.slice(start, end) });
  const op = (o: BlockOperation) => applyOperation(doc, o).doc;
  switch (s.kind) {
    case 'type':
      return applyEdits(doc, [edit(at, at, s.piece)]).doc;
    case 'delete':
      return applyEdits(doc, [edit(at, Math.min(block.text.length, at + 1 + (s.at % 3)), '')]).doc;
    case 'end': // a sentence finished or unfinished: the block becomes a settled paragraph or stops being one
      return applyEdits(doc, /[。！？]$/u.test(block.text) ? [edit(block.text.length - 1, block.text.length, '')] : [edit(block.text.length, block.text.length, '。')]).doc;
    case 'role':
      return op({ op: 'set-role', blockId: block.id, role: s.role });
    case 'aside':
      return op({ op: 'set-aside', blockId: block.id, kind: 'user', reason: 'test' });
    case 'split':
      return at > 0 && at < block.text.length ? op({ op: 'split', blockId: block.id, at }) : doc;
    case 'join':
      return next ? op({ op: 'join', first: block.id, second: next.id, separator: '' }) : doc;
    case 'move': {
      const to = doc.articles[(s.article + 1) % doc.articles.length];
      return to.blocks.some((b) => b.id === block.id) ? doc : op({ op: 'move', blockIds: [block.id], toArticleId: to.id, beforeBlockId: to.blocks[s.at % to.blocks.length].id });
    }
    case 'article':
      return op({ op: 'split-article', blockId: block.id });
  }
}

describe('windowed incremental suggest on long pasted articles', () => {
  it('reads articles long enough to be windowed', () => {
    expect(base.articles.filter((a) => a.blocks.length >= WINDOWED_FROM).length).toBeGreaterThanOrEqual(2);
  });

  it('equals a fresh read of the whole page after every step of random edit sequences', () => {
    expect(suggest(base)).toEqual(fresh(base));
    fc.assert(fc.property(fc.array(stepArb, { minLength: 1, maxLength: 10 }), (steps) => {
      let doc = base;
      for (const s of steps) {
        doc = act(doc, s);
        expect(suggest(doc)).toEqual(fresh(doc));
      }
    }), { numRuns: 20 });
  });
});
