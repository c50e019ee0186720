/**
 * `--out DIR [--per article|page|both] [--zip] [--json] [--images] [--template T]` for the commands that produce a
 * document (ocr, clean): writes the same files the extension's export dialog does, through lib/export.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { exportFiles, pageFileBase, zipFiles, type ExportPer } from '../lib/export';
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
  images?: boolean;
}

export function addOutputOptions(cmd: Command): Command {
  return cmd
    .option('--out <dir>', 'write Markdown files into DIR (instead of printing)')
    .addOption(new Option('--per <what>', 'one file per article, per page, or both').choices(['article', 'page', 'both']).default('article'))
    .option('--zip', 'write one zip of the page (article files, page file, JSON) into DIR')
    .option('--json', 'also write the document JSON')
    .option('--template <t>', 'article file-name template, e.g. "{date}-{newspaper}-{page}-{title}"')
    .option('--set-aside', 'also write set-aside text (furniture, labels, removed duplicates) as comments')
    .option('--images', "also write each article's part of the page image as images/<article file>.png (ocr only)");
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
    unreviewedByArticle: extra.unreviewedByArticle,
    json: flags.json || flags.zip ? extra.json : undefined,
    pageImage: flags.images ? extra.pageImage : undefined,
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
