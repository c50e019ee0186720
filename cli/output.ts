/**
 * `--out DIR [--per article|page|both] [--zip] [--json] [--images] [--cite csl,ris] [--template T]` for the commands that produce a
 * document (ocr, clean): writes the same files the extension's export dialog does, through lib/export.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { CITE_FILES, exportFiles, pageFileBase, zipFiles, type CiteFormat, type ExportPer } from '../lib/export';
import type { Raster } from '../lib/image';
import type { EpaperDocument } from '../lib/model';
import { UsageError } from './errors';

export interface OutputFlags {
  out?: string;
  per: ExportPer;
  zip?: boolean;
  json?: boolean;
  template?: string;
  setAside?: boolean;
  markUncertain?: boolean;
  images?: boolean;
  cite?: CiteFormat[];
}

/** `--cite csl,ris` → ['csl', 'ris']; a wrong name is a usage error that lists the right ones. */
export function parseCite(value: string): CiteFormat[] {
  const formats = value.split(',').map((f) => f.trim());
  const bad = formats.filter((f) => !(f in CITE_FILES));
  if (bad.length || !value.trim()) throw new UsageError(`--cite takes ${Object.keys(CITE_FILES).join(', ')} separated by commas (e.g. csl,ris), got "${value}"`);
  return [...new Set(formats)] as CiteFormat[];
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--out <dir>', 'write Markdown files into DIR (instead of printing)')
    .addOption(new Option('--per <what>', 'one file per article, per page, or both').choices(['article', 'page', 'both']).default('article'))
    .option('--zip', 'write one zip of the page (article files, page file, JSON) into DIR')
    .option('--json', 'also write the document JSON')
    .option('--template <t>', 'article file-name template, e.g. "{date}-{newspaper}-{page}-{title}"')
    .option('--set-aside', 'also write set-aside text (furniture, labels, removed duplicates) as comments (in every Markdown output)')
    .option('--mark-uncertain', 'highlight the words OCR was unsure of as ==…== in the Markdown')
    .option('--cite <formats>', 'also write the citations, one record per article: csl (CSL-JSON for Zotero), ris, or csl,ris', parseCite)
    .option('--images', "also write each article's part of the page image as images/<article file>.png (ocr only)");
}

/**
 * Flags that only shape the files of `--out DIR` are refused without it, instead of being ignored
 * silently. (`--set-aside` and `--mark-uncertain` also apply to the Markdown on stdout or in -o FILE.)
 */
export function checkOutputFlags(flags: Partial<OutputFlags>): void {
  if (flags.out) return;
  const only: [keyof OutputFlags, string][] = [['zip', '--zip'], ['json', '--json (for JSON on stdout use --format json)'], ['template', '--template'], ['cite', '--cite'], ['images', '--images']];
  const used = only.filter(([key]) => flags[key] !== undefined && flags[key] !== false).map(([, flag]) => flag);
  if (used.length) throw new UsageError(`${used.join(', ')} ${used.length > 1 ? 'write' : 'writes'} export files: use ${used.length > 1 ? 'them' : 'it'} with --out DIR`);
}

/** Writes the export files (or a zip) under `flags.out`; returns the paths written. */
export async function writeOutputs(
  doc: EpaperDocument,
  flags: OutputFlags,
  extra: { json: string; unreviewedByArticle?: Record<string, number>; pageImage?: Raster },
): Promise<string[]> {
  if (flags.images && !extra.pageImage) throw new UsageError('--images needs the page image, which only `epaper-md ocr` reads');
  const dir = resolve(flags.out!);
  const files = exportFiles(doc, {
    per: flags.per,
    articleTemplate: flags.template,
    includeSetAside: flags.setAside,
    markUncertain: flags.markUncertain,
    unreviewedByArticle: extra.unreviewedByArticle,
    json: flags.json || flags.zip ? extra.json : undefined,
    pageImage: flags.images ? extra.pageImage : undefined,
    cite: flags.cite,
  });
  if (flags.zip) {
    const path = join(dir, `${pageFileBase(doc)}.zip`);
    await mkdir(dir, { recursive: true });
    await writeFile(path, zipFiles(files));
    return [path];
  }
  const written: string[] = [];
  for (const f of files) {
    const path = join(dir, f.path);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, f.content);
    written.push(path);
  }
  return written;
}
