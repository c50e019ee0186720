import { describe, expect, it } from 'vitest';
import { applyEdits, applyOperation, applySuggestion, editText, overlaps, restoreBlock } from '../../lib/repair/apply';
import { applyEditRound } from '../../lib/repair/round';
import type { Suggestion, TextEdit } from '../../lib/repair/types';
import { makeDoc, texts } from './helpers';

const edit = (start: number, end: number, text: string, expected: string, blockId = 'b1'): TextEdit => ({ blockId, start, end, text, expected });
const sug = (over: Partial<Suggestion>): Suggestion => ({ id: 's', kind: 'punctuation', articleId: 'a1', blockIds: ['b1'], reason: { zh: '', en: '' }, confidence: 1, ...over });

describe('text edits', () => {
  it('applies edits last-first so earlier offsets stay valid, counting UTF-16 units', () => {
    // '𠀋' is outside the BMP: two code units, so '，' after it is at 3.
    const doc = makeDoc([['paragraph', 'a𠀋,b,c']]);
    const r = applyEdits(doc, [edit(3, 4, '，', ','), edit(5, 6, '，', ',')]);
    expect(texts(r.doc)).toEqual(['a𠀋，b，c']);
    expect(texts(doc)).toEqual(['a𠀋,b,c']); // the input document is untouched
  });

  it('keeps overlapping edits as remaining instead of garbling the text', () => {
    const remaining: TextEdit[] = [];
    expect(editText('abcdef', [edit(1, 4, 'X', 'bcd'), edit(3, 5, 'Y', 'de')], remaining)).toBe('abcYf');
    expect(remaining).toEqual([edit(1, 4, 'X', 'bcd')]);
  });

  // One overlap rule for the applier and the engine's edit round: [a, b] against the taken range [2, 4] / [2, 2].
  const r = (start: number, end: number) => ({ start, end });
  it.each([
    ['shares a character', r(3, 5), r(2, 4), true],
    ['contains it', r(1, 5), r(2, 4), true],
    ['same start (replacement)', r(2, 3), r(2, 4), true],
    ['two insertions at one point', r(2, 2), r(2, 2), true],
    ['an insertion at the start of a replacement', r(2, 2), r(2, 4), true],
    ['replacement over an insertion point', r(1, 3), r(2, 2), true],
    ['near miss: ends where it starts', r(0, 2), r(2, 4), false],
    ['near miss: starts where it ends', r(4, 6), r(2, 4), false],
    ['near miss: insertion at its end', r(4, 4), r(2, 4), false],
    ['near miss: replacement ending at an insertion', r(0, 2), r(2, 2), false],
  ])('overlaps: %s → %s', (_what, a, b, want) => {
    expect(overlaps(a, b)).toBe(want);
    expect(overlaps(b, a)).toBe(want);
  });

  it('the engine\'s edit round and the applier keep the same edits of overlapping suggestions', () => {
    // UTF-16: '𠀋' counts two, so the commas are at 2 and 5.
    const doc = makeDoc([['paragraph', '𠀋,日 ,报']]);
    const first = sug({ id: 'x', edits: [edit(2, 3, '，', ',')] });
    const second = sug({ id: 'y', edits: [edit(2, 5, '，', ',日 ')] }); // same start: waits for the next round
    const third = sug({ id: 'z', edits: [edit(4, 5, '', ' ')] });
    const round = applyEditRound(doc, [first, second, third]);
    expect(round.applied.map((s) => s.id)).toEqual(['x', 'z']);
    expect(texts(round.doc)).toEqual(['𠀋，日,报']);
    const remaining: TextEdit[] = [];
    expect(editText('𠀋,日 ,报', [first, second, third].flatMap((s) => s.edits!), remaining)).toBe(texts(round.doc)[0]);
    expect(remaining).toEqual(second.edits);
  });

  it('the edit round finds blocks through their article when ids are unique, with the same result as a map of all blocks', () => {
    // A long article (searched through a map of its blocks), a short one, and suggestions naming the wrong article or none that exists.
    const long = Array.from({ length: 20 }, (_, i) => `第${i}段,正文`);
    const doc = makeDoc(long, ['另一篇,短文', '第二段,完']);
    const ids = doc.articles.map((a) => a.blocks.map((b) => b.id));
    const at = (id: string) => doc.articles.flatMap((a) => a.blocks).find((b) => b.id === id)!.text.indexOf(',');
    const on = (id: string, articleId: string, n: string) => sug({ id: n, articleId, blockIds: [id], edits: [edit(at(id), at(id) + 1, '，', ',', id)] });
    const suggestions = [
      on(ids[0][3], doc.articles[0].id, 'long'), on(ids[0][19], doc.articles[0].id, 'last'),
      on(ids[1][0], doc.articles[1].id, 'short'), on(ids[1][1], doc.articles[0].id, 'wrong article'),
      on(ids[0][7], 'nowhere', 'no article'), on(ids[0][3], doc.articles[0].id, 'overlap'),
      sug({ id: 'no block', articleId: doc.articles[0].id, blockIds: ['gone'], edits: [edit(0, 1, 'x', '第', 'gone')] }),
    ];
    const found = applyEditRound(doc, suggestions, true);
    expect(found).toEqual(applyEditRound(doc, suggestions));
    expect(found.applied.map((s) => s.id)).toEqual(['long', 'last', 'short', 'wrong article', 'no article']);
    expect(found.doc.articles.map((a, i) => a === doc.articles[i])).toEqual([false, false]);
  });

  it('skips a stale suggestion with a reason and changes nothing', () => {
    const doc = makeDoc([['paragraph', '经济发展,电力']]);
    const r = applySuggestion(doc, sug({ edits: [edit(4, 5, '，', '。')] }));
    expect(r).toMatchObject({ applied: false, doc });
    expect(r.skipped).toMatch(/changed since/);
    expect(applySuggestion(doc, sug({ edits: [edit(0, 1, 'x', '经', 'gone')] })).skipped).toMatch(/gone/);
  });
});

describe('block operations', () => {
  const doc = makeDoc(['第一段没有说', '完的话。', '第三段。'], ['另一篇。']);

  it('join keeps the second block in first.mergedFrom and shares untouched articles', () => {
    const r = applyOperation(doc, { op: 'join', first: 'b1', second: 'b2', separator: '' });
    expect(texts(r.doc)).toEqual(['第一段没有说完的话。', '第三段。', '另一篇。']);
    expect(r.doc.articles[0].blocks[0].mergedFrom?.map((b) => b.text)).toEqual(['完的话。']);
    expect(r.doc.articles[1]).toBe(doc.articles[1]);
  });

  it('refuses a join across articles', () => {
    expect(applyOperation(doc, { op: 'join', first: 'b3', second: 'b4', separator: '' })).toMatchObject({ applied: false, skipped: expect.stringMatching(/different articles/) });
  });

  it('set-aside keeps the block and its role; restoreBlock brings it back', () => {
    const aside = applyOperation(doc, { op: 'set-aside', blockId: 'b3', kind: 'furniture', reason: 'test' }).doc;
    expect(texts(aside)).toEqual(['第一段没有说', '完的话。', '另一篇。']);
    expect(aside.articles[0].blocks[2]).toMatchObject({ text: '第三段。', setAside: { kind: 'furniture', previousRole: 'paragraph' } });
    const back = restoreBlock(aside, 'b3');
    expect(back.doc.articles[0].blocks[2]).toEqual(doc.articles[0].blocks[2]);
    expect(restoreBlock(doc, 'b3').skipped).toMatch(/not set aside/);
  });

  it('split-article, move, split, set-role and flag', () => {
    let d = applyOperation(doc, { op: 'split-article', blockId: 'b2' }).doc;
    expect(d.articles.map((a) => a.blocks.map((b) => b.id))).toEqual([['b1'], ['b2', 'b3'], ['b4']]);
    d = applyOperation(d, { op: 'move', blockIds: ['b3'], toArticleId: 'a2', beforeBlockId: 'b4' }).doc;
    expect(d.articles.map((a) => a.blocks.map((b) => b.id))).toEqual([['b1'], ['b2'], ['b3', 'b4']]);
    d = applyOperation(d, { op: 'split', blockId: 'b3', at: 2, role: 'subtitle' }).doc;
    expect(d.articles[2].blocks.map((b) => [b.role, b.text])).toEqual([['paragraph', '第三'], ['subtitle', '段。'], ['paragraph', '另一篇。']]);
    d = applyOperation(d, { op: 'set-role', blockId: 'b1', role: 'headline' }).doc;
    d = applyOperation(d, { op: 'flag', blockId: 'b1', flag: { kind: 'truncated', note: 'ends mid-sentence' } }).doc;
    expect(d.articles[0].blocks[0]).toMatchObject({ role: 'headline', flags: [{ kind: 'truncated' }] });
  });

  it('a suggestion whose second operation fails applies nothing', () => {
    const r = applySuggestion(doc, sug({ ops: [{ op: 'set-role', blockId: 'b1', role: 'headline' }, { op: 'join', first: 'b1', second: 'nope', separator: '' }] }));
    expect(r).toMatchObject({ applied: false, doc });
  });
});

describe('flags follow text edits', () => {
  it('a gap flag keeps pointing at the same character when text before it changes', () => {
    const doc = makeDoc([{ text: '经济 发展 ,电力先行', flags: [{ kind: 'gap', at: 7, note: 'here' }] }]);
    expect(doc.articles[0].blocks[0].text[7]).toBe('电');
    const r = applyEdits(doc, [edit(2, 3, '', ' '), edit(6, 7, '，', ',')]);
    const block = r.doc.articles[0].blocks[0];
    expect(block.text).toBe('经济发展 ，电力先行');
    expect(block.text[block.flags![0].at!]).toBe('电');
  });
});
