/**
 * Prints the structure score of every corpus page after `clean` at each apply level (the closing-note
 * numbers of issue 13). Run: `node bin/run-ts.mjs tests/repair/corpus/score.ts [--json]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { importText } from '../../../lib/import';
import { applyAll } from '../../../lib/repair/engine';
import { SAFE_CONFIDENCE } from '../../../lib/repair/types';
import { scoreStructure, type GoldenArticle } from './golden';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const LEVELS = { none: Infinity, safe: SAFE_CONFIDENCE, all: 0 } as const;

export function corpusFiles(): string[] {
  return readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f)).sort();
}

export function scoreFile(file: string, level: keyof typeof LEVELS) {
  const expected = JSON.parse(readFileSync(join(DIR, file.replace(/\.(txt|md)$/, '.expected.json')), 'utf8')) as GoldenArticle[];
  const doc = importText(readFileSync(join(DIR, file), 'utf8'), { name: file });
  return scoreStructure(expected, applyAll(doc, { minConfidence: LEVELS[level] }).doc);
}

const rows = corpusFiles().map((f) => {
  const all = scoreFile(f, 'all');
  return { page: f, none: scoreFile(f, 'none').score, safe: scoreFile(f, 'safe').score, all: all.score, articles: `${all.found}/${all.expected}` };
});
if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else console.table(rows);
