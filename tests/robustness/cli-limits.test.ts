/**
 * Classes 6 and 11 of issue 15, as a user meets them on the command line: flag values out of range, images
 * too small or too large, a blank page, and flags that would be ignored. Each case asserts the exit code
 * (0 ok, 1 failed, 2 bad usage — cli/main.ts), the message, and that nothing asked for is dropped silently.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { toJson } from '../../lib/model/json';
import type { EpaperDocument } from '../../lib/model/document';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'epaper-md-limits-'));
const path = (name: string) => join(dir, name);

/** A PNG whose header says width×height: enough for sharp to read its size, far too little to decode. */
function pngHeader(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 0, 0, 0, 0], 8); // 8-bit grayscale
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.alloc(width + 1))), chunk('IEND', Buffer.alloc(0))]);
}

beforeAll(async () => {
  writeFileSync(path('one.png'), await sharp({ create: { width: 1, height: 1, channels: 3, background: '#000' } }).png().toBuffer());
  writeFileSync(path('blank.png'), await sharp({ create: { width: 300, height: 200, channels: 3, background: '#fff' } }).png().toBuffer());
  writeFileSync(path('huge.png'), pngHeader(20_000, 20_000));
  const doc: EpaperDocument = {
    schema: 1,
    meta: {},
    articles: [{ id: 'a1', blocks: [
      { id: 'b1', role: 'headline', text: '标题', raw: '标题' },
      { id: 'b2', role: 'paragraph', text: '正文。', raw: '正文。' },
      { id: 'b3', role: 'furniture', text: '下转第3版', raw: '下转第3版', setAside: { kind: 'furniture', reason: 'page furniture', previousRole: 'paragraph' } },
    ] }],
  };
  writeFileSync(path('doc.json'), JSON.stringify(toJson(doc)));
});

describe('flag values', () => {
  it.each([
    [['--scale', '1e9'], '--scale must be a number from 0.25 to 4, got "1e9"'],
    [['--scale', '80'], '--scale must be a number from 0.25 to 4, got "80"'],
    [['--workers', '100'], '--workers must be a whole number from 1 to 8, got "100"'],
    [['--workers', '0'], '--workers must be a whole number from 1 to 8, got "0"'],
  ])('%j is refused with the range (exit 2)', async (flags, message) => {
    const r = await runCli('ocr', path('blank.png'), ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`epaper-md: ${message}\n`);
  });
});

describe('images', () => {
  it('an image over the pixel limit is "too large (limit …)", exit 1, before any decoding', async () => {
    const r = await runCli('ocr', path('huge.png'));
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`epaper-md: ${path('huge.png')} is 20000×20000 pixels: too large (limit 268,402,689 pixels, e.g. 16383×16383); scale it down first\n`);
  });

  it('a 1×1 image is too small to hold text, exit 1', async () => {
    const r = await runCli('ocr', path('one.png'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is 1×1 pixels: too small to hold readable text (at least 8 pixels each way)');
  });

  it('a blank page names the empty region and exits 1 instead of writing an empty article', async () => {
    const r = await runCli('ocr', path('blank.png'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('note: region whole has no text that OCR could read');
    expect(r.stderr).toContain(`epaper-md: no text found on ${path('blank.png')}: OCR read none of its 1 region(s); nothing was written`);
    expect(r.stdout).toBe('');
  });
});

describe('flags are applied or refused, never ignored', () => {
  it('clean --set-aside to stdout writes the set-aside text as comments', async () => {
    const r = await runCli('clean', path('doc.json'), '--apply', 'none', '--set-aside');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('<!-- set-aside furniture: 下转第3版 -->');
    const without = await runCli('clean', path('doc.json'), '--apply', 'none');
    expect(without.stdout).not.toContain('下转第3版');
  });

  it.each([
    [['--zip'], '--zip writes export files: use it with --out DIR'],
    [['--json', '--cite', 'csl'], '--json (for JSON on stdout use --format json), --cite write export files: use them with --out DIR'],
    [['--template', '{title}'], '--template writes export files: use it with --out DIR'],
  ])('clean %j without --out is bad usage naming the flag', async (flags, message) => {
    const r = await runCli('clean', path('doc.json'), ...flags);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`epaper-md: ${message}\n`);
    expect(r.stdout).toBe('');
  });
});
