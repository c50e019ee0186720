/**
 * Golden exports (frozen clock) of a fixture page: what `epaper-md ocr --out DIR --per both --cite csl,ris`
 * writes for it, byte for byte. `UPDATE_FIXTURES=1 npx vitest run tests/export/golden.test.ts` rewrites the
 * files after an intended change; review the diff like code.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exportFiles } from '../../lib/export';
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
