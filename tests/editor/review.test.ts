import { describe, expect, it } from 'vitest';
import { createEditorReducer, initEditorState, type EditorState } from '../../lib/editor/state';
import { nextSpot, uncertainSpots } from '../../lib/editor/uncertain';
import type { EpaperDocument, LineSource } from '../../lib/model/document';
import { block, smallDoc, testSuggest } from './fixtures';

const deps = { suggest: testSuggest };
const reduce = createEditorReducer(deps);

/** One OCR line whose words carry the given confidences, laid out left to right. */
function line(words: [string, number][]): LineSource {
  let x = 0;
  return {
    text: words.map(([w]) => w).join(''),
    bbox: [0, 0, 100, 20],
    confidence: 90,
    words: words.map(([text, confidence]) => ({ text, confidence, bbox: [x, 0, (x += 20), 20] as [number, number, number, number] })),
  } as LineSource;
}

/** Two articles with low-confidence words: a1 has 市 (40) and 攻 (55), a2 has 满 (60); 90 is certain. */
function uncertainDoc(): EpaperDocument {
  return {
    schema: 1,
    meta: {},
    articles: [
      {
        id: 'a1',
        blocks: [
          block('b1', '我市锚定目标', 'paragraph', { source: { bbox: [0, 0, 100, 20], lines: [line([['我', 90], ['市', 40], ['锚定目标', 95]])] } }),
          block('b2', '大力开展攻坚', 'paragraph', { source: { bbox: [0, 30, 100, 50], lines: [line([['大力开展', 92], ['攻', 55], ['坚', 91]])] } }),
          block('b3', '下转第二版', 'furniture', { setAside: { kind: 'furniture', reason: 'jump line', previousRole: 'paragraph' }, source: { bbox: [0, 60, 100, 80], lines: [line([['下转', 10]])] } }),
        ],
      },
      { id: 'a2', blocks: [block('c1', '出行满意度', 'paragraph', { source: { bbox: [0, 0, 100, 20], lines: [line([['出行', 95], ['满', 60], ['意度', 99]])] } })] },
    ],
  } as EpaperDocument;
}

const spotText = (s: EditorState) => {
  const u = s.selection.uncertain;
  if (!u) return null;
  const b = s.doc.articles.flatMap((a) => a.blocks).find((x) => x.id === u.blockId)!;
  return uncertainSpots(s.doc).find((x) => x.blockId === u.blockId && x.span.start === u.start)?.span.text ?? `?${b.text}`;
};

describe('review order: j/k start in the open article', () => {
  it('with article 2 open, j selects its first suggestion, not article 1’s', () => {
    const doc = smallDoc();
    doc.articles[1].blocks[1] = block('c2', '夜间,出行');
    let s = initEditorState(doc, deps);
    s = reduce(s, { type: 'openArticle', articleId: 'a2' });
    s = reduce(s, { type: 'nextSuggestion' });
    expect(s.selection.suggestionId).toBe('punctuation:c2:2');
    // From there j goes on in reading order and wraps to the page's first article.
    s = reduce(s, { type: 'nextSuggestion' });
    expect(s.selection).toMatchObject({ articleId: 'a1', suggestionId: s.pending[0].id });
  });

  it('after the open article’s last one is accepted, the next article opens on its first suggestion', () => {
    const doc = smallDoc();
    doc.articles[1].blocks[1] = block('c2', '夜间,出行');
    let s = initEditorState(doc, deps);
    const last = s.pending.filter((x) => x.articleId === 'a1').pop()!;
    s = reduce(reduce(s, { type: 'selectSuggestion', id: last.id }), { type: 'accept' });
    expect(s.selection).toMatchObject({ articleId: 'a2', blockId: 'c2', suggestionId: 'punctuation:c2:2' });
  });

  it('falls back to the page’s first suggestion when the open article has none, and k to the last', () => {
    let s = reduce(initEditorState(smallDoc(), deps), { type: 'openArticle', articleId: 'a2' });
    expect(reduce(s, { type: 'nextSuggestion' }).selection.suggestionId).toBe(s.pending[0].id);
    s = reduce(s, { type: 'prevSuggestion' });
    expect(s.selection.suggestionId).toBe(s.pending[s.pending.length - 1].id);
  });
});

describe('u / Shift+U: next uncertain character', () => {
  it('lists low-confidence words in reading order and skips set-aside blocks', () => {
    expect(uncertainSpots(uncertainDoc()).map((x) => [x.blockId, x.span.text])).toEqual([['b1', '市'], ['b2', '攻'], ['c1', '满']]);
  });

  it('steps forward across articles, wraps, and back with Shift+U; the line is selected for the image', () => {
    let s = initEditorState(uncertainDoc(), deps);
    const seen: (string | null)[] = [];
    for (let i = 0; i < 4; i++) seen.push(spotText((s = reduce(s, { type: 'nextUncertain' }))));
    expect(seen).toEqual(['市', '攻', '满', '市']);
    expect(s.selection).toMatchObject({ articleId: 'a1', blockId: 'b1', line: 0, suggestionId: null });
    s = reduce(s, { type: 'prevUncertain' });
    expect(spotText(s)).toBe('满');
    expect(s.selection.articleId).toBe('a2');
  });

  it('starts in the open article, and continues after a word that was just corrected', () => {
    let s = reduce(initEditorState(uncertainDoc(), deps), { type: 'openArticle', articleId: 'a2' });
    expect(spotText(reduce(s, { type: 'nextUncertain' }))).toBe('满');
    s = reduce(reduce(s, { type: 'openArticle', articleId: 'a1' }), { type: 'nextUncertain' });
    expect(spotText(s)).toBe('市');
    // Fixing 市 removes the spot: u goes on with the next one, not back to the start.
    s = reduce(s, { type: 'replaceRange', blockId: 'b1', start: 1, end: 2, text: '区' });
    s = reduce(s, { type: 'nextUncertain' });
    expect(spotText(s)).toBe('攻');
  });

  it('does nothing on a page without uncertain words', () => {
    const s = initEditorState(smallDoc(), deps);
    expect(reduce(s, { type: 'nextUncertain' }).selection).toEqual(s.selection);
    expect(nextSpot([], null, 1, 'a1')).toBeUndefined();
  });
});
