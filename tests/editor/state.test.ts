import { describe, expect, it } from 'vitest';
import { createEditorReducer, initEditorState, type EditorAction, type EditorState } from '../../lib/editor/state';
import { smallDoc, testSuggest } from './fixtures';

const deps = { suggest: testSuggest };
const reduce = createEditorReducer(deps);
const run = (state: EditorState, ...actions: EditorAction[]) => actions.reduce(reduce, state);
const text = (s: EditorState, id: string) => s.doc.articles.flatMap((a) => a.blocks).find((b) => b.id === id)?.text;
const ids = (s: EditorState, article: number) => s.doc.articles[article].blocks.map((b) => b.id);

describe('editor reducer: suggestions', () => {
  it('lists pending suggestions in reading order and steps through them with next/prev', () => {
    const s0 = initEditorState(smallDoc(), deps);
    expect(s0.pending.map((s) => s.id)).toEqual(['punctuation:b2:4', 'punctuation:b2:11', 'split-sentence:b2:b3']);
    const s1 = run(s0, { type: 'nextSuggestion' }, { type: 'nextSuggestion' });
    expect(s1.selection).toMatchObject({ suggestionId: 'punctuation:b2:11', articleId: 'a1', blockId: 'b2' });
    // Stepping back past the first wraps around to the last.
    expect(run(s1, { type: 'prevSuggestion' }, { type: 'prevSuggestion' }).selection.suggestionId).toBe('split-sentence:b2:b3');
  });

  it('accepts the selected suggestion, re-runs the engine and keeps a selection for the next one', () => {
    const s = run(initEditorState(smallDoc(), deps), { type: 'nextSuggestion' }, { type: 'accept' });
    expect(text(s, 'b2')).toBe('今年以来，我市锚定目标,');
    expect(s.pending.some((p) => p.id === 'punctuation:b2:4')).toBe(false);
    expect(s.selection.suggestionId).toBe('punctuation:b2:11');
  });

  it('rejects a suggestion so it stays hidden after later changes, and undo brings it back', () => {
    const s1 = run(initEditorState(smallDoc(), deps), { type: 'reject', id: 'punctuation:b2:4' }, { type: 'editText', blockId: 'c2', text: 'Windows 11 已上线。' });
    expect(s1.pending.map((p) => p.id)).not.toContain('punctuation:b2:4');
    const s2 = run(s1, { type: 'undo' }, { type: 'undo' });
    expect(s2.pending.map((p) => p.id)).toContain('punctuation:b2:4');
  });

  it('keeps a rejected suggestion rejected when typing before it moves it to a new id', () => {
    const s1 = run(initEditorState(smallDoc(), deps), { type: 'reject', id: 'punctuation:b2:11' }, { type: 'editText', blockId: 'b2', text: '据悉今年以来,我市锚定目标,' });
    // The other comma moved too and is still offered: only the rejected finding is followed.
    expect(s1.pending.map((p) => p.id)).toEqual(['punctuation:b2:6', 'split-sentence:b2:b3']);
    expect(s1.rejected).toEqual(['punctuation:b2:11', 'punctuation:b2:13']);
    const batch = run(s1, { type: 'acceptKind', kind: 'punctuation' });
    expect(text(batch, 'b2')).toBe('据悉今年以来，我市锚定目标,');
  });

  it('accepts all of one kind, and "apply safe fixes" skips suggestions below the threshold', () => {
    const byKind = run(initEditorState(smallDoc(), deps), { type: 'acceptKind', kind: 'punctuation' });
    expect(text(byKind, 'b2')).toBe('今年以来，我市锚定目标，');
    expect(byKind.message).toMatchObject({ code: 'applied', n: 2 });
    const safe = run(initEditorState(smallDoc(), deps), { type: 'applySafe' });
    expect(text(safe, 'b2')).toBe('今年以来，我市锚定目标，');
    expect(ids(safe, 0)).toContain('b3'); // the join (confidence 0.8) was not applied
    expect(run(safe, { type: 'undo' }).doc).toEqual(smallDoc()); // the whole batch is one undo step
  });

  it('reports a stale suggestion instead of applying it to changed text', () => {
    const s0 = initEditorState(smallDoc(), deps);
    const stale = s0.suggestions.find((x) => x.id === 'punctuation:b2:4')!;
    const s1 = run(s0, { type: 'editText', blockId: 'b2', text: '今年,以来' });
    // The user typed after the engine ran: the suggestion still in the list no longer matches.
    const s2 = reduce({ ...s1, suggestions: [stale] }, { type: 'accept', id: stale.id });
    expect(s2.message).toMatchObject({ kind: 'error', code: 'stale' });
    expect(text(s2, 'b2')).toBe('今年,以来');
  });
});

describe('editor reducer: edits and history', () => {
  it('undoes and redoes edits exactly', () => {
    const s0 = initEditorState(smallDoc(), deps);
    const s1 = run(s0, { type: 'editText', blockId: 'b3', text: '大力开展“攻坚年”行动。' });
    expect(text(s1, 'b3')).toBe('大力开展“攻坚年”行动。');
    expect(text(s1, 'b3')).not.toBe(s1.doc.articles[0].blocks[2].raw);
    const s2 = run(s1, { type: 'undo' });
    expect(s2.doc).toEqual(s0.doc);
    expect(run(s2, { type: 'redo' }).doc).toEqual(s1.doc);
    expect(run(s0, { type: 'undo' }).message).toMatchObject({ code: 'nothing-to-undo' });
  });

  it('groups quick keystrokes in one block into one undo step, and a pause starts a new one', () => {
    const s0 = initEditorState(smallDoc(), deps);
    const typed = run(
      s0,
      { type: 'editText', blockId: 'c1', text: '夜间出行满意度提升了', at: 1000 },
      { type: 'editText', blockId: 'c1', text: '夜间出行满意度提升了！', at: 1300 },
      { type: 'editText', blockId: 'c1', text: '夜间出行满意度提升了！！', at: 5000 },
    );
    expect(typed.history.past).toHaveLength(2);
    expect(text(run(typed, { type: 'undo' }), 'c1')).toBe('夜间出行满意度提升了！');
    expect(text(run(typed, { type: 'undo' }, { type: 'undo' }), 'c1')).toBe('夜间出行满意度提升');
  });

  it('fixes one span inline (a low-confidence word) and reverts a block to its raw text', () => {
    const s1 = run(initEditorState(smallDoc(), deps), { type: 'replaceRange', blockId: 'b3', start: 4, end: 6, text: '攻坚年' });
    expect(text(s1, 'b3')).toBe('大力开展攻坚年行动。');
    expect(text(run(s1, { type: 'revertText', blockId: 'b3' }), 'b3')).toBe('大力开展攻坚行动。');
  });
});

describe('editor reducer: restructuring', () => {
  it('merges two paragraphs keeping the joined block, and restore splits them again', () => {
    const merged = run(initEditorState(smallDoc(), deps), { type: 'mergeBlocks', first: 'b2', second: 'b3' });
    expect(text(merged, 'b2')).toBe('今年以来,我市锚定目标,大力开展攻坚行动。');
    expect(ids(merged, 0)).toEqual(['b1', 'b2', 'b4']);
    expect(merged.doc.articles[0].blocks[1].mergedFrom?.map((b) => b.id)).toEqual(['b3']);
    const restored = run(merged, { type: 'restore', blockId: 'b2' });
    expect(restored.doc).toEqual(smallDoc());
  });

  it('refuses to unmerge after the joined tail was edited, so the edit is not lost', () => {
    const s = run(
      initEditorState(smallDoc(), deps),
      { type: 'mergeBlocks', first: 'b2', second: 'b3' },
      { type: 'editText', blockId: 'b2', text: '今年以来,我市锚定目标,大力开展攻坚行动！' },
      { type: 'restore', blockId: 'b2' },
    );
    expect(s.message).toMatchObject({ kind: 'error', code: 'merge-changed' });
    expect(text(s, 'b2')).toBe('今年以来,我市锚定目标,大力开展攻坚行动！');
  });

  it('keeps a space when joining Latin text and none between Chinese', () => {
    const doc = smallDoc();
    doc.articles[1].blocks.push({ id: 'c3', role: 'paragraph', text: 'Update', raw: 'Update' });
    doc.articles[1].blocks[1].text = 'Windows 11';
    const s = run(initEditorState(doc, deps), { type: 'mergeBlocks', first: 'c2', second: 'c3' });
    expect(text(s, 'c2')).toBe('Windows 11 Update');
  });

  it('splits a paragraph at the caret into two blocks with the same role', () => {
    const s = run(initEditorState(smallDoc(), deps), { type: 'splitBlock', blockId: 'b3', at: 4 });
    const blocks = s.doc.articles[0].blocks;
    expect(blocks.map((b) => b.text)).toEqual(['全市工业用电量持续攀升', '今年以来,我市锚定目标,', '大力开展', '攻坚行动。', '防疫卡口值守场景']);
    expect(blocks[3].role).toBe('paragraph');
    expect(new Set(blocks.map((b) => b.id)).size).toBe(5);
    expect(run(s, { type: 'splitBlock', blockId: 'b1', at: 0 }).message).toMatchObject({ code: 'cannot-split' });
  });

  it('changes a role, moves a block to another article and sets a block aside and back', () => {
    const s = run(
      initEditorState(smallDoc(), deps),
      { type: 'setRole', blockId: 'b4', role: 'paragraph' },
      { type: 'moveBlock', blockId: 'b4', toArticleId: 'a2', beforeBlockId: 'c2' },
      { type: 'setAside', blockId: 'c1' },
    );
    expect(ids(s, 0)).toEqual(['b1', 'b2', 'b3']);
    expect(ids(s, 1)).toEqual(['c1', 'b4', 'c2']);
    expect(s.doc.articles[1].blocks[0].setAside).toEqual({ kind: 'user', reason: 'set aside by the user', previousRole: 'headline' });
    const back = run(s, { type: 'restore', blockId: 'c1' });
    expect(back.doc.articles[1].blocks[0]).toEqual(smallDoc().articles[1].blocks[0]);
    expect(run(back, { type: 'restore', blockId: 'c1' }).message).toMatchObject({ code: 'not-restorable' });
  });

  it('starts a new article at a block', () => {
    const s = run(initEditorState(smallDoc(), deps), { type: 'splitArticle', blockId: 'b3' });
    expect(s.doc.articles.map((a) => a.blocks.map((b) => b.id))).toEqual([['b1', 'b2'], ['b3', 'b4'], ['c1', 'c2']]);
  });

  it('selects the article of a clicked block and reports unknown ids', () => {
    const s = run(initEditorState(smallDoc(), deps), { type: 'select', blockId: 'c2', line: 0 });
    expect(s.selection).toMatchObject({ articleId: 'a2', blockId: 'c2', line: 0 });
    expect(run(s, { type: 'select', blockId: 'nope' }).message).toMatchObject({ kind: 'error', code: 'not-found' });
  });

  it('never mutates the document it was given', () => {
    const doc = smallDoc();
    const frozen = JSON.stringify(doc);
    run(initEditorState(doc, deps), { type: 'applySafe' }, { type: 'mergeBlocks', first: 'b2', second: 'b3' }, { type: 'setAside', blockId: 'b1' }, { type: 'splitBlock', blockId: 'c2', at: 3 });
    expect(JSON.stringify(doc)).toBe(frozen);
  });
});
