/**
 * Whole-page OCR pasted as text (tesseract PSM 3/6 on a page image) reads lines straight across the columns.
 * The importer says so (`meta.readAcrossColumns`, shown by the editor and `clean`) instead of handing on
 * interleaved text as if it were fine; every other pasted style of the corpus is left without the notice.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../cli/clean';
import { importText } from '../../lib/import';
import { fromJson, toJson } from '../../lib/model/json';

const CORPUS = join(__dirname, '..', 'repair', 'corpus');
const pages = [CORPUS, join(CORPUS, 'audit'), join(__dirname, '..', 'repair', 'pages')].flatMap((dir) =>
  readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).map((f) => ({ file: f, text: readFileSync(join(dir, f), 'utf8') })));
const wholePage = pages.filter((p) => /tess-page/.test(p.file));

describe('a paste read across the page\'s columns', () => {
  it('the corpus has whole-page tesseract pastes (PSM 3 and 6)', () => expect(wholePage.map((p) => p.file.split('.')[1]).sort()).toEqual(['tess-page-psm3', 'tess-page-psm6', 'tess-page-psm6']));

  it.each(wholePage.map((p) => [p.file, p.text] as const))('%s is flagged, at the line where it starts', (file, text) => {
    const r = importText(text, { name: file }).meta.readAcrossColumns!;
    expect(r.lines).toBeGreaterThanOrEqual(4);
    // The first flagged line is one that holds text of two columns side by side.
    expect(text.split('\n')[r.firstLine - 1]).toMatch(/\p{Script=Han}{3}.*(?:\s{2,}|\|).*\p{Script=Han}{3}/u);
  });

  it.each(pages.filter((p) => !/tess-page/.test(p.file)).map((p) => [p.file, p.text] as const))('%s (per article, per line, merged paragraphs, typed) is not', (file, text) => {
    expect(importText(text, { name: file }).meta.readAcrossColumns).toBeUndefined();
  });

  it('counts the line in the whole input, front matter included, and keeps it through JSON', () => {
    const text = wholePage[0].text;
    const plain = importText(text, { name: 'a.txt' }).meta.readAcrossColumns!;
    const fronted = importText(`---\ntitle: 剪报\n---\n${text}`, { name: 'a.md' });
    expect(fronted.meta.readAcrossColumns).toEqual({ ...plain, firstLine: plain.firstLine + 3 });
    expect(fromJson(JSON.parse(JSON.stringify(toJson(fronted)))).meta.readAcrossColumns).toEqual(fronted.meta.readAcrossColumns);
  });

  it('`clean` warns on stderr with what to do, and says nothing for other pastes', () => {
    const warned = cleanText(wholePage[0].text, { name: 'page.txt', apply: 'none' }).summary;
    expect(warned).toMatch(/^warning: \d+ lines of page\.txt \(from line \d+\) seem read straight across the page's columns/u);
    expect(warned).toContain('epaper-md ocr');
    const other = pages.find((p) => /paddle-lines/.test(p.file))!;
    expect(cleanText(other.text, { name: 'x.txt', apply: 'none' }).summary).not.toContain('warning');
  });
});
