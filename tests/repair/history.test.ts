import { describe, expect, it } from 'vitest';
import { createHistory } from '../../lib/repair/history';
import type { Suggestion } from '../../lib/repair/types';
import { makeDoc, texts } from './helpers';

const join: Suggestion = { id: 'j', kind: 'split-sentence', articleId: 'a1', blockIds: ['b1', 'b2'], ops: [{ op: 'join', first: 'b1', second: 'b2', separator: '' }], reason: { zh: '', en: '' }, confidence: 0.9 };
const aside: Suggestion = { id: 'x', kind: 'set-aside', articleId: 'a1', blockIds: ['b3'], ops: [{ op: 'set-aside', blockId: 'b3', kind: 'furniture', reason: '' }], reason: { zh: '', en: '' }, confidence: 0.9 };

describe('history', () => {
  it('undoes and redoes by returning the very same documents', () => {
    const doc = makeDoc(['没有说', '完。', '下转第3版']);
    const h = createHistory(doc);
    h.apply(join);
    const joined = h.current();
    h.apply(aside);
    expect(texts(h.current())).toEqual(['没有说完。']);
    expect(h.undo()).toBe(joined);
    expect(h.undo()).toBe(doc);
    expect(h.canUndo()).toBe(false);
    h.redo();
    expect(h.current()).toBe(joined);
    h.restore('b2'); // not set aside: nothing recorded
    expect(h.canRedo()).toBe(true);
  });

  it('a skipped suggestion leaves the history as it was', () => {
    const h = createHistory(makeDoc(['a']));
    expect(h.apply(join).applied).toBe(false);
    expect(h.canUndo()).toBe(false);
  });
});
