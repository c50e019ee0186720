/**
 * Whole pages through importer + engine ("apply all"): the sample page of the shared corpus, and pages
 * written for these tests with the same defect kinds (tests/repair/pages/*.md|txt, expected structure in
 * the .expected.json beside each — reviewed by hand; `UPDATE_FIXTURES=1` rewrites them).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import { toJson } from '../../lib/model/json';
import type { EpaperDocument } from '../../lib/model/document';
import { applyAll, suggest } from '../../lib/repair/engine';
import { SAMPLE } from './sample';

const PAGES = join(__dirname, 'pages');

function structure(doc: EpaperDocument) {
  return toJson(doc).articles.map((a) => ({
    kicker: a.kicker,
    headline: a.headline,
    subtitle: a.subtitle,
    byline: a.byline,
    paragraphs: a.paragraphs,
    captions: a.captions,
    setAside: a.blocks.filter((b) => b.setAside).map((b) => ({ kind: b.setAside!.kind, text: b.text })),
  }));
}

describe.each(readdirSync(PAGES).filter((f) => /\.(md|txt)$/.test(f)))('page %s', (file) => {
  const doc = importText(readFileSync(join(PAGES, file), 'utf8'), { name: file });
  const result = applyAll(doc, { minConfidence: 0 });
  const expectedFile = join(PAGES, file.replace(/\.(md|txt)$/, '.expected.json'));

  it('repairs to the expected structure', () => {
    if (process.env.UPDATE_FIXTURES) writeFileSync(expectedFile, `${JSON.stringify(structure(result.doc), null, 2)}\n`);
    expect(existsSync(expectedFile)).toBe(true);
    expect(structure(result.doc)).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
  });

  it('is settled: the engine proposes nothing on its own output', () => {
    expect(suggest(result.doc)).toEqual([]);
  });
});

describe('the shared sample page', () => {
  const doc = importText(readFileSync(SAMPLE, 'utf8'), { name: 'sample' });
  const result = applyAll(doc, { minConfidence: 0 });
  const articles = structure(result.doc);
  const all = (k: 'paragraphs' | 'captions') => articles.flatMap((a) => a[k]);

  it('finds the ten articles, the unmarked headline among them', () => {
    expect(articles).toHaveLength(10);
    expect(articles.map((a) => a.headline)).toContain('不断提升市民夜间出行满意度');
    expect(articles.every((a) => a.headline)).toBe(true);
  });

  it('joins sentences split across blocks, also inside a book title', () => {
    const text = all('paragraphs').join('\n');
    for (const joined of ['检修改造', '组织全体干部', '急需、部队急用', '《与时空对话 做少年君子》', '日常工作由']) expect(text).toContain(joined);
    expect(all('paragraphs').some((p) => /[^。！？”…]$/u.test(p) && p.endsWith('检'))).toBe(false);
  });

  it('keeps captions out of the paragraphs and sets the column banner aside', () => {
    expect(all('captions')).toEqual(expect.arrayContaining(['防疫卡口值守场景', '“香樟树”']));
    expect(all('paragraphs')).not.toContain('防疫卡口值守场景');
    expect(articles.flatMap((a) => a.setAside)).toContainEqual({ kind: 'label', text: '优作风 优环境' });
  });

  it('moves the misplaced lead back under its headline and marks the duplicate', () => {
    const changning = articles.find((a) => a.headline?.startsWith('“速度快了'))!;
    expect(changning.paragraphs[0]).toMatch(/^“我从事广告施工多年/);
    const flagged = result.doc.articles.flatMap((a) => a.blocks).filter((b) => b.flags?.some((f) => f.kind === 'gap'));
    expect(flagged.length).toBeGreaterThan(0);
  });

  it('marks kickers and subtitles, keeps datelines as text without bold', () => {
    expect(articles.map((a) => a.kicker).filter(Boolean)).toEqual(expect.arrayContaining(['樟树乡：', '石鼓区：']));
    expect(articles[0]).toMatchObject({ headline: '1—9月，全市工业用电量累计76.20亿千瓦时', subtitle: '位列全省第三，同比增长3.47%' });
    expect(all('paragraphs').filter((p) => p.startsWith('衡阳日报讯（')).length).toBeGreaterThanOrEqual(8);
  });
});
