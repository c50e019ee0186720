/**
 * The native tesseract CLI for comparisons: once with the very same best_int models tesseract.js uses
 * (gunzipped into a temp folder) and the same parameters, and once plain (system models, defaults).
 * Single-threaded (OMP_THREAD_LIMIT=1) so its time compares with one tesseract.js worker.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
export const TESSERACT = '/usr/bin/tesseract';

/** A folder with chi_sim and eng best_int traineddata, unpacked from @tesseract.js-data. */
export async function bestIntTessdata(): Promise<string> {
  const dir = join(tmpdir(), 'epaper-md-native-best-int');
  await mkdir(dir, { recursive: true });
  for (const lang of ['chi_sim', 'eng']) {
    const pkg = dirname(require.resolve(`@tesseract.js-data/${lang}/package.json`));
    const gz = await readFile(join(pkg, '4.0.0_best_int', `${lang}.traineddata.gz`));
    await writeFile(join(dir, `${lang}.traineddata`), gunzipSync(gz));
  }
  return dir;
}

/** tesseract's `-c` flags and PSM from a tesseract.js parameter map. */
export function cliArgs(parameters: Record<string, string>): string[] {
  const args: string[] = [];
  for (const [key, value] of Object.entries(parameters)) {
    if (key === 'tessedit_pageseg_mode') args.push('--psm', value);
    else args.push('-c', `${key}=${value}`);
  }
  return args;
}

/** Recognises PNG crops in one process (a list file: models load once), returns text and seconds. */
export async function nativeOnCrops(pngs: Uint8Array[], tessdata: string, parameters: Record<string, string>): Promise<{ text: string; seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'epaper-md-crops-'));
  const files = await Promise.all(pngs.map(async (png, i) => {
    const file = join(dir, `crop${i}.png`);
    await writeFile(file, png);
    return file;
  }));
  await writeFile(join(dir, 'list.txt'), files.join('\n') + '\n');
  const t0 = performance.now();
  const { stdout } = await run(TESSERACT, [join(dir, 'list.txt'), 'stdout', '--tessdata-dir', tessdata, '-l', 'chi_sim+eng', '--oem', '1', ...cliArgs(parameters)], {
    env: { ...process.env, OMP_THREAD_LIMIT: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { text: stdout, seconds: (performance.now() - t0) / 1000 };
}

/** Plain `tesseract page.png stdout -l chi_sim+eng`: system models, default settings (PSM 3). */
export async function plainCliOnPage(png: Uint8Array): Promise<{ text: string; seconds: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'epaper-md-page-'));
  const file = join(dir, 'page.png');
  await writeFile(file, png);
  const t0 = performance.now();
  const { stdout } = await run(TESSERACT, [file, 'stdout', '-l', 'chi_sim+eng'], { env: { ...process.env, OMP_THREAD_LIMIT: '1' }, maxBuffer: 64 * 1024 * 1024 });
  return { text: stdout, seconds: (performance.now() - t0) / 1000 };
}
