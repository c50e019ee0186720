/**
 * Pasted pages written by hand for the issue-13 audit (tests/repair/corpus/audit): made-up papers, names and
 * news in the styles users paste — tesseract CLI per article crop, PaddleOCR lines, Umi-OCR paragraphs, hand-
 * typed text with half-width marks and Markdown-looking characters, and a hand-written front matter + H1.
 * None of them was in hand while the engine's rules were written. Each goes through importer + engine as
 * `clean` runs it, and is held to its expected structure, its credits, a coherent safe mode and losing nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import { articleCredits } from '../../lib/export/front-matter';
import { applyAll } from '../../lib/repair/engine';
import { SAFE_CONFIDENCE } from '../../lib/repair/types';
import { isByline, photoCreditRange } from '../../lib/text';
import { scoreStructure, structureOf, type GoldenArticle } from './corpus/golden';

const DIR = join(__dirname, 'corpus', 'audit');
type Expected = GoldenArticle & { author?: string[]; contributors?: string[]; photographer?: string[] };
const files = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
const chars = (s: string) => [...s.replace(/\s/gu, '')];

function countOf(list: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of list) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

it('the audit corpus holds pages of every pasted style', () => {
  expect(files.map((f) => f.split('.')[1]).sort()).toEqual(['front-matter', 'hand-typed', 'paddle-lines', 'tess-crops', 'tess-crops', 'umi-paragraphs']);
});

describe.each(files)('hand-made pasted page %s', (file) => {
  const input = readFileSync(join(DIR, file), 'utf8');
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|md)$/, '.expected.json')), 'utf8')) as Expected[];
  const doc = importText(input, { name: file });
  const all = applyAll(doc, { minConfidence: 0 });
  const safe = applyAll(doc, { minConfidence: SAFE_CONFIDENCE });

  it('repairs to its expected structure, article by article ("all" and safe)', () => {
    const score = scoreStructure(expected, all.doc);
    expect(score.found).toBe(expected.length);
    expect(score.score).toBeGreaterThanOrEqual(0.9);
    expect(scoreStructure(expected, safe.doc).found).toBe(expected.length);
  });

  it('credits each article: authors, contributors, photographers by role', () => {
    const found = structureOf(all.doc);
    for (const want of expected) {
      const i = found.findIndex((a) => a.headline === want.headline);
      expect(i, want.headline ?? '').toBeGreaterThanOrEqual(0);
      const c = articleCredits(all.doc.articles[i]);
      expect({ author: c.authors, contributors: c.contributors, photographer: c.photographers }).toEqual({
        author: want.author ?? [], contributors: want.contributors ?? [], photographer: want.photographer ?? [],
      });
    }
  });

  it('keeps headlines as printed (a phrase space too) and the credit of each caption with its spaces', () => {
    const found = structureOf(all.doc);
    expect(found.map((a) => a.headline)).toEqual(expected.map((a) => a.headline));
    const credit = (t: string) => {
      const r = photoCreditRange(t);
      return r ? t.slice(r[0], r[1]) : undefined;
    };
    expect(found.map((a) => a.captions.map(credit))).toEqual(expected.map((a) => a.captions.map(credit)));
  });

  it('never makes a byline a caption or a subtitle', () => {
    for (const r of [all, safe]) {
      const found = structureOf(r.doc);
      expect(found.flatMap((a) => [...a.captions, a.subtitle ?? '']).filter((t) => isByline(t))).toEqual([]);
    }
  });

  it('safe mode applies a head as a unit: no byline, kicker or subtitle in an article without its headline', () => {
    for (const a of structureOf(safe.doc)) {
      if (a.byline || a.kicker || a.subtitle) expect(a.headline, JSON.stringify(a)).not.toBeNull();
    }
  });

  it('loses nothing: every character of the input is in a block (body or set aside) or a recorded repair', () => {
    const imported = doc.articles.flatMap((a) => a.blocks).flatMap((b) => chars(b.text));
    // Plain text is imported as text: every character, Markdown-looking ones (`**`, `_`, `\`) included.
    if (file.endsWith('.txt')) expect(countOf(imported)).toEqual(countOf(chars(input)));
    for (const r of [all, safe]) {
      const kept = countOf(r.doc.articles.flatMap((a) => a.blocks).flatMap((b) => chars(b.text)));
      for (const e of r.applied.flatMap((s) => s.edits ?? [])) {
        for (const c of chars(e.text)) kept.set(c, (kept.get(c) ?? 0) - 1);
        for (const c of chars(e.expected)) kept.set(c, (kept.get(c) ?? 0) + 1);
      }
      expect(new Map([...kept].filter(([, n]) => n !== 0))).toEqual(new Map([...countOf(imported)].filter(([, n]) => n !== 0)));
    }
  });
});
