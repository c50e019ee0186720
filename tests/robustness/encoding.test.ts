/**
 * Class 1 of issue 15: `clean` reads GB18030/GBK, Big5 and UTF-16 files correctly over the whole input,
 * names the encoding it chose, takes `--encoding`, and never replaces a character without an error. The
 * detector is checked as a property on texts drawn from each encoding's own characters.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../lib/import';
import { encodeLegacy } from '../support/legacy-encode';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'epaper-md-encoding-'));

const clean = (file: string, ...args: string[]) => runCli('clean', file, '--apply', 'none', ...args);

// Our own sentences, in the style of a local news report.
const SIMPLIFIED = '本报讯（记者 王小明）昨日，市政府召开新闻发布会，介绍今年以来全市经济运行情况。据介绍，前三季度全市地区生产总值同比增长百分之五点二。';
const TRADITIONAL = '本報訊（記者 王小明）昨日，市政府召開新聞發布會，介紹今年以來全市經濟運行情況。據介紹，前三季度全市地區生產總值同比增長百分之五點二。';
/** 20 000 ASCII characters first, so a check of the start alone would see plain text. */
const LONG_START = `# Report\n\n${'This is a long English introduction. '.repeat(560)}\n\n`;

describe('clean reads the encoding of the file', () => {
  it('a GB18030 paragraph after 20 000 ASCII characters is read as GB18030, every character kept, the encoding named', async () => {
    const file = join(dir, 'gbk.md');
    writeFileSync(file, encodeLegacy(`${LONG_START}${SIMPLIFIED}\n`, 'gb18030'));
    const r = await clean(file);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`read ${file} as gb18030 (detected; pass --encoding to choose another)`);
    expect(r.stdout).toContain(SIMPLIFIED);
    expect(r.stdout).not.toContain('\uFFFD');
  });

  it('Big5 and UTF-16 (with and without a byte-order mark) are read correctly', async () => {
    const cases: [string, Uint8Array, string][] = [
      ['big5.txt', encodeLegacy(TRADITIONAL, 'big5'), 'big5'],
      ['utf16le-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SIMPLIFIED, 'utf16le')]), 'utf-16le'],
      ['utf16be.txt', Buffer.from(SIMPLIFIED, 'utf16le').swap16(), 'utf-16be'],
    ];
    for (const [name, bytes, encoding] of cases) {
      writeFileSync(join(dir, name), bytes);
      const r = await clean(join(dir, name));
      expect(r.code, name).toBe(0);
      expect(r.stderr, name).toContain(`as ${encoding} (`);
      expect(r.stdout, name).toContain(encoding === 'big5' ? TRADITIONAL : SIMPLIFIED);
    }
  });

  it('a file that mixes UTF-8 and GB18030 stops with where and what to do, instead of replacement characters', async () => {
    const file = join(dir, 'mixed.md');
    writeFileSync(file, Buffer.concat([Buffer.from(`${SIMPLIFIED}\n\n${SIMPLIFIED}\n\n`), encodeLegacy(SIMPLIFIED, 'gb18030')]));
    const r = await clean(file);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/is not valid UTF-8 \(line 5, column 1\) and no other encoding reads it cleanly.*--encoding/);
    expect(r.stdout).toBe('');
  });

  it('--encoding chooses the encoding; bytes it cannot read are an error naming the line; a wrong name is bad usage', async () => {
    const file = join(dir, 'given.txt');
    writeFileSync(file, encodeLegacy(SIMPLIFIED, 'gb18030'));
    const ok = await clean(file, '--encoding', 'gbk');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain(SIMPLIFIED);
    const wrong = await clean(file, '--encoding', 'utf-8');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/is not valid utf-8 \(line 1, column 1\): check the --encoding you gave/);
    const unknown = await clean(file, '--encoding', 'latin-9');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('unknown encoding "latin-9": use one of utf-8, gb18030, big5, utf-16le, utf-16be');
  });
});

describe('the encoding detector', () => {
  // Words of running text, so the property checks texts like the ones users have, in either script.
  const words = (source: string) => fc.array(fc.constantFrom(...source.match(/.{1,4}/gu)!), { minLength: 3, maxLength: 40 }).map((w) => w.join(''));
  const ascii = fc.string({ unit: fc.constantFrom(...'abc XYZ 123,.;\n#*'.split('')), maxLength: 30 });

  it('reads back every text it is given, in every encoding, without a replacement character', () => {
    fc.assert(
      fc.property(ascii, words(SIMPLIFIED + TRADITIONAL), ascii, fc.constantFrom('utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be', 'utf-8-bom'), (pre, han, post, encoding) => {
        const text = `${pre}${han}${post}`;
        let bytes: Uint8Array;
        if (encoding === 'utf-8') bytes = new TextEncoder().encode(text);
        else if (encoding === 'utf-8-bom') bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
        else if (encoding === 'utf-16le') bytes = Buffer.from(text, 'utf16le');
        else if (encoding === 'utf-16be') bytes = Buffer.from(text, 'utf16le').swap16();
        else {
          // Big5 has no code for the simplified characters, nor GB18030's two-byte part for some traditional ones.
          try {
            bytes = encodeLegacy(text, encoding);
          } catch {
            return;
          }
        }
        // UTF-16 without a BOM whose every byte is printable ASCII or whitespace reads as that ASCII: no
        // encoding can be told from the bytes then (the test below checks the case with control bytes).
        if (encoding.startsWith('utf-16')) fc.pre(!bytes.every((b) => (b >= 0x20 && b < 0x7f) || [9, 10, 12, 13].includes(b)));
        const decoded = decodeText(bytes);
        expect(decoded.text).toBe(text);
        expect(decoded.encoding).toBe(encoding === 'utf-8-bom' ? 'utf-8' : encoding);
      }),
      { numRuns: 400 },
    );
  });

  it('UTF-16 Han text whose bytes are all ASCII is read as UTF-16 by its control bytes; ASCII with a stray control stays UTF-8', () => {
    // 市 is 02 5E in UTF-16LE, the rest of these are printable ASCII byte for byte.
    const han = '全市地区產總值同產總值同';
    expect(decodeText(Buffer.from(han, 'utf16le'))).toMatchObject({ text: han, encoding: 'utf-16le' });
    expect(decodeText(Buffer.from(han, 'utf16le').swap16())).toMatchObject({ text: han, encoding: 'utf-16be' });
    const ascii = 'Page 3\u0007 of the report\n';
    expect(decodeText(new TextEncoder().encode(ascii))).toMatchObject({ text: ascii, encoding: 'utf-8' });
    const printable = '全地區產總值同';
    expect(decodeText(Buffer.from(printable, 'utf16le')).encoding).toBe('utf-8');
  });

  it('random bytes are decoded exactly or refused, never with replacement characters', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), (bytes) => {
        let text: string;
        try {
          text = decodeText(bytes).text;
        } catch (err) {
          expect((err as Error).message).toMatch(/--encoding|byte-order mark|binary data/);
          return;
        }
        expect(text).not.toContain('\uFFFD');
      }),
      { numRuns: 400 },
    );
  });
});
