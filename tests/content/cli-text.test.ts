/**
 * `epaper-md ocr URL` over a served fixture edition: articles take the publisher's text from their content
 * pages, and one whose page is missing (404) or holds only a photo falls back to OCR with a message.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EpaperDocument } from '../../lib/model';
import { fromJson } from '../../lib/model/json';
import { cliContentOptions } from '../../cli/content-pages';
import { startFixtureServer, type FixtureServer } from '../support/server';
import { fixturePageDir, loadTruth, type TruthPage } from '../support/truth';
import { version } from '../../package.json';

const root = resolve(import.meta.dirname, '../..');
const NAME = 'dongchuan-pd-p01';
let dir: string;
let server: FixtureServer;
let truth: TruthPage;

function cli(...args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  // Asynchronous: the fixture server answers from this process.
  return new Promise((ok) => {
    const child = spawn(process.execPath, [join(root, 'bin/epaper-md.mjs'), ...args], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => ok({ code, stdout, stderr }));
  });
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'epaper-text-'));
  cpSync(fixturePageDir(NAME), dir, { recursive: true });
  truth = loadTruth(dir);
  const contentFile = (i: number) => join(dir, new URL(truth.articles[i].href, `file://${dir}${truth.servePaths.html}`).pathname.slice(dir.length));
  rmSync(contentFile(1));
  writeFileSync(contentFile(2), '<html><body><div class="article"><h1>图片新闻</h1><div id="ozoom"><p><img src="x.jpg"></p></div></div></body></html>');
  server = await startFixtureServer({ root: dir });
});

afterAll(async () => {
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

const texts = (blocks: { role: string; text: string }[], roles = ['kicker', 'headline', 'subtitle', 'byline', 'paragraph', 'caption']) =>
  blocks.filter((b) => roles.includes(b.role)).map((b) => `${b.role}:${b.text}`);

describe('epaper-md ocr --text publisher (the default) over a served e-paper', () => {
  let doc: EpaperDocument;
  let stderr: string;

  beforeAll(async () => {
    const r = await cli('ocr', `${server.url}${truth.servePaths.html}`, '--format', 'json', '--workers', '2');
    expect(r.code, r.stderr).toBe(0);
    doc = fromJson(JSON.parse(r.stdout));
    stderr = r.stderr;
  }, 120_000);

  it('takes the text of readable content pages exactly, each block marked as the publisher’s', () => {
    for (const i of [0, 3]) {
      const a = doc.articles[i];
      expect(a.textSource).toBe('publisher');
      expect(a.publisher).toEqual({ url: `${server.url}${new URL(truth.articles[i].href, `http://x${truth.servePaths.html}`).pathname}`, outcome: 'used', reader: 'peoples-daily' });
      expect(texts(a.blocks)).toEqual(texts(truth.articles[i].blocks));
      expect(a.blocks.every((b) => b.source?.origin === 'publisher' && b.raw === b.text)).toBe(true);
    }
  });

  it('reads an article by OCR when its content page is missing or holds only a photo, and says so', () => {
    const [missing, photo] = [doc.articles[1], doc.articles[2]];
    expect(missing.textSource).toBeUndefined();
    expect(missing.publisher?.outcome).toBe('failed');
    expect(missing.publisher?.detail).toContain('HTTP 404');
    expect(photo.publisher?.outcome).toBe('image-only');
    for (const a of [missing, photo]) {
      expect(a.blocks.length).toBeGreaterThan(1);
      expect(a.blocks.every((b) => b.source?.origin === undefined && b.source?.lines?.length)).toBe(true);
    }
    expect(stderr).toMatch(new RegExp(`region ${missing.regionId}: content page \\S+ could not be read \\(cannot fetch \\S+: HTTP 404[^)]*\\); reading it by OCR`));
    expect(stderr).toContain(`region ${photo.regionId}: content page ${photo.publisher?.url} holds only images; reading it by OCR`);
    expect(stderr).toMatch(/2 region\(s\) from the publisher's pages; OCR of 2 region\(s\) took/);
  });

  it('names itself to the site', () => {
    const content = server.requests.map((r, i) => [r, server.userAgents[i]]).filter(([r]) => r.includes('/content/'));
    expect(content.length).toBe(4);
    expect(new Set(content.map(([, ua]) => ua))).toEqual(new Set([`epaper-md/${version}`]));
  });
});

describe('which links the CLI follows', () => {
  const detection = (url: string) => ({ meta: { url }, image: null, regions: [], adapter: 'generic', warnings: [] });
  it('a page on the web never reaches local files; a page on disk reads its neighbours', () => {
    const web = cliContentOptions('publisher', detection('https://paper.example.cn/html/node_1.htm'), () => {});
    expect(web.refuse?.('file:///etc/passwd')).toBe('only web links are followed from a page on the web');
    expect(web.refuse?.('https://paper.example.cn/html/content_1.htm')).toBeUndefined();
    const disk = cliContentOptions('publisher', detection('file:///home/u/saved/node_1.htm'), () => {});
    expect(disk.refuse?.('file:///home/u/saved/content_1.htm')).toBeUndefined();
  });
});
