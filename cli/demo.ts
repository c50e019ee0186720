/**
 * `epaper-md demo [--out DIR]`: OCRs the page bundled in assets/demo/ (a saved e-paper page, or an image)
 * and writes Markdown + JSON into ./epaper-md-demo/, so a new user sees the whole pipeline in one command:
 * OCR, then the repair engine (`--apply`, default safe).
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option, type Command } from 'commander';
import type { OcrEngineChoice } from '../lib/ocr';
import { ENGINE_OPTION, ocrPageToDocument, repairReport } from './ocr';
import { APPLY_HELP, APPLY_LEVELS, renderRepaired, repairStep, type ApplyLevel } from './repair-step';

export const DEMO_ASSETS = fileURLToPath(new URL('../assets/demo/', import.meta.url));

const PAGE_PREFERENCE = ['.html', '.htm', '.png', '.jpg', '.jpeg', '.webp'];

/** The demo page: a saved HTML page first (it has the hotspots), else the first image. */
export async function findDemoPage(dir: string): Promise<string> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const ext of PAGE_PREFERENCE) {
    const name = names.sort().find((n) => extname(n).toLowerCase() === ext);
    if (name) return join(dir, name);
  }
  throw new Error(`no demo page in ${dir} (expected an .html page or an image)`);
}

export async function runDemo(
  options: { assetsDir?: string; outDir?: string; workers?: number; apply?: ApplyLevel; engine?: OcrEngineChoice; log?: (line: string) => void } = {},
): Promise<string[]> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const page = await findDemoPage(options.assetsDir ?? DEMO_ASSETS);
  log(`demo page: ${page}`);
  const { doc, failures } = await ocrPageToDocument(page, { workers: String(options.workers ?? 2), scale: 'auto', engine: options.engine }, log);
  const outDir = resolve(options.outDir ?? 'epaper-md-demo');
  await mkdir(outDir, { recursive: true });
  const files = [join(outDir, 'demo.md'), join(outDir, 'demo.json')];
  const level = options.apply ?? 'safe';
  const step = repairStep(doc, level);
  await writeFile(files[0], renderRepaired(step, 'md'));
  await writeFile(files[1], renderRepaired(step, 'json'));
  log(repairReport(step, level).trimEnd());
  if (failures.length) log(`warning: ${failures.length} region(s) failed: ${failures.map((f) => f.message).join('; ')}`);
  return files;
}

export function registerDemo(program: Command): void {
  program
    .command('demo')
    .description('OCR the bundled demo page and write Markdown into ./epaper-md-demo/')
    .option('--out <dir>', 'output folder', 'epaper-md-demo')
    .addOption(new Option('--apply <level>', APPLY_HELP).choices([...APPLY_LEVELS]).default('safe'))
    .addOption(ENGINE_OPTION())
    .action(async (flags: { out: string; apply: ApplyLevel; engine: OcrEngineChoice }) => {
      const files = await runDemo({ outDir: flags.out, apply: flags.apply, engine: flags.engine });
      process.stdout.write(`Wrote:\n${files.map((f) => `  ${f}`).join('\n')}\n`);
    });
}
