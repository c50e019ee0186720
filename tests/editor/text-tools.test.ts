import { describe, expect, it } from 'vitest';
import { diffStats, diffText } from '../../lib/editor/diff';
import { lowConfidenceSpans } from '../../lib/model/confidence';
import { minimalEdit } from '../../lib/editor/text-ops';
import { applyEdits } from '../../lib/repair/apply';
import { block, smallDoc } from './fixtures';

describe('diffText', () => {
  it('shows removed CJK spaces and replaced punctuation as readable runs', () => {
    const d = diffText('衡 阳 日 报 讯,记者', '衡阳日报讯，记者');
    expect(d.filter((s) => s.op !== 'insert').map((s) => s.text).join('')).toBe('衡 阳 日 报 讯,记者');
    expect(d.filter((s) => s.op !== 'delete').map((s) => s.text).join('')).toBe('衡阳日报讯，记者');
    const { inserted, deleted } = diffStats(d);
    expect(deleted - inserted).toBe(4); // four spaces gone, the comma swapped one for one
    // Semantic cleanup merges the one-character islands into a few readable runs.
    expect(d.length).toBeLessThanOrEqual(4);
  });

  it('is a single equal run for unchanged text', () => {
    expect(diffText('夜间出行', '夜间出行')).toEqual([{ op: 'equal', text: '夜间出行' }]);
  });
});

describe('minimalEdit', () => {
  it('replaces only what changed and round-trips through the applier', () => {
    const before = '今年以来,我市锚定目标';
    const after = '今年以来，我市锚定目标';
    const edit = minimalEdit('b2', before, after)!;
    expect(edit).toMatchObject({ start: 4, end: 5, text: '，', expected: ',' });
    const doc = smallDoc();
    doc.articles[0].blocks[1].text = before;
    expect(applyEdits(doc, [edit]).doc.articles[0].blocks[1].text).toBe(after);
  });

  it('never splits a surrogate pair (characters outside the BMP)', () => {
    const edit = minimalEdit('b', 'a𠀀b', 'a𠀁b')!;
    expect(edit.expected).toBe('𠀀');
    expect(edit.text).toBe('𠀁');
    expect(minimalEdit('b', 'same', 'same')).toBeNull();
  });
});

describe('lowConfidenceSpans', () => {
  const words = (list: [string, number][]) => list.map(([text, confidence], i) => ({ text, confidence, bbox: [i * 10, 0, i * 10 + 10, 10] as [number, number, number, number] }));

  it('finds low-confidence words in the current text, after a repair shifted them', () => {
    const b = block('b', '衡阳日报讯，记者向吟', 'paragraph', {
      source: { lines: [{ text: '衡 阳 日报讯,记者 向吟', bbox: [0, 0, 100, 10], confidence: 80, words: words([['衡', 95], ['阳', 40], ['日报讯', 90], ['记者', 88], ['向吟', 55]]) }] },
    });
    const spans = lowConfidenceSpans(b);
    expect(spans.map((s) => [s.text, s.start, s.end, s.line])).toEqual([['阳', 1, 2, 0], ['向吟', 8, 10, 0]]);
  });

  it('does not mark a word the user already replaced', () => {
    const b = block('b', '测试文本', 'paragraph', { source: { lines: [{ text: '测议文本', bbox: [0, 0, 1, 1], confidence: 50, words: words([['测议', 30], ['文本', 90]]) }] } });
    expect(lowConfidenceSpans(b)).toEqual([]);
  });
});
