import { describe, expect, it } from 'vitest';
import { duplicate } from '../../../lib/repair/passes/duplicate';
import { findRepeats } from '../../../lib/repair/passes/shared/repeats';
import { SAFE_CONFIDENCE, type Suggestion } from '../../../lib/repair/types';
import { applySuggestion } from '../../../lib/repair/apply';
import type { EpaperDocument } from '../../../lib/model/document';
import { article, makeDoc, type Row } from '../fixtures/doc';

const SOURCE = '对督查中发现的进驻职能部门不够彻底、办事效率低、信息完全互联互通实现等问题，建立问题清单、责任清单。';
const OTHER = '今年4月，全市开展走流程、解难题、优服务行动，对整改落实情况进行常态化督查。';

const valid: { name: string; rows: Row[][] }[] = [
  { name: 'repeated slogan shorter than 12 characters', rows: [['全面落实“三高四新”战略定位。', OTHER, '坚持“三高四新”战略定位和使命任务。']] },
  { name: 'headline restated in the body', rows: [[['headline', '不断提升市民夜间出行满意度和获得感'], '扎实推进行动，不断提升市民夜间出行满意度和获得感。']] },
  { name: 'quoted title repeated', rows: [['湖南日报以《辉煌成就鼓舞人心宏伟蓝图催人奋进》为题作了报道。', OTHER, '大家都读了《辉煌成就鼓舞人心宏伟蓝图催人奋进》这篇报道。']] },
  { name: 'clause-bounded boilerplate repeat (< 40 chars, not at a seam)', rows: [['连日来，中心组织干部认真学习党的二十大报告，并展开热烈讨论。', OTHER], ['连日来，另一中心也认真学习党的二十大报告，并展开热烈讨论。大家表示备受鼓舞。']] },
  { name: 'repeat two articles away', rows: [[SOURCE], [OTHER], ['常宁市还重点整治民生领域，部门不够彻底、办事效率低、信息完全互联互通实现等问题，建立问题清']] },
];

/** Applies the suggestion; the texts it set aside as `duplicate`, the body text left, and the gap flags. */
function applied(doc: EpaperDocument, s: Suggestion) {
  const r = applySuggestion(doc, s);
  expect(r.applied, r.skipped).toBe(true);
  const blocks = r.doc.articles.flatMap((a) => a.blocks);
  return {
    setAside: blocks.filter((b) => b.setAside?.kind === 'duplicate').map((b) => b.text),
    body: blocks.filter((b) => !b.setAside).map((b) => b.text),
    gaps: blocks.flatMap((b) => (b.flags ?? []).filter((f) => f.kind === 'gap').map((f) => ({ id: b.id, at: f.at, before: b.text.slice(0, f.at) }))),
  };
}

describe('duplicate', () => {
  it.each(valid)('does not fire: $name', ({ rows }) => {
    expect(duplicate(makeDoc(...rows))).toEqual([]);
  });

  it('fuzzy copy at the end of a block that breaks off: split off, set aside + gap flag', () => {
    const copy = '不够彻底、办事效率低、信息完全互通实现等问题，建立问题清';
    const head = '常宁市还重点整治民生领域工作效率能';
    const doc = article(SOURCE, OTHER, head + copy, '子；故意为难服务对象等十大问题。');
    const [s] = duplicate(doc);
    expect(s.edits).toBeUndefined();
    const out = applied(doc, s);
    expect(out.setAside).toEqual([copy]);
    expect(out.body).toContain(head);
    expect(out.gaps).toEqual([{ id: 'a1.b3', at: head.length, before: head }]);
    expect(s.confidence).toBeLessThan(SAFE_CONFIDENCE);
  });

  it('a copy in the middle of a block: the text before and after stay in the body', () => {
    const copy = SOURCE.slice(1); // ≥ 40 characters: a copy even away from a seam
    const doc = article(SOURCE, OTHER, `会上说：${copy}这是另一句新的话，与前文无关，说的是别的事情。`);
    const [s] = duplicate(doc);
    const out = applied(doc, s);
    expect(out.setAside).toEqual([copy]);
    expect(out.body.slice(2)).toEqual(['会上说：', '这是另一句新的话，与前文无关，说的是别的事情。']);
  });

  it('exact tile-seam overlap: start of a block repeats the end of the previous one', () => {
    const seam = 'Windows 11 update rolled out to 3 million PCs';
    const doc = article(`Last week Microsoft said the ${seam}`, `${seam} and more will follow.`);
    const [s] = duplicate(doc);
    const out = applied(doc, s);
    expect(out.setAside).toEqual([seam]);
    expect(out.body).toEqual([`Last week Microsoft said the ${seam}`, 'and more will follow.']);
    expect(out.gaps).toEqual([{ id: 'a1.b2-after', at: 0, before: '' }]);
    expect(s.confidence).toBeGreaterThanOrEqual(SAFE_CONFIDENCE);
  });

  it('a whole block that repeats a neighbour is set aside', () => {
    const [s] = duplicate(makeDoc([SOURCE], [OTHER, SOURCE.replace('互联互通', '互通')]));
    expect(s.ops).toEqual([{ op: 'set-aside', blockId: 'a2.b2', kind: 'duplicate', reason: 'repeats a1.b1' }]);
    expect(s.edits).toBeUndefined();
  });

  it('UTF-16 offsets with characters outside the BMP', () => {
    const copy = '𠀀𠀁𠀂重点整治民生领域工作效率不够彻底、办事效率低的问题';
    const text = `会上又一次说到了这件事情：${copy}`;
    const doc = article(`他说${copy}，大家认同。`, OTHER, text);
    const [s] = duplicate(doc);
    expect(applied(doc, s).setAside).toEqual([copy]);
  });

  it('a 1M-character document completes and finds a planted repeat', () => {
    // Deterministic pseudo-random CJK prose: no accidental 8-character repeats.
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const para = () => Array.from({ length: 500 }, () => String.fromCharCode(0x4e00 + Math.floor(rand() * 20000))).join('') + '。';
    const articles: string[][] = Array.from({ length: 200 }, () => Array.from({ length: 10 }, para));
    const planted = articles[150][3].slice(100, 160);
    articles[150][5] = articles[150][5].slice(0, 300) + planted + articles[150][5].slice(300);
    const doc = makeDoc(...articles);
    const found = duplicate(doc);
    expect(found.map((s) => s.blockIds[0])).toEqual(['a151.b6']);
    expect(applied(doc, found[0]).setAside).toEqual([planted]);
  });

  it('findRepeats on periodic text stays linear (one chain, not one per pair)', () => {
    const text = '春眠不觉晓处处闻啼鸟夜来风雨声花落知多少'.repeat(5000);
    expect(findRepeats(text).length).toBe(1);
  });
});
