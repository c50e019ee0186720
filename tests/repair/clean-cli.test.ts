import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanText } from '../../cli/clean';
import { main } from '../../cli/main';
import { importText } from '../../lib/import';
import { fromJson, toJson } from '../../lib/model/json';

const PAGE = join(__dirname, 'pages/river-evening.md');

describe('clean', () => {
  it('applies safe fixes, leaves the rest for review, and summarises per kind', () => {
    const r = cleanText(readFileSync(PAGE, 'utf8'), { apply: 'safe' });
    expect(r.applied.every((s) => s.confidence >= 0.9)).toBe(true);
    expect(r.pending.map((s) => s.kind)).toContain('split-sentence');
    expect(r.summary).toMatch(/^punctuation\s+found\s+\d+\s+applied\s+\d+\s+left for review\s+\d+$/m);
    expect(r.output).toContain('经过8个月施工，滨江公园改造工程日前完工');
    // What clean writes, the importer reads back.
    expect(importText(r.output).articles.map((a) => a.blocks.find((b) => b.role === 'headline')?.text)).toContain('滨江公园改造完成 本周末开放');
  });

  it('--apply none changes nothing and lists every suggestion as pending', () => {
    const r = cleanText('经济发展 ，电力先行,好。', { apply: 'none', format: 'json' });
    const json = JSON.parse(r.output);
    expect(json.articles[0].paragraphs).toEqual(['经济发展 ，电力先行,好。']);
    expect(json.suggestions.map((s: { kind: string }) => s.kind).sort()).toEqual(['cjk-spaces', 'punctuation']);
  });

  it('--apply none lists each suggestion: kind, place, confidence, old → new and reason', () => {
    const r = cleanText('经济发展 ，电力先行,好。', { apply: 'none' });
    const lines = r.summary.split('\n');
    expect(lines).toContainEqual(expect.stringMatching(/^cjk-spaces\s+a1\/b1\s+0\.95\s+“ ” → “”\s+— Remove 1 space/));
    expect(lines).toContainEqual(expect.stringMatching(/^punctuation\s+a1\/b1\s+0\.\d\d\s+“,” → “，”/));
    expect(cleanText('经济发展 ，电力先行,好。', { apply: 'safe' }).summary).not.toMatch(/→/);
  });

  it('safe mode applies a pasted article head as a unit: headline, subtitle and byline together', () => {
    const text = ['老字号酱园焕发新活力', '', '百年技艺搭上直播快车', '', '硬本报记者 钱佳慧', '', '本报讯 在有着130多年历史的同福酱园，老师傅正在翻晒酱缸。', ''].join('\n');
    const r = cleanText(text, { apply: 'safe', format: 'json', name: 'paste.txt' });
    const [a] = JSON.parse(r.output).articles;
    expect(a).toMatchObject({ headline: '老字号酱园焕发新活力', subtitle: '百年技艺搭上直播快车', byline: '■本报记者 钱佳慧' });
    expect(a.paragraphs).toEqual([expect.stringMatching(/^本报讯 ?在有着130多年历史的同福酱园/)]);
  });
});

describe('epaper-md clean (command line)', () => {
  const out: string[] = [];
  const err: string[] = [];
  afterEach(() => vi.restoreAllMocks());
  const run = async (args: string[]) => {
    out.length = 0;
    err.length = 0;
    vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
    vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
    const code = await main(args);
    vi.restoreAllMocks();
    return code;
  };

  it('writes JSON to -o and the summary to stderr', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-'));
    const target = join(dir, 'out.json');
    expect(await run(['clean', PAGE, '--apply', 'all', '--format', 'json', '-o', target])).toBe(0);
    expect(out.join('')).toBe('');
    expect(err.join('')).toMatch(/total\s+found/);
    expect(JSON.parse(readFileSync(target, 'utf8')).articles).toHaveLength(3);
  });

  it('reads a .json document and writes the export files with --out DIR --per both --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-'));
    const input = join(dir, 'page.json');
    writeFileSync(input, JSON.stringify(toJson(importText(readFileSync(PAGE, 'utf8')))));
    const outDir = join(dir, 'out');
    expect(await run(['clean', input, '--apply', 'safe', '--out', outDir, '--per', 'both', '--json'])).toBe(0);
    const files = readdirSync(outDir, { recursive: true }).map(String).filter((f) => /\.(md|json)$/.test(f));
    const md = files.filter((f) => f.endsWith('.md'));
    const json = files.filter((f) => f.endsWith('.json'));
    expect(md.length).toBe(4); // three article files and the page file
    expect(json).toHaveLength(1);
    expect(out.join('')).toContain('Wrote:');
    expect(err.join('')).toMatch(/total\s+found/);
    // The JSON written is a document again (with the suggestions left for review beside it).
    const written = JSON.parse(readFileSync(join(outDir, json[0]), 'utf8'));
    expect(fromJson(written).articles).toHaveLength(3);
    expect(Array.isArray(written.suggestions)).toBe(true);
    const headlines = md.flatMap((f) => importText(readFileSync(join(outDir, f), 'utf8')).articles.map((a) => a.blocks.find((b) => b.role === 'headline')?.text));
    expect(headlines).toContain('滨江公园改造完成 本周末开放');
  });

  it('--zip writes one zip holding the Markdown files and the JSON', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-'));
    expect(await run(['clean', PAGE, '--out', dir, '--zip'])).toBe(0);
    const zips = readdirSync(dir).filter((f) => f.endsWith('.zip'));
    expect(zips).toHaveLength(1);
    const names = Object.keys(unzipSync(readFileSync(join(dir, zips[0]))));
    expect(names.some((n) => n.endsWith('.json'))).toBe(true);
    expect(names.filter((n) => n.endsWith('.md')).length).toBeGreaterThanOrEqual(3);
  });

  it('refuses -o together with --out, and a .json file that is not a document', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-'));
    expect(await run(['clean', PAGE, '-o', join(dir, 'x.md'), '--out', dir])).toBe(2);
    expect(err.join('')).toMatch(/either -o/);
    writeFileSync(join(dir, 'bad.json'), '{"schema":1,"articles":[{"id":"a1"}]}');
    expect(await run(['clean', join(dir, 'bad.json')])).toBe(1);
    expect(err.join('')).toMatch(/articles\[0\]\.blocks/);
  });

  it('fails clearly on an empty or binary file and on a bad --apply', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'clean-'));
    writeFileSync(join(dir, 'empty.md'), '');
    writeFileSync(join(dir, 'bin.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
    expect(await run(['clean', join(dir, 'empty.md')])).toBe(1);
    expect(err.join('')).toMatch(/empty/);
    expect(await run(['clean', join(dir, 'bin.md')])).toBe(1);
    expect(err.join('')).toMatch(/binary/);
    expect(await run(['clean', PAGE, '--apply', 'some'])).toBe(2);
    expect(await run(['clean', join(dir, 'missing.md')])).toBe(2);
  });
});
