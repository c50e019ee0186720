/**
 * "Mark uncertain readings": the words OCR was unsure of, and nobody changed since, are highlighted in the
 * Markdown (`==…==`) so they can be checked against the scan; the importer drops the marks again, and a
 * literal `==` in the text is escaped so it never turns into a highlight.
 */
import { describe, expect, it } from 'vitest';
import { pageToMarkdown } from '../../lib/export';
import { importText } from '../../lib/import';
import type { BBox, Block, EpaperDocument } from '../../lib/model/document';
import { makeDoc } from './doc';

const box: BBox = [0, 0, 10, 10];
/** A paragraph read as words with the given confidences (the OCR's `source.lines`). */
function withWords(block: Block, words: [string, number][]): Block {
  const text = words.map(([w]) => w).join('');
  return { ...block, text, raw: text, source: { regionId: 'r1', bbox: box, confidence: 80, lines: [{ text, bbox: box, confidence: 80, words: words.map(([w, c]) => ({ text: w, bbox: box, confidence: c })) }] } };
}

function page(words: [string, number][]): EpaperDocument {
  const doc = makeDoc([[['headline', '全县经济稳中有进'], ['paragraph', '']]]);
  doc.articles[0].blocks[1] = withWords(doc.articles[0].blocks[1], words);
  return doc;
}

const paragraphOf = (md: string) => md.split('\n\n').find((p) => p.includes('全县实现'))!.trim();

describe('marking uncertain readings in the Markdown', () => {
  const doc = page([['全县实现', 95], ['履盖', 41], ['率', 90], ['98*%', 52], ['。', 96]]);

  it('highlights exactly the low-confidence words, escaped inside the marks', () => {
    expect(paragraphOf(pageToMarkdown(doc, { markUncertain: true }))).toBe('全县实现==履盖==率==98\\*%==。');
  });

  it('writes no marks unless asked', () => {
    expect(pageToMarkdown(doc)).not.toContain('==');
  });

  it('does not mark a word the user corrected (it no longer matches the reading)', () => {
    const fixed = structuredClone(doc);
    fixed.articles[0].blocks[1].text = '全县实现覆盖率98*%。';
    expect(paragraphOf(pageToMarkdown(fixed, { markUncertain: true }))).toBe('全县实现覆盖率==98\\*%==。');
  });

  it('reads back the text without the marks', () => {
    const back = importText(pageToMarkdown(doc, { markUncertain: true }), { name: 'page.md' });
    expect(back.articles[0].blocks.map((b) => b.text)).toEqual(['全县经济稳中有进', '全县实现履盖率98*%。']);
  });

  it('keeps a literal == as text, never as a highlight', () => {
    const literal = page([['比分2==2', 95], ['平局', 40]]);
    const md = pageToMarkdown(literal, { markUncertain: true });
    expect(md).toContain('比分2\\==2==平局==');
    const back = importText(md, { name: 'page.md' });
    expect(back.articles[0].blocks[1].text).toBe('比分2==2平局');
  });
});
