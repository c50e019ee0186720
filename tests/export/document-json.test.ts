import { describe, expect, it } from 'vitest';
import { documentJson, exportFiles, unreviewedByArticle, unreviewedOnPage } from '../../lib/export';
import { fromJson, toJson } from '../../lib/model/json';
import type { Suggestion } from '../../lib/repair/types';
import { makeDoc } from './doc';

const doc = makeDoc([[['headline', '标题𠀋'], ['paragraph', '正文。']], [['paragraph', '第二篇。']]], { newspaper: '示例日报' });
const pending = (articleId: string, id: string): Suggestion => ({ id, kind: 'punctuation', articleId, blockIds: [], reason: { zh: '', en: '' }, confidence: 0.5 });

describe('documentJson: the one JSON format of every writer', () => {
  it('is toJson, pretty with two spaces and one final newline, and reads back', () => {
    const text = documentJson(doc);
    expect(text).toBe(`${JSON.stringify(toJson(doc), null, 2)}\n`);
    expect(text.split('\n')[1]).toMatch(/^ {2}"schema"/);
    expect(text.endsWith('}\n') && !text.endsWith('\n\n')).toBe(true);
    expect(fromJson(JSON.parse(text))).toEqual(doc);
  });

  it('adds the suggestions left for review only when given', () => {
    expect(JSON.parse(documentJson(doc))).not.toHaveProperty('suggestions');
    const s = pending('a1', 'p1');
    expect(JSON.parse(documentJson(doc, { suggestions: [s] })).suggestions).toEqual([s]);
  });
});

describe('unreviewed suggestion counts', () => {
  it('counts per article and sums for the page', () => {
    const by = unreviewedByArticle([pending('a1', 'x'), pending('a2', 'y'), pending('a1', 'z')]);
    expect(by).toEqual({ a1: 2, a2: 1 });
    expect(unreviewedOnPage(by)).toBe(3);
    expect(unreviewedByArticle([])).toEqual({});
    expect(unreviewedOnPage({})).toBe(0);
  });

  it('writes each article its own count and the page file the sum', () => {
    const files = exportFiles(doc, { per: 'both', unreviewedByArticle: { a1: 2, a2: 1 } });
    const counts = files.map((f) => /unreviewed_suggestions: (\d+)/.exec(String(f.content))?.[1]);
    expect(counts).toEqual(['3', '2', '1']);
  });
});
