/**
 * The pasted-page corpus (tests/repair/corpus, built by make.ts from the fixture pages' truth): each page
 * through importer + engine ("apply all") against its expected structure. Floors sit a little under what
 * the engine reaches (docs/repair-corpus.md has the numbers); whole-page tesseract, which mixes columns, is
 * put back into column order by the importer (lib/text column-split).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import { applyAll } from '../../lib/repair/engine';
import { SAFE_CONFIDENCE } from '../../lib/repair/types';
import { isByline } from '../../lib/text';
import { scoreStructure, structureOf, type GoldenArticle } from './corpus/golden';

const DIR = join(__dirname, 'corpus');
const FLOORS: Record<string, number> = {
  'dongchuan-pd-p01.paddle-lines.txt': 0.8,
  'dongchuan-pd-p01.tess-page-psm6.txt': 0.85,
  'jianglan-p03.hand-typed.txt': 0.9,
  'jianglan-p03.paddle-lines.txt': 0.88,
  'jianglan-p03.tess-crops.txt': 0.85,
  'linlan-p05.epaper-md.md': 0.9,
  'linlan-p05.tess-crops.txt': 0.65,
  'linlan-p05.umi-paragraphs.txt': 0.95,
  'qiaoxi-p04.tess-page-psm6.txt': 0.6,
  'yunchuan-p02-large.hand-typed.txt': 0.88,
  'yunchuan-p02-large.tess-page-psm3.txt': 0.8,
  'yunchuan-p02-large.umi-paragraphs.txt': 0.88,
};
/**
 * Floors of `safe` mode (confidence ≥ 0.9), a little under what it reaches: an article's structure is applied
 * as a unit or not at all, so where the heads are guesses (crops whose head tesseract read out of place, two
 * heads of unequal height side by side) safe mode stays lower than "apply all".
 */
const SAFE_FLOORS: Record<string, number> = {
  'dongchuan-pd-p01.paddle-lines.txt': 0.7,
  'dongchuan-pd-p01.tess-page-psm6.txt': 0.8,
  'jianglan-p03.hand-typed.txt': 0.9,
  'jianglan-p03.paddle-lines.txt': 0.76,
  'jianglan-p03.tess-crops.txt': 0.6,
  'linlan-p05.epaper-md.md': 0.88,
  'linlan-p05.tess-crops.txt': 0.56,
  'linlan-p05.umi-paragraphs.txt': 0.95,
  'qiaoxi-p04.tess-page-psm6.txt': 0.6,
  'yunchuan-p02-large.hand-typed.txt': 0.88,
  'yunchuan-p02-large.tess-page-psm3.txt': 0.8,
  'yunchuan-p02-large.umi-paragraphs.txt': 0.88,
};
const files = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
const han = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).length;

it('every corpus page has a floor (and every floor a page)', () => {
  expect(Object.keys(FLOORS).sort()).toEqual(files);
  expect(Object.keys(SAFE_FLOORS).sort()).toEqual(files);
});

describe.each(files)('corpus page %s', (file) => {
  const input = readFileSync(join(DIR, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|md)$/, '.expected.json')), 'utf8')) as GoldenArticle[];
  const doc = importText(input, { name: file });
  const result = applyAll(doc, { minConfidence: 0 });

  it('repairs to close to the expected structure', () => {
    expect(scoreStructure(expected, result.doc).score).toBeGreaterThanOrEqual(FLOORS[file]);
  });

  it('applies its heads in safe mode too', () => {
    expect(scoreStructure(expected, applyAll(doc, { minConfidence: SAFE_CONFIDENCE }).doc).score).toBeGreaterThanOrEqual(SAFE_FLOORS[file]);
  });

  it('never makes a byline a caption or a subtitle', () => {
    const found = structureOf(result.doc);
    expect(found.flatMap((a) => [...a.captions, a.subtitle ?? '']).filter((t) => isByline(t))).toEqual([]);
  });

  it('loses nothing: every Han character is in a block (body or set aside) or in a recorded repair', () => {
    const blocks = result.doc.articles.flatMap((a) => a.blocks);
    const kept = blocks.reduce((n, b) => n + han(b.text), 0);
    const edited = result.applied.flatMap((s) => s.edits ?? []).reduce((n, e) => n + han(e.expected) - han(e.text), 0);
    const imported = doc.articles.flatMap((a) => a.blocks).reduce((n, b) => n + han(b.text), 0);
    expect(kept + edited).toBe(imported);
  });
});
