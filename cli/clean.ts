/**
 * `epaper-md clean FILE [--apply safe|all|none] [--format md|json] [-o FILE] [--out DIR --per … --zip --json]`:
 * import Markdown/plain text or our document JSON (a `.json` file, or text starting with `{`), run the
 * repair engine, write the result (stdout, one file, or the export files in DIR); a per-kind summary
 * goes to stderr (found / applied / left for review) so scripts can keep stdout clean.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { Option, type Command } from 'commander';
import { decodeText, encodingName, importText } from '../lib/import';
import { fromJson } from '../lib/model/json';
import type { EpaperDocument } from '../lib/model/document';
import { documentJson } from '../lib/export';
import { UsageError } from './errors';
import { addOutputOptions, checkOutputFlags, writeOutputs, type OutputFlags } from './output';
import { APPLY_HELP, APPLY_LEVELS, listSuggestions, renderRepaired, repairStep, summarise, type ApplyLevel, type RepairStep } from './repair-step';

export interface CleanResult extends RepairStep {
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


/**
 * The importer found the lines read straight across the page's columns (whole-page OCR): said on stderr,
 * since the output interleaves the columns and no repair can reliably take them apart.
 */
export function readAcrossWarning(doc: EpaperDocument, name: string): string {
  const r = doc.meta.readAcrossColumns;
  if (!r) return '';
  return `warning: ${r.lines} lines of ${name} (from line ${r.firstLine}) seem read straight across the page's columns: the gaps between the columns line up, so the columns' text is interleaved line by line and cannot be repaired reliably. OCR each column or article on its own (e.g. tesseract on each crop), or run \`epaper-md ocr\` on the page image. If those lines are a table, ignore this.\n`;
}

export function cleanText(text: string, options: { name?: string; apply?: ApplyLevel; format?: 'md' | 'json'; markUncertain?: boolean; includeSetAside?: boolean } = {}): CleanResult {
  const level = options.apply ?? 'safe';
  const name = options.name ?? 'input';
  const doc = readDocument(text, name);
  const step = repairStep(doc, level);
  const list = level === 'none' && step.pending.length ? `${listSuggestions(step.doc, step.pending)}\n` : '';
  return { ...step, output: renderRepaired(step, options.format ?? 'md', { markUncertain: options.markUncertain, includeSetAside: options.includeSetAside }), summary: readAcrossWarning(doc, name) + list + summarise(step.applied, step.pending) };
}

async function readInput(file: string): Promise<Buffer> {
  if (file !== '-') return readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

type CleanFlags = OutputFlags & { apply: ApplyLevel; format: 'md' | 'json'; output?: string; encoding?: string };

export function registerClean(program: Command): void {
  const cmd = program
    .command('clean')
    .description('repair scan/OCR defects in Markdown, plain text or document JSON (FILE, or - for stdin)')
    .argument('<file>', 'input file, or - for stdin')
    .addOption(new Option('--apply <level>', APPLY_HELP).choices([...APPLY_LEVELS]).default('safe'))
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'json']).default('md'))
    .option('-o, --output <file>', 'write to FILE instead of stdout')
    .option('--encoding <name>', 'encoding of the input: utf-8, gb18030 (also gbk, gb2312), big5, utf-16le, utf-16be (default: detected)');
  addOutputOptions(cmd).action(async (file: string, flags: CleanFlags) => {
    if (flags.out && flags.output) throw new UsageError('use either -o FILE (one file) or --out DIR (export files), not both');
    checkOutputFlags(flags);
    if (flags.encoding !== undefined) {
      try {
        encodingName(flags.encoding);
      } catch (err) {
        throw new UsageError((err as Error).message);
      }
    }
    let bytes: Buffer;
    try {
      bytes = await readInput(file);
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${err instanceof Error ? err.message : String(err)}`);
    }
    const name = file === '-' ? 'stdin' : file;
    // Every byte is decoded or the run stops with where it failed: no replacement characters, ever.
    const decoded = decodeText(bytes, { encoding: flags.encoding, name });
    if (decoded.how === 'statistics' || decoded.how === 'bom') process.stderr.write(`read ${name} as ${decoded.encoding} (${decoded.how === 'bom' ? 'byte-order mark' : 'detected; pass --encoding to choose another'})\n`);
    const text = decoded.text;
    const result = cleanText(text, { name, apply: flags.apply, format: flags.format, markUncertain: flags.markUncertain, includeSetAside: flags.setAside });
    if (flags.out) {
      const json = documentJson(result.doc, { suggestions: result.pending });
      const written = await writeOutputs(result.doc, flags, { json, unreviewedByArticle: result.unreviewedByArticle });
      process.stdout.write(`Wrote:\n${written.map((f) => `  ${f}`).join('\n')}\n`);
    } else if (flags.output) await writeFile(flags.output, result.output);
    else process.stdout.write(result.output);
    process.stderr.write(`${result.summary}\n`);
  });
}
