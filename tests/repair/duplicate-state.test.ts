/**
 * The duplicate pass's incremental twin (duplicate-update.ts) keeps its state under the first and last
 * paragraph blocks it read, and documents share block objects. The same paragraphs can then be read again in
 * an article with another id — an article split off before them takes a new id, an article is renamed —
 * and the findings kept for them must carry the article id of the page being read, as a fresh read does.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import type { EpaperDocument } from '../../lib/model/document';
import { duplicateUpdate } from '../../lib/repair/duplicate-update';
import { suggest } from '../../lib/repair/engine';
import { applyOperation } from '../../lib/repair/operations';
import { duplicate } from '../../lib/repair/passes/duplicate';
import { PASSES } from '../../lib/repair/registry';

const page = readFileSync(fileURLToPath(new URL('./corpus/jianglan-p03.hand-typed.txt', import.meta.url)), 'utf8');

/** One pasted article of the corpus page with two of its paragraphs pasted again near its end (copies to find). */
function pasted(): EpaperDocument {
  const paragraphs = page.split(/\n+/).filter((p) => p.trim().length > 20);
  const text = [...paragraphs, paragraphs[3], paragraphs[5], '完。'].join('\n\n');
  return importText(text, { name: 'paste.txt' });
}

const DUPLICATE = PASSES.filter((p) => p.file === 'duplicate.ts');
const ids = (doc: EpaperDocument) => duplicate(structuredClone(doc)).map((s) => [s.id, s.articleId]);

describe('duplicate-update keeps findings per article id', () => {
  const base = pasted();
  it('finds the copies (the cases below compare something)', () => {
    expect(duplicate(base).length).toBeGreaterThanOrEqual(2);
  });

  it('the same blocks in a renamed article: the twin gives the findings of a fresh read', () => {
    expect(duplicateUpdate(base).map((s) => [s.id, s.articleId])).toEqual(ids(base));
    const renamed = { ...base, articles: base.articles.map((a) => ({ ...a, id: `${a.id}-renamed` })) };
    expect(duplicateUpdate(renamed).map((s) => [s.id, s.articleId])).toEqual(ids(renamed));
  });

  it('an article split off before the copies, after the whole article was read: suggest equals a fresh read', () => {
    const doc = pasted();
    const article = doc.articles[0];
    expect(suggest(doc, { passes: DUPLICATE }).map((s) => [s.id, s.articleId])).toEqual(ids(doc));
    // The tail takes a new article id; read once as [head, tail], then the head is split again.
    const split = applyOperation(doc, { op: 'split-article', blockId: article.blocks[2].id }).doc;
    expect(suggest(split, { passes: DUPLICATE }).map((s) => [s.id, s.articleId])).toEqual(ids(split));
    const again = applyOperation(split, { op: 'split-article', blockId: article.blocks[1].id }).doc;
    expect(suggest(again, { passes: DUPLICATE }).map((s) => [s.id, s.articleId])).toEqual(ids(again));
  });

  // A copy's source is its own article or the one before. The same paragraph blocks, with an article of no
  // paragraph (a byline alone) split off between the copy's article and its source's, leave the source two
  // articles away: no finding, though no paragraph changed. Near miss: split off after the source's
  // paragraph, so the copy's article still follows the source's, and the copy is still found.
  const copy = '市场监管部门今天发布了新的消费提示，提醒市民在节假日期间选购商品时保留好购物凭证和发票';
  const twoArticles = (): EpaperDocument => ({
    schema: 1,
    meta: {},
    articles: [
      { id: 'a2', blocks: [{ id: 'b3', role: 'paragraph', text: copy, raw: copy }, { id: 'b4', role: 'byline', text: '■本报记者 王五', raw: '■本报记者 王五' }] },
      { id: 'a1', blocks: [{ id: 'b1', role: 'paragraph', text: copy, raw: copy }] },
    ],
  });
  it.each([
    ['the byline split off into an article between them: the copy is no longer found', true],
    ['near miss, nothing split off: the copy is still found', false],
  ])('%s', (_, splitOff) => {
    const doc = twoArticles();
    expect(suggest(doc, { passes: DUPLICATE }).map((s) => s.id)).toEqual(['duplicate:b1:b3']);
    const next = splitOff ? applyOperation(doc, { op: 'split-article', blockId: 'b4' }).doc : { ...doc, articles: [...doc.articles] };
    const found = suggest(next, { passes: DUPLICATE }).map((s) => [s.id, s.articleId]);
    expect(found).toEqual(ids(next));
    expect(found.length).toBe(splitOff ? 0 : 1);
  });
});
