/**
 * Classes 3 and 10 of issue 15: every name an export writes (article, page and issue files, JSON, zip,
 * images, citations, and the zip's entries) fits 255 UTF-8 bytes however long the paper and page names
 * are, and no template — custom ones included — yields a Windows device name (`AUX.md.md`, `CONIN$.md`)
 * or a name ending in a dot or space. A property over hostile fields and templates, and the CLI writing
 * a zip and a JSON for a page with very long names.
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { exportFiles, exportIssue, isReservedName } from '../../lib/export';
import type { EpaperDocument } from '../../lib/model/document';
import { toJson } from '../../lib/model/json';
import { runCli } from './run-cli';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const DEVICE = ['CON', 'prn', 'Aux', 'NUL', 'com1', 'COM9', 'lpt3', 'CONIN$', 'conout$', 'COM¹'];

function checkName(segment: string): void {
  expect(bytes(segment), segment).toBeLessThanOrEqual(255);
  expect(segment.length, 'never empty').toBeGreaterThan(0);
  expect(segment, 'no dot or space at the end').not.toMatch(/[. ]$/);
  expect(segment, 'no separators, reserved or control characters').not.toMatch(/[\\/:*?"<>|\u0000-\u001f]/);
  // Windows reads the part before the first dot (trailing spaces dropped) as the device.
  expect(isReservedName(segment), segment).toBe(false);
  expect(DEVICE.map((d) => d.toLowerCase())).not.toContain(segment.split('.')[0].trim().toLowerCase());
}

function doc(meta: EpaperDocument['meta'], titles: string[]): EpaperDocument {
  return {
    schema: 1,
    meta,
    articles: titles.map((t, i) => ({ id: `a${i + 1}`, blocks: [{ id: `h${i + 1}`, role: 'headline', text: t, raw: t }, { id: `p${i + 1}`, role: 'paragraph', text: '正文。', raw: '正文。' }] })),
  };
}

const field = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(...DEVICE, ...DEVICE.map((d) => `${d}.md`), 'x. ', ' . ', '...', '..', '/', 'a/../b'),
  fc.integer({ min: 1, max: 400 }).map((n) => '长'.repeat(n)),
);
const template = fc.oneof(
  fc.constantFrom('{title}', '{title}.md', '{newspaper}{pageName}{title}', '{title}. ', '{date}-{newspaper}-{page}-{title}'),
  fc.array(fc.oneof(fc.constantFrom('{title}', '{newspaper}', '{pageName}', '{date}', '.', ' ', '-', '$', ...DEVICE), fc.string({ maxLength: 5 })), { maxLength: 6 }).map((p) => p.join('')),
);

describe('exported names', () => {
  it('every path segment is a safe name of at most 255 bytes, for any fields and template', () => {
    fc.assert(
      fc.property(field, field, fc.array(field, { minLength: 1, maxLength: 4 }), template, fc.option(field, { nil: undefined }), (newspaper, pageName, titles, articleTemplate, folder) => {
        const d = doc({ newspaper, pageName, pageNumber: '03', date: '2024-05-16' }, titles);
        const files = exportFiles(d, { per: 'both', articleTemplate, pageTemplate: articleTemplate, folder, json: '{}', cite: ['csl', 'ris'] });
        const issue = exportIssue([d], { articleTemplate, pageTemplate: articleTemplate, folder, cite: ['csl'] });
        for (const f of [...files, ...issue]) for (const segment of f.path.split('/')) checkName(segment);
        const paths = files.map((f) => f.path.toLowerCase());
        expect(new Set(paths).size).toBe(paths.length);
      }),
      { numRuns: 200 },
    );
  });

  it('the CLI writes the zip and the JSON of a page whose paper and page names are 300 characters long', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-md-names-'));
    const long = doc({ newspaper: '很长的报纸名称'.repeat(43), pageName: '版面名称'.repeat(75), pageNumber: '03', date: '2024-05-16' }, ['标题'.repeat(150)]);
    const input = join(dir, 'page.json');
    writeFileSync(input, JSON.stringify(toJson(long)));
    const zip = await runCli('clean', input, '--apply', 'none', '--out', join(dir, 'zip'), '--zip');
    expect(zip.stderr).not.toMatch(/ENAMETOOLONG/);
    expect(zip.code).toBe(0);
    const [zipName] = readdirSync(join(dir, 'zip'));
    checkName(zipName);
    const entries = unzipSync(readFileSync(join(dir, 'zip', zipName)));
    for (const path of Object.keys(entries)) for (const segment of path.split('/')) checkName(segment);
    // Nothing lost: the article's text is in the zip.
    expect(Object.values(entries).map((e) => strFromU8(e)).join('')).toContain('标题'.repeat(150));
    const json = await runCli('clean', input, '--apply', 'none', '--out', join(dir, 'files'), '--json', '--per', 'both');
    expect(json.code).toBe(0);
    const written = readdirSync(join(dir, 'files'));
    expect(written.filter((n) => n.endsWith('.json'))).toHaveLength(1);
    for (const name of written) checkName(name);
  });

  it('a custom template cannot make a device name or a trailing dot', () => {
    const d = doc({}, ['AUX.md', 'CONIN$', 'nul . txt', '标题.']);
    const names = exportFiles(d, { articleTemplate: '{title}' }).map((f) => f.path);
    expect(names).toEqual(['_AUX.md.md', '_CONIN$.md', 'nul txt.md', '标题.md']);
    expect(exportFiles(doc({}, ['x']), { articleTemplate: 'COM1.{title}.' }).map((f) => f.path)).toEqual(['_COM1.x.md']);
  });
});
