/**
 * `epaper-md clean FILE [--apply safe|all|none] [--format md|json] [-o FILE] [--out DIR --per … --zip --json]`:
 * import Markdown/plain text or our document JSON (a `.json` file, or text starting with `{`), run the
 * repair engine, write the result (stdout, one file, or the export files in DIR); a per-kind summary
 * goes to stderr (found / applied / left for review) so scripts can keep stdout clean.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { importText } from '../lib/import';
import { fromJson } from '../lib/model/json';
import type { EpaperDocument } from '../lib/model/document';
import { applyAll } from '../lib/repair/engine';
import { SAFE_CONFIDENCE, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from '../lib/repair/types';
import { documentJson, pageToMarkdown, unreviewedByArticle, unreviewedOnPage } from '../lib/export';
import { UsageError } from './errors';
import { addOutputOptions, writeOutputs, type OutputFlags } from './output';

export type ApplyLevel = 'safe' | 'all' | 'none';
const THRESHOLD: Record<ApplyLevel, number> = { safe: SAFE_CONFIDENCE, all: 0, none: Infinity };

export interface CleanResult {
  doc: EpaperDocument;
  applied: Suggestion[];
  pending: Suggestion[];
  output: string;
  summary: string;
}

function readDocument(text: string, name: string): EpaperDocument {
  if (/\.json$/i.test(name) || /^\s*\{/.test(text)) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      throw new Error(`${name}: looks like JSON but does not parse: ${err instanceof Error ? err.message : String(err)}`);
    }
    return fromJson(value); // throws a DocumentJsonError naming the first bad path
  }
  return importText(text, { name });
}

/** Per kind: found (applied + left), applied, left for review. */
function summarise(applied: Suggestion[], pending: Suggestion[]): string {
  const count = (list: Suggestion[], k: SuggestionKind) => list.filter((s) => s.kind === k).length;
  const rows = SUGGESTION_KINDS.map((k) => [k, count(applied, k) + count(pending, k), count(applied, k), count(pending, k)] as const).filter((r) => r[1] > 0);
  const lines = rows.map(([k, f, a, p]) => `${k.padEnd(16)} found ${String(f).padStart(4)}  applied ${String(a).padStart(4)}  left for review ${String(p).padStart(4)}`);
  return [...lines, `${'total'.padEnd(16)} found ${String(applied.length + pending.length).padStart(4)}  applied ${String(applied.length).padStart(4)}  left for review ${String(pending.length).padStart(4)}`].join('\n');
}

export function cleanText(text: string, options: { name?: string; apply?: ApplyLevel; format?: 'md' | 'json' } = {}): CleanResult {
  const level = options.apply ?? 'safe';
  const doc = readDocument(text, options.name ?? 'input');
  const result = applyAll(doc, { minConfidence: THRESHOLD[level] });
  const output = options.format === 'json'
    ? documentJson(result.doc, { suggestions: result.pending })
    : pageToMarkdown(result.doc, { unreviewed: unreviewedOnPage(unreviewedByArticle(result.pending)) });
  return { doc: result.doc, applied: result.applied, pending: result.pending, output, summary: summarise(result.applied, result.pending) };
}

async function readInput(file: string): Promise<string> {
  if (file !== '-') return readFile(file, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

type CleanFlags = OutputFlags & { apply: ApplyLevel; format: 'md' | 'json'; output?: string };

export function registerClean(program: Command): void {
  const cmd = program
    .command('clean')
    .description('repair scan/OCR defects in Markdown, plain text or document JSON (FILE, or - for stdin)')
    .argument('<file>', 'input file, or - for stdin')
    .addOption(new Option('--apply <level>', 'which suggestions to apply: safe (confidence ≥ 0.9), all, none').choices(['safe', 'all', 'none']).default('safe'))
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('-o, --output <file>', 'write to FILE instead of stdout');
  addOutputOptions(cmd).action(async (file: string, flags: CleanFlags) => {
    if (flags.out && flags.output) throw new UsageError('use either -o FILE (one file) or --out DIR (export files), not both');
    let text: string;
    try {
      text = await readInput(file);
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const result = cleanText(text, { name: file === '-' ? 'stdin' : file, apply: flags.apply, format: flags.format });
    if (flags.out) {
      const json = documentJson(result.doc, { suggestions: result.pending });
      const written = await writeOutputs(result.doc, flags, { json, unreviewedByArticle: unreviewedByArticle(result.pending) });
      process.stdout.write(`Wrote:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
    } else if (flags.output) await writeFile(flags.output, result.output);
    else process.stdout.write(result.output);
    process.stderr.write(`${result.summary}\n`);
  });
}
