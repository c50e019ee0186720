/**
 * applyAll re-reads, after each round, only what the round changed: the blocks and articles it made new,
 * read in one run per pass (lib/repair/pass-cache.ts), and no incremental state kept for a keystroke. On
 * real pastes — every corpus page (outputs of other OCR tools), all of them pasted as one text (long,
 * windowed articles), and the benchmark's page of many articles — it must give exactly what it gives when
 * every pass reads the whole page afresh in every round.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import type { EpaperDocument } from '../../lib/model/document';
import { applyAll, type ApplyAllResult } from '../../lib/repair/engine';
import { PASSES } from '../../lib/repair/registry';
import { synthesise } from '../bench/repair';

const CORPUS = fileURLToPath(new URL('./corpus', import.meta.url));
const files = readdirSync(CORPUS).filter((f) => /\.(txt|md)$/.test(f)).sort();
const texts = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));

/** Every pass on the whole page, no cache and no windows. */
const uncached = PASSES.map((p) => ({ ...p, scope: 'page' as const, windowed: false }));

const outcome = (r: ApplyAllResult) => ({ doc: r.doc, applied: r.applied.map((s) => s.id), pending: r.pending, rejected: r.rejected, rounds: r.rounds });

function same(doc: EpaperDocument, minConfidence?: number) {
  const cached = applyAll(structuredClone(doc), { minConfidence });
  expect(cached.applied.length).toBeGreaterThan(0);
  expect(outcome(cached)).toEqual(outcome(applyAll(structuredClone(doc), { minConfidence, passes: uncached })));
}

describe('applyAll re-reading only what each round changed', () => {
  it.each(files.map((f, i) => [f, i] as const))('equals re-reading the whole page every round: %s', (f, i) => {
    same(importText(texts[i], { name: f }), 0);
    same(importText(texts[i], { name: f }));
  });

  it('equals it on every corpus page pasted as one text, and on the benchmark page', () => {
    same(importText(texts.filter((_, i) => files[i].endsWith('.txt')).join('\n\n'), { name: 'paste' }), 0);
    same(synthesise(30_000), 0);
    same(synthesise(30_000));
  });
});
