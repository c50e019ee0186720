/**
 * A block pass re-reads a changed article from its last reading of that article, matching blocks by object
 * as it walks both block lists (lib/repair/pass-blocks.ts). Whatever happened to the blocks — a long run
 * removed, new ones added, the order turned around, a block moved to another article or sitting in two —
 * it must give what the pass gives on the page read afresh.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Block, EpaperDocument } from '../../lib/model/document';
import { suggest } from '../../lib/repair/engine';
import { PASSES } from '../../lib/repair/registry';

const blockPasses = PASSES.filter((p) => p.scope === 'block');
const uncached = blockPasses.map((p) => ({ ...p, scope: 'page' as const }));

const TEXTS = ['衡 阳 日 报 讯', '经济发展 ， 电力先行', '好多了.', '没有问题的一段正文。', '1,000 元 , 共 3 次'];
const block = (id: string, i: number): Block => ({ id, role: 'paragraph', text: TEXTS[i % TEXTS.length], raw: TEXTS[i % TEXTS.length] });
const article = (id: string, n: number): Article => ({ id, blocks: Array.from({ length: n }, (_, i) => block(`${id}-b${i}`, i)) });

function page(): EpaperDocument {
  return { schema: 1, meta: {}, articles: [article('a', 60), article('b', 5), article('c', 30)] };
}

/** Reads `before`, then checks `after` (sharing its objects) against a fresh read. */
function same(before: EpaperDocument, after: (d: EpaperDocument) => EpaperDocument) {
  expect(suggest(before, { passes: blockPasses }).length).toBeGreaterThan(0);
  const next = after(before);
  expect(suggest(next, { passes: blockPasses })).toEqual(suggest(structuredClone(next), { passes: uncached }));
}

const withArticle = (d: EpaperDocument, i: number, blocks: Block[]): EpaperDocument => ({
  ...d, articles: d.articles.map((a, k) => (k === i ? { ...a, blocks } : a)),
});

describe('block passes re-read from the last reading of each article', () => {
  it('after a long run of blocks was removed', () => same(page(), (d) => withArticle(d, 0, [...d.articles[0].blocks.slice(0, 5), ...d.articles[0].blocks.slice(30)])));
  it('after new blocks were put in among the old ones', () => same(page(), (d) => withArticle(d, 0, d.articles[0].blocks.flatMap((b, i) => (i % 7 === 3 ? [block(`n${i}`, i + 1), block(`m${i}`, i + 2), b] : [b])))));
  it('after the order was turned around', () => same(page(), (d) => withArticle(d, 2, [...d.articles[2].blocks].reverse())));
  it('after the last block moved to the front and one text changed', () => same(page(), (d) => {
    const blocks = [...d.articles[0].blocks];
    blocks.unshift(blocks.pop()!);
    blocks[20] = { ...blocks[20], text: `${blocks[20].text} ,再 一 句` };
    return withArticle(d, 0, blocks);
  }));
  it('after a block moved to another article, and one sits in two', () => same(page(), (d) => {
    const moved = withArticle(d, 1, [...d.articles[1].blocks, d.articles[0].blocks[10]]);
    return withArticle(moved, 2, [d.articles[0].blocks[11], ...d.articles[2].blocks]);
  }));
  it('after an article took another id and another the first one\'s', () => same(page(), (d) => ({
    ...d, articles: [{ ...d.articles[0], id: 'c' }, d.articles[1], { ...d.articles[2], id: 'a' }],
  })));
});
