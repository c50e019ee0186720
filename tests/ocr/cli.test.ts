/** The `ocr` and `demo` commands as a user runs them: a child process, exit codes, stdout/stderr, files. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decode } from 'fast-png';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { runDemo } from '../../cli/demo';
import { fromJson, toJson } from '../../lib/model/json';
import { articleText, loadTruth } from '../support/truth';
import { cer } from '../support/cer';
import { ARTICLE_A, ARTICLE_B, PAGE_SIZE, REGION_A, REGION_B, renderLines, twoArticleLines } from './render-text';

const root = new URL('../../', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'epaper-md-ocr-cli-'));
const pagePath = join(dir, 'page.png');
const regionsPath = join(dir, 'regions.json');

/** Share of the truth's characters that appear in the output (order-free: a whole-image read may interleave columns). */
function coverage(truth: string, output: string): number {
  const have = new Set(output);
  const chars = [...truth.replace(/\s/g, '')];
  return chars.filter((c) => have.has(c)).length / chars.length;
}

const truthOf = (a: typeof ARTICLE_A) => [a.headline, ...a.body].join('');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/epaper-md.mjs'), ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  writeFileSync(pagePath, (await renderLines(PAGE_SIZE.width, PAGE_SIZE.height, twoArticleLines())).png);
  writeFileSync(regionsPath, JSON.stringify([REGION_A, { ...REGION_B, href: 'http://127.0.0.1/b.html' }]));
  writeFileSync(join(dir, 'bad-regions.json'), JSON.stringify([{ id: 'a', box: [1, 2, 3] }]));
  // Region z lies outside the 900×260 page: it cannot be read, the others can.
  writeFileSync(join(dir, 'one-bad-region.json'), JSON.stringify([REGION_A, { id: 'z', box: [1000, 0, 1100, 100] }]));
  writeFileSync(join(dir, 'all-bad-regions.json'), JSON.stringify([{ id: 'y', box: [950, 0, 990, 100] }, { id: 'z', box: [1000, 0, 1100, 100] }]));
});

describe('epaper-md ocr', () => {
  it('writes the document JSON with one article per region and reports progress per region', () => {
    const out = join(dir, 'page.json');
    const r = cli('ocr', pagePath, '--regions', regionsPath, '--format', 'json', '-o', out, '--workers', '2', '--engine', 'tesseract', '--lang', 'chi_sim+eng');
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/\[1\/2\] region [ab] done \(\d+\.\d s\)/);
    expect(r.stderr).toMatch(/\[2\/2\] region [ab] done/);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const doc = fromJson(json);
    expect(doc.articles.map((a) => a.regionId)).toEqual(['a', 'b']);
    expect(doc.articles[1].href).toBe('http://127.0.0.1/b.html');
    expect(doc.meta.imageSize).toEqual({ width: PAGE_SIZE.width, height: PAGE_SIZE.height });
    expect(doc.meta.ocr?.languages).toEqual(['chi_sim', 'eng']);
    // Measured 1.7 %; bound ×1.5 + 1 point.
    expect(cer(truthOf(ARTICLE_A), doc.articles[0].blocks.map((b) => b.text).join(''))).toBeLessThan(0.035);
    // The repair engine ran (--apply safe): what it left for review travels with the document, as with clean.
    const { suggestions, ...document } = json;
    expect(document).toEqual(toJson(doc));
    expect(Array.isArray(suggestions)).toBe(true);
  });

  it('prints Markdown to stdout by default, reading the whole image as one region without --regions', () => {
    const r = cli('ocr', pagePath, '--workers', '1');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('##');
    expect(coverage(truthOf(ARTICLE_A) + truthOf(ARTICLE_B), r.stdout)).toBeGreaterThan(0.9);
    expect(r.stderr).toContain('[1/1] region whole done');
    // The default engine is PP-OCR (docs/decisions/010-pp-ocr-engine.md), and the front matter says so.
    const front = r.stdout.split('\n').slice(0, 40).join('\n');
    expect(front).toMatch(/^ocr_engine:\s*PP-OCRv4/m);
    expect(front).toMatch(/^ocr_languages:\s*(\[ch\]|\n\s*- ch)\s*$/m);
  });

  it('reads with tesseract.js when asked (--engine tesseract), and says so in the front matter', () => {
    const r = cli('ocr', pagePath, '--regions', regionsPath, '--workers', '2', '--engine', 'tesseract');
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('2 tesseract worker(s)');
    expect(r.stdout).toMatch(/^ocr_engine:\s*tesseract\.js/m);
    expect(coverage(truthOf(ARTICLE_A), r.stdout)).toBeGreaterThan(0.9);
  });

  it('reads a saved e-paper page: one article per hotspot, page metadata, links', () => {
    const truth = loadTruth(join(root, 'assets/demo'));
    const r = cli('ocr', join(root, 'assets/demo', truth.files.html), '--format', 'json');
    expect(r.code).toBe(0);
    const doc = fromJson(JSON.parse(r.stdout));
    expect(doc.meta.date).toBe(truth.date);
    // Links come back absolute (resolved against the page URL).
    const linkOf = (href = '') => href.slice(href.lastIndexOf('/') + 1);
    expect(doc.articles.map((a) => linkOf(a.href)).sort()).toEqual(truth.articles.map((a) => a.href).sort());
    for (const article of truth.articles) {
      const ours = doc.articles.find((a) => linkOf(a.href) === article.href)!;
      expect(coverage(articleText(article), ours.blocks.map((b) => b.text).join(''))).toBeGreaterThan(0.9);
    }
  });

  it('--out writes article files, the page file and the JSON (--per both --json)', () => {
    const out = join(dir, 'out-both');
    const r = cli('ocr', pagePath, '--regions', regionsPath, '--out', out, '--per', 'both', '--json');
    expect(r.code).toBe(0);
    const files = readdirSync(out, { recursive: true, withFileTypes: true }).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
    expect(r.stdout.trim().split('\n').slice(1).map((l) => l.trim()).sort()).toEqual([...files].sort());
    const md = files.filter((f) => f.endsWith('.md')).map((f) => readFileSync(f, 'utf8'));
    const json = files.filter((f) => f.endsWith('.json'));
    // Two article files + one page file, and the page file holds both articles' text.
    expect(md).toHaveLength(3);
    expect(json).toHaveLength(1);
    const page = md.find((m) => coverage(truthOf(ARTICLE_A) + truthOf(ARTICLE_B), m) > 0.9);
    expect(page).toBeDefined();
    expect(fromJson(JSON.parse(readFileSync(json[0], 'utf8'))).articles.map((a) => a.regionId)).toEqual(['a', 'b']);
  });

  it('--out --zip --images writes one zip holding the Markdown, the JSON and each article’s image', () => {
    const out = join(dir, 'out-zip');
    const r = cli('ocr', pagePath, '--regions', regionsPath, '--out', out, '--zip', '--images');
    expect(r.code).toBe(0);
    const names = readdirSync(out);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/\.zip$/);
    const entries = unzipSync(readFileSync(join(out, names[0])));
    const paths = Object.keys(entries);
    expect(paths.some((p) => p.endsWith('.json'))).toBe(true);
    const text = paths.filter((p) => p.endsWith('.md')).map((p) => strFromU8(entries[p])).join('\n');
    expect(coverage(truthOf(ARTICLE_B), text)).toBeGreaterThan(0.9);
    const images = paths.filter((p) => p.startsWith('images/') && p.endsWith('.png'));
    expect(images).toHaveLength(2);
    // Each is a crop of the page around its article's text, not the whole page.
    for (const p of images) expect(decode(entries[p]).width).toBeLessThan(PAGE_SIZE.width);
  });

  it('keeps the readable regions when one fails: exit 0, the failure named on stderr', () => {
    const r = cli('ocr', pagePath, '--regions', join(dir, 'one-bad-region.json'), '--format', 'json');
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/region z failed: .*outside/);
    expect(r.stderr).toContain('1 of 2 region(s) failed: z (');
    const doc = fromJson(JSON.parse(r.stdout));
    expect(doc.articles.map((a) => a.regionId)).toEqual(['a']);
    expect(coverage(truthOf(ARTICLE_A), doc.articles[0].blocks.map((b) => b.text).join(''))).toBeGreaterThan(0.9);
  });

  it('exits 1 when no region could be read', () => {
    const r = cli('ocr', pagePath, '--regions', join(dir, 'all-bad-regions.json'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2 of 2 region(s) failed: y (');
    expect(r.stderr).toContain('all 2 region(s) failed');
  });

  it.each([
    [['ocr', 'missing.png'], 'file not found: missing.png'],
    [['ocr', 'page.png', '--workers', '0'], '--workers must be a whole number from 1 to 8, got "0"'],
    [['ocr', 'page.png', '--format', 'xml'], "argument 'xml' is invalid"],
    [['ocr', 'page.png', '--images'], '--images writes image files: use it with --out DIR'],
    [['ocr', 'page.png', '--lang', 'chi_sim+fra'], '--lang takes chi_sim, eng joined with "+" (e.g. chi_sim+eng), got "chi_sim+fra"'],
    [['ocr'], "missing required argument 'page'"],
    [['ocr', 'page.png', '--engine', 'easyocr'], "argument 'easyocr' is invalid"],
    [['ocr', 'page.png', '--lang', 'chi_sim+eng'], '--lang chooses tesseract'],
    // Region files: the message must name the file (wording is the region loader's).
    [['ocr', 'page.png', '--regions', 'page.png'], 'page.png'],
    [['ocr', 'page.png', '--regions', 'bad-regions.json'], 'bad-regions.json'],
  ])('exits 2 on bad usage: %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });

  it('exits 2 naming the file when the image cannot be decoded', () => {
    writeFileSync(join(dir, 'broken.png'), 'not a png');
    const r = cli('ocr', 'broken.png');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('broken.png is not an image');
  });
});

describe('epaper-md demo', () => {
  it('OCRs the demo page and writes Markdown and JSON into the output folder', async () => {
    const assets = mkdtempSync(join(tmpdir(), 'epaper-md-demo-assets-'));
    // One article only: a whole-image demo page is read as a single region.
    const articleA = twoArticleLines().filter((l) => l.x < REGION_A.box[2]);
    writeFileSync(join(assets, 'page.png'), (await renderLines(REGION_A.box[2], PAGE_SIZE.height, articleA)).png);
    const lines: string[] = [];
    const files = await runDemo({ assetsDir: assets, outDir: join(dir, 'demo-out'), workers: 1, log: (l) => lines.push(l) });
    expect(files.map((f) => f.slice(dir.length))).toEqual(['/demo-out/demo.md', '/demo-out/demo.json']);
    expect(coverage(truthOf(ARTICLE_A), readFileSync(files[0], 'utf8'))).toBeGreaterThan(0.9);
    expect(fromJson(JSON.parse(readFileSync(files[1], 'utf8'))).articles).toHaveLength(1);
    expect(lines[0]).toBe(`demo page: ${join(assets, 'page.png')}`);
  });

  it('says where it looked when there is no demo page', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'epaper-md-demo-empty-'));
    await expect(runDemo({ assetsDir: empty, outDir: join(dir, 'x'), log: () => {} })).rejects.toThrow(`no demo page in ${empty}`);
  });
});
