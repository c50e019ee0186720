/**
 * Golden exports (frozen clock) of a fixture page: what `epaper-md ocr --out DIR --per both --cite csl,ris`
 * writes for it, byte for byte, and of a fixture issue (two pages, with the index file). `UPDATE_FIXTURES=1 npx vitest run tests/export/golden.test.ts` rewrites the
 * files after an intended change; review the diff like code.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportFiles, exportIssue, IssueExportError } from '../../lib/export';
import { fixtureDocument } from './fixture-doc';

const GOLDEN = resolve(dirname(fileURLToPath(import.meta.url)), 'golden');
const update = process.env.UPDATE_FIXTURES === '1';

function compare(dir: string, files: { path: string; content: string | Uint8Array }[]) {
  for (const f of files) {
    const path = join(dir, f.path);
    if (update) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
    expect(f.content, f.path).toBe(readFileSync(path, 'utf8'));
  }
  expect(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((p) => /\.\w+$/.test(p)).sort()).toEqual(files.map((f) => f.path).sort());
}

describe('golden export of a fixture page', () => {
  it('jianglan-p03: page file, article files and citations, as the CLI writes them after OCR', async () => {
    const doc = await fixtureDocument('jianglan-p03');
    compare(join(GOLDEN, 'jianglan-p03'), exportFiles(doc, { per: 'both', cite: ['csl', 'ris'] }));
  });
});

describe('golden export of a fixture issue', () => {
  // Two fixture pages as pages 03 and 05 of one issue: the fixtures are of different (fictional) papers,
  // so the second is filed under the first one's newspaper and day.
  async function issue() {
    const p03 = await fixtureDocument('jianglan-p03');
    const p05 = await fixtureDocument('linlan-p05');
    p05.meta = { ...p05.meta, newspaper: p03.meta.newspaper, date: p03.meta.date, pageNumber: '05' };
    return [p03, p05];
  }

  it('an index file links every page file and article file; one citation file covers the issue', async () => {
    const pages = await issue();
    const files = exportIssue(pages, { cite: ['csl', 'ris'], unreviewedByPage: [{ a0: 1 }, undefined] });
    compare(join(GOLDEN, 'issue-2024-05-16'), files);
    const index = files[0].content as string;
    for (const f of files.slice(1).filter((f) => f.path.endsWith('.md'))) expect(index).toContain(`[[${f.path.replace(/\.md$/, '')}`);
    expect(JSON.parse(files.find((f) => f.path.endsWith('.csl.json'))!.content as string)).toHaveLength(pages[0].articles.length + pages[1].articles.length);
  });

  it('refuses pages of different days or papers, saying what to do instead', async () => {
    const [p03, p05] = await issue();
    p05.meta.date = '2024-05-17';
    expect(() => exportIssue([p03, p05])).toThrow(IssueExportError);
    expect(() => exportIssue([p03, p05])).toThrow('the pages are not one issue: 江岚日报 2024-05-16 and 江岚日报 2024-05-17; export them one page at a time');
  });
});
