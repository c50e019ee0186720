/**
 * Every front-matter key the export writes comes back on import (docs/markdown-format.md lists them), so
 * exporting an imported file writes the same front matter again: for an article file, a page file, and
 * through the document JSON.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleToMarkdown, exportFiles, pageToMarkdown } from '../../lib/export';
import { importText } from '../../lib/import';
import { fromJson, toJson } from '../../lib/model/json';
import { fixtureDocument } from './fixture-doc';

const frontMatter = (md: string): Record<string, unknown> => parse(/^---\n([\s\S]*?)\n---\n/.exec(md)![1]);

describe('provenance survives re-import', () => {
  it('article file: import then export writes the same front matter, key for key', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    doc.articles[0] = { ...doc.articles[0], textSource: 'both', ocrCoverage: 0.62, publisher: { url: doc.articles[0].href!, outcome: 'used', ocrCer: 0.0145 } };
    doc.articles[1] = { ...doc.articles[1], publisher: { url: doc.articles[1].href!, outcome: 'image-only' } };
    for (const [i, article] of doc.articles.entries()) {
      const first = articleToMarkdown(doc, article, { unreviewed: i, pageFile: 'page' });
      const back = importText(first);
      expect(back.articles).toHaveLength(1);
      const again = articleToMarkdown(back, back.articles[0], { pageFile: 'page' });
      expect(frontMatter(again)).toEqual(frontMatter(first));
    }
    const fm = frontMatter(articleToMarkdown(doc, doc.articles[0]));
    expect(Object.keys(fm)).toEqual(expect.arrayContaining(['author', 'contributors', 'photographer', 'source', 'source_url', 'pdf_url', 'region', 'text_source', 'ocr_engine', 'ocr_languages', 'ocr_confidence', 'ocr_coverage', 'uncertain_characters', 'repair_checked', 'captured', 'hotspot_title', 'content_page', 'ocr_cer']));
  });

  it('an article file that no repair engine checked stays "not checked" through import and export', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    const back = importText(articleToMarkdown(doc, doc.articles[1]));
    const fm = frontMatter(articleToMarkdown(back, back.articles[0]));
    expect(fm.repair_checked).toBe(false);
    expect(fm).not.toHaveProperty('unreviewed_suggestions');
  });

  it('page file: the page keys come back, and so do the links to its article files', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    const files = exportFiles(doc, { per: 'both', unreviewedByArticle: { a0: 2, a3: 1 } });
    const page = files[0].content as string;
    const back = importText(page);
    const again = exportFiles(back, { per: 'both', unreviewedByArticle: undefined });
    // The page file keeps the page's facts; each article's own (its hotspot title, which names its file)
    // live in the article file and the JSON.
    const { articles: _links, ...pageKeys } = frontMatter(page);
    expect(frontMatter(again[0].content as string)).toMatchObject(pageKeys);
    expect(Object.keys(frontMatter(again[0].content as string))).toEqual(Object.keys(frontMatter(page)));
    expect(frontMatter(page).unreviewed_suggestions).toBe(3);
    // Links by file name: every article file is linked from the page file and links back to it.
    const names = files.map((f) => f.path.replace(/\.md$/, ''));
    expect(frontMatter(page).articles).toEqual(names.slice(1).map((n, i) => `[[${n}|${back.articles[i].blocks.find((b) => b.role === 'headline')!.text}]]`));
    for (const f of files.slice(1)) expect(frontMatter(f.content as string).page_file).toBe(`[[${names[0]}]]`);
  });

  it('a page file without article files lists headlines, not links', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    expect(frontMatter(pageToMarkdown(doc)).articles).toEqual(doc.articles.map((a) => a.blocks.find((b) => b.role === 'headline')!.text));
  });

  it('the JSON keeps the new article fields and refuses wrong ones by path', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    doc.articles[0] = { ...doc.articles[0], textSource: 'publisher', ocrCoverage: 0.5, recorded: { unreviewed: 1 } };
    expect(fromJson(JSON.parse(JSON.stringify(toJson(doc))))).toEqual(doc);
    const bad = JSON.parse(JSON.stringify(toJson(doc)));
    bad.articles[0].textSource = 'scanner';
    expect(() => fromJson(bad)).toThrow(/articles\[0\]\.textSource/);
    bad.articles[0].textSource = 'ocr';
    bad.articles[0].ocrCoverage = 1.5;
    expect(() => fromJson(bad)).toThrow(/articles\[0\]\.ocrCoverage/);
  });

  it('ignores front-matter values of the wrong shape instead of inventing facts', () => {
    const md = '---\ntitle: 标题\nauthor: [张三]\nregion: [1, 2, 3]\ntext_source: scanner\nocr_confidence: 140\nuncertain_characters: -1\nocr_coverage: 2\n---\n\n# 标题\n\n正文。\n';
    const back = importText(md);
    expect(back.articles[0]).not.toHaveProperty('textSource');
    expect(back.articles[0]).not.toHaveProperty('recorded');
    expect(back.articles[0]).not.toHaveProperty('ocrCoverage');
  });
});

describe('ocr_coverage in the front matter is the missing-text warning', () => {
  it.each([
    [0.62, 0.62],
    [0.89, 0.89],
    [0.9, undefined], // at the threshold: the article reads fully, no key
    [1, undefined],
    [undefined, undefined],
  ])('coverage %s → ocr_coverage %s, and the JSON keeps every measurement', async (coverage, written) => {
    const doc = await fixtureDocument('jianglan-p03');
    doc.articles[0] = { ...doc.articles[0], ...(coverage === undefined ? {} : { ocrCoverage: coverage }) };
    expect(frontMatter(articleToMarkdown(doc, doc.articles[0])).ocr_coverage).toBe(written);
    expect(fromJson(JSON.parse(JSON.stringify(toJson(doc)))).articles[0].ocrCoverage).toBe(coverage);
  });
});
