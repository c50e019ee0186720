import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createEditorReducer, initEditorState, type EditorAction } from '../../lib/editor/state';
import { smallDoc, testSuggest } from './fixtures';

const deps = { suggest: testSuggest };
const reduce = createEditorReducer(deps);
const blockId = fc.constantFrom('b1', 'b2', 'b3', 'b4', 'c1', 'c2', 'b3-s7', 'missing');

const action: fc.Arbitrary<EditorAction> = fc.oneof(
  fc.record({ type: fc.constant('editText' as const), blockId, text: fc.string({ unit: fc.constantFrom('衡', '阳', ',', '，', 'a', ' ', '𠀀'), maxLength: 12 }) }),
  fc.record({ type: fc.constant('mergeBlocks' as const), first: blockId, second: blockId }),
  fc.record({ type: fc.constant('splitBlock' as const), blockId, at: fc.integer({ min: 0, max: 12 }) }),
  fc.record({ type: fc.constant('setAside' as const), blockId }),
  fc.record({ type: fc.constant('restore' as const), blockId }),
  fc.record({ type: fc.constant('moveBlock' as const), blockId, toArticleId: fc.constantFrom('a1', 'a2') }),
  fc.constantFrom<EditorAction>({ type: 'applySafe' }, { type: 'nextSuggestion' }, { type: 'accept' }, { type: 'reject' }),
);

describe('editor history (property)', () => {
  it('undoing every step returns the original document, and redoing returns the edited one', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const start = initEditorState(smallDoc(), deps);
        const end = actions.reduce(reduce, start);
        let back = end;
        for (let i = 0; i < end.history.past.length; i += 1) back = reduce(back, { type: 'undo' });
        expect(back.doc).toEqual(start.doc);
        expect(back.rejected).toEqual([]);
        let forward = back;
        for (let i = 0; i < end.history.past.length; i += 1) forward = reduce(forward, { type: 'redo' });
        expect(forward.doc).toEqual(end.doc);
      }),
      { numRuns: 200 },
    );
  });

  it('never loses text: every raw text stays reachable (in the body, set aside or in mergedFrom)', () => {
    fc.assert(
      fc.property(fc.array(action, { maxLength: 25 }), (actions) => {
        const end = actions.reduce(reduce, initEditorState(smallDoc(), deps));
        const raws = new Set<string>();
        const visit = (b: { raw: string; mergedFrom?: { raw: string }[] }): void => {
          raws.add(b.raw);
          b.mergedFrom?.forEach(visit);
        };
        end.doc.articles.forEach((a) => a.blocks.forEach(visit));
        for (const a of smallDoc().articles) for (const b of a.blocks) expect(raws).toContain(b.raw);
      }),
      { numRuns: 200 },
    );
  });
});
