/**
 * `epaper-md issue URL --out DIR` over a 4-page fixture edition served on 127.0.0.1 (tests/support/edition.ts):
 * the page list from the second page, every page read with real OCR, cancel after the first page, and a rerun
 * that keeps it and reads the rest; the folder then holds a JSON, a PDF and Markdown per page, article files
 * and the issue index. Also: a page that is no e-paper page, and a page without a page list.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runIssue, type IssueCommandFlags } from '../../cli/issue';
import { main } from '../../cli/main';
import { fromJson } from '../../lib/model/json';
import { writeEdition, type EditionPage } from '../support/edition';
import { startFixtureServer, type FixtureServer } from '../support/server';

const EDITION = { paper: '江岚日报', date: '2024-05-20' };
let root: string;
let server: FixtureServer;
let pages: EditionPage[];

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'epaper-edition-'));
  pages = await writeEdition(root, EDITION);
  // A page with a small image and no page list.
  await mkdir(join(root, 'solo'), { recursive: true });
  await writeFile(join(root, 'solo/node_1.htm'), '<!doctype html><html><head><meta charset="utf-8"><title>江岚日报</title></head><body><p>第01版：要闻</p><img src="p.png" width="240" height="120"></body></html>');
  await writeFile(join(root, 'solo/p.png'), await sharp({ create: { width: 240, height: 120, channels: 3, background: '#ffffff' } }).png().toBuffer());
  // A 解放日报-style reader page whose pages are listed only in navi.json (the server ignores ?page=N, so
  // both pages are this one).
  await mkdir(join(root, 'staticsg/res/html/journal'), { recursive: true });
  await writeFile(join(root, 'staticsg/res/html/journal/index.html'), `<!doctype html><html><head><meta charset="utf-8"><title>解放日报</title></head><body>
<img id="page_img" src="p.png" usemap="#PagePicMap" width="139" height="200"><map name="PagePicMap">
<area shape="poly" title="浦江新貌" href="detail.html?date=2024-05-20&id=1&page=01" xy='[{"x":100,"y":100},{"x":2600,"y":100},{"x":2600,"y":3800},{"x":100,"y":3800}]'></map></body></html>`);
  await writeFile(join(root, 'staticsg/res/html/journal/p.png'), await sharp({ create: { width: 278, height: 400, channels: 3, background: '#ffffff' } }).png().toBuffer());
  await mkdir(join(root, 'staticsg/data/journal/2024-05-20'), { recursive: true });
  await writeFile(join(root, 'staticsg/data/journal/2024-05-20/navi.json'), JSON.stringify({ pages: [{ pnumber: '01', pname: '要闻' }, { pnumber: '02', pname: '评论' }] }));
  server = await startFixtureServer({ root });
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    return { code: await main(args), out: out.join(''), err: err.join('') };
  } finally {
    vi.restoreAllMocks();
  }
}

const FLAGS: IssueCommandFlags = { out: '', workers: '2', scale: 'auto', lang: 'chi_sim', apply: 'safe', delay: '0.2' };

describe('epaper-md issue', () => {
  it('says a page that is no e-paper page is not one, and names itself to the server', async () => {
    const seen: IncomingHttpHeaders[] = [];
    const plain: Server = createServer((req, res) => {
      seen.push(req.headers);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><html><body><h1>关于我们</h1><a href="/a">联系</a></body></html>');
    });
    await new Promise<void>((ok) => plain.listen(0, '127.0.0.1', ok));
    try {
      const url = `http://127.0.0.1:${(plain.address() as AddressInfo).port}/about.html`;
      const { code, err } = await run(['issue', url, '--out', mkdtempSync(join(tmpdir(), 'epaper-issue-'))]);
      expect(code).toBe(2);
      expect(err).toContain(`${url} is not an e-paper page: it has no page image and no list of pages`);
      expect(seen[0]['user-agent']).toMatch(/^epaper-md\/\d+\.\d+\.\d+$/);
    } finally {
      await new Promise((ok) => plain.close(ok));
    }
    expect((await run(['issue', 'pages/node_1.htm', '--out', 'x'])).err).toContain('give the http(s) address of one of its pages');
    expect((await run(['issue', `${server.url}/solo/node_1.htm`, '--out', 'x', '--delay', 'soon'])).err).toContain('--delay takes seconds between pages');
  });

  it('reads just the page when it has no page list, and says so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-issue-'));
    const { code, err } = await run(['issue', `${server.url}/solo/node_1.htm`, '--out', dir, '--delay', '0']);
    expect(err).toContain(`no page list found on ${server.url}/solo/node_1.htm: reading just this page`);
    expect(code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'issue.json'), 'utf8'));
    expect(manifest.pages.map((p: { pageNumber: string; state: string }) => `${p.pageNumber} ${p.state}`)).toEqual(['01 done']);
  });

  it('takes the page list from the site data when the page has none (解放日报 navi.json)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-issue-'));
    const { code, err } = await run(['issue', `${server.url}/staticsg/res/html/journal/index.html?date=2024-05-20&page=01`, '--out', dir, '--delay', '0']);
    expect(err).toContain('found 2 pages: 第01版：要闻 · 第02版：评论');
    expect(code, err).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, 'issue.json'), 'utf8'));
    expect(manifest.pages.map((p: { url: string; state: string }) => `${p.url.replace(/^.*\?/, '')} ${p.state}`)).toEqual(['date=2024-05-20&page=01 done', 'date=2024-05-20&page=02 done']);
  });

  it('reads all 4 pages from the second one; a cancel keeps the first page, and a rerun resumes from the second', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'epaper-issue-'));
    const start = `${server.url}${pages[1].path}`;
    const controller = new AbortController();
    const log: string[] = [];
    const first = await runIssue(start, { ...FLAGS, out: dir }, {
      signal: controller.signal,
      log: (line) => {
        log.push(line);
        if (line.startsWith('[page 2/4]') && line.includes('reading')) controller.abort();
      },
    });
    expect(log[0]).toBe(`found 4 pages: ${pages.map((p) => `第${p.pageNumber}版：${p.pageName}`).join(' · ')}`);
    expect(first.run.cancelled).toBe(true);
    expect(first.run.pages.map((p) => p.state)).toEqual(['done', 'cancelled', 'cancelled', 'cancelled']);
    expect(readdirSync(join(dir, 'json'))).toEqual(['01.json']);
    // What was read is already exported: its page file and the index.
    expect(first.written.filter((f) => f.endsWith('.md'))).toHaveLength(1 + 1 + pages[0].truth.articles.length);

    const again = await run(['issue', start, '--out', dir, '--pdf', '--delay', '0.2']);
    expect(again.err).toContain('[page 1/4] 第01版：要闻: kept from an earlier run (json/01.json)');
    expect(again.err).not.toContain('[page 1/4] 第01版：要闻: reading');
    expect(again.code, again.err).toBe(0);
    expect(again.out).toMatch(/3 page\(s\) read, 1 kept, 0 failed of 4, [\d.]+ s per page read/);
    console.log(`issue run: ${/([\d.]+) s per page read/.exec(again.out)![1]} s per page (3 pages read after a resume, 2 workers)`);

    const manifest = JSON.parse(readFileSync(join(dir, 'issue.json'), 'utf8')) as { pages: { url: string; json: string; pdf?: string; pdfUrl?: string; state: string }[] };
    expect(manifest.pages.map((p) => p.state)).toEqual(['kept', 'done', 'done', 'done']);
    for (const [i, page] of pages.entries()) {
      const entry = manifest.pages[i];
      expect(entry.url).toBe(`${server.url}${page.path}`);
      const doc = fromJson(JSON.parse(readFileSync(join(dir, entry.json), 'utf8')));
      expect(doc.meta).toMatchObject({ newspaper: EDITION.paper, date: EDITION.date, pageNumber: page.pageNumber, url: entry.url });
      expect(doc.articles).toHaveLength(page.truth.articles.length);
      expect(entry.pdfUrl).toBe(`${server.url}${page.pdfPath}`);
      // The page kept from the first run was saved before --pdf was asked for: only its link is there.
      if (i > 0) expect(readFileSync(join(dir, entry.pdf!), 'utf8')).toMatch(/^%PDF-/);
    }
    const index = readFileSync(join(dir, `${EDITION.date}-${EDITION.paper}.md`), 'utf8');
    const links = [...index.matchAll(/\[\[([^|\]]+)/g)].map((m) => m[1]);
    const articles = pages.reduce((n, p) => n + p.truth.articles.length, 0);
    // Each page file twice (front matter and heading), each article file once; every link names a written file.
    expect(links).toHaveLength(pages.length * 2 + articles);
    for (const name of links) expect(existsSync(join(dir, `${name}.md`)), name).toBe(true);
    expect(index.match(/\[PDF\]\(<http:\/\/127\.0\.0\.1:\d+\/images\/2024-05\/20\/0\d\/P0\d\.pdf>\)/g)).toHaveLength(4);
  }, 900_000);
});
