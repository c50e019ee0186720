/**
 * Repair engine throughput: `suggest` and `applyAll` (all suggestions) on pages of 10k, 100k and 1M
 * characters, synthesised from the test pages (tests/repair/pages) by repeating them with varied ids
 * and digits. Near-linear means ms per 1k characters stays about flat as the size grows ×10.
 * Run: node bin/run-ts.mjs tests/bench/repair.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importText } from '../../lib/import';
import type { Article, EpaperDocument } from '../../lib/model/document';
import { applyAll, suggest } from '../../lib/repair/engine';

const PAGES = fileURLToPath(new URL('../repair/pages', import.meta.url));

function seedArticles(): Article[] {
  return readdirSync(PAGES)
    .filter((f) => /\.(md|txt)$/.test(f))
    .flatMap((f) => importText(readFileSync(join(PAGES, f), 'utf8'), { name: f }).articles);
}

/** A document of about `chars` characters: the seed articles over and over, ids made unique, digits varied. */
export function synthesise(chars: number): EpaperDocument {
  const seed = seedArticles();
  const articles: Article[] = [];
  let size = 0;
  for (let n = 0; size < chars; n += 1) {
    const a = seed[n % seed.length];
    const blocks = a.blocks.map((b) => {
      const text = b.text.replace(/\d/g, (d) => String((Number(d) + n) % 10));
      size += text.length;
      return { ...b, id: `${b.id}-${n}`, text, raw: text };
    });
    articles.push({ id: `${a.id}-${n}`, blocks });
  }
  return { schema: 1, meta: {}, articles };
}

/** Wall and CPU time of one call: the machine may be shared, which stretches wall time but hardly CPU time. */
function time<T>(fn: () => T): [T, number, number] {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  return [out, wall, (cpu.user + cpu.system) / 1000];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

/** Median of three runs (wall and CPU), each on a fresh copy: the engine keeps findings per article object, and a run on objects it has read would measure that cache. */
function median3<T>(doc: EpaperDocument, fn: (doc: EpaperDocument) => T): [T, number, number] {
  const runs = [0, 1, 2].map(() => {
    const copy = structuredClone(doc);
    return time(() => fn(copy));
  });
  return [runs[0][0], median(runs.map((r) => r[1])), median(runs.map((r) => r[2]))];
}

export async function benchRepair(): Promise<object> {
  const rows = [];
  for (const chars of [10_000, 100_000, 1_000_000]) {
    const doc = synthesise(chars);
    // Median of three runs: the first also pays for JIT warm-up, and the machine is shared.
    const [found, suggestMs, suggestCpuMs] = median3(doc, (d) => suggest(d));
    const [result, applyMs, applyCpuMs] = median3(doc, (d) => applyAll(d, { minConfidence: 0 }));
    const blocks = doc.articles.reduce((s, a) => s + a.blocks.length, 0);
    rows.push({ chars, blocks, suggestions: found.length, applied: result.applied.length, rounds: result.rounds,
      suggestMs: Math.round(suggestMs), suggestCpuMs: Math.round(suggestCpuMs), applyAllMs: Math.round(applyMs), applyAllCpuMs: Math.round(applyCpuMs),
      msPer1kChars: +(applyMs / (chars / 1000)).toFixed(2), cpuMsPer1kChars: +(applyCpuMs / (chars / 1000)).toFixed(2) });
  }
  console.table(rows);
  return { rows };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchRepair();
