/**
 * Big-page memory bench: a 12000×16000 page image (made here with sharp: text-like glyph rows in columns,
 * large type as a high-resolution scan has, a photo) read by the CLI (`epaper-md ocr`, a child process),
 * its peak resident memory taken from /usr/bin/time -v (GNU time; the bench needs it). The budget is
 * MEMORY_BUDGET_MB.
 * Run: `npm run bench -- --only bigpage` (`--quick`: 6000×8000).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';

/** Peak RSS the CLI may use on a big page (issue 17: ≤ 1 GB). */
export const MEMORY_BUDGET_MB = 1024;

export interface BigPageResult {
  width: number;
  height: number;
  peakRssMb: number;
  seconds: number;
  budgetMb: number;
  articles: number;
  characters: number;
}

/** SVG of a page: two columns of glyph rows (squares standing for characters) at `size` px, and a photo. */
function pageSvg(width: number, height: number, size: number): string {
  const rects: string[] = [];
  const colWidth = Math.floor((width - 3 * size) / 2);
  for (let c = 0; c < 2; c += 1) {
    const x0 = size + c * (colWidth + size);
    // Few lines on purpose: the bench measures memory, and each line costs OCR time.
    for (let row = 0; row < 6; row += 1) {
      const y = size * 2 + row * Math.round(size * 1.5);
      for (let x = x0; x + size <= x0 + colWidth; x += size) rects.push(`<rect x="${x + size * 0.1}" y="${y}" width="${size * 0.8}" height="${size * 0.8}"/>`);
    }
  }
  rects.push(`<rect x="${size}" y="${Math.round(height * 0.5)}" width="${Math.round(width * 0.4)}" height="${Math.round(height * 0.3)}" fill="#777"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/><g fill="#222">${rects.join('')}</g></svg>`;
}

async function makePage(dir: string, width: number, height: number): Promise<string> {
  const file = join(dir, `big-page-${width}x${height}.jpg`);
  if (existsSync(file)) return file;
  const size = Math.round(width / 130);
  await sharp(Buffer.from(pageSvg(width, height, size)), { limitInputPixels: false, unlimited: true }).jpeg({ quality: 80 }).toFile(file);
  return file;
}

const run = promisify(execFile);

export async function benchBigPage(opts: { quick: boolean }): Promise<BigPageResult> {
  const [width, height] = opts.quick ? [6000, 8000] : [12000, 16000];
  const dir = '.bench';
  await mkdir(dir, { recursive: true });
  const page = await makePage(dir, width, height);
  const out = join(dir, 'big-page.json');
  const cli = ['bin/run-ts.mjs', 'cli/main.ts', 'ocr', page, '--format', 'json', '-o', out, '--apply', 'none'];
  const t0 = performance.now();
  if (!existsSync('/usr/bin/time')) throw new Error('the big-page bench needs GNU time at /usr/bin/time (Debian package "time")');
  const { stderr } = await run('/usr/bin/time', ['-v', process.execPath, ...cli], { maxBuffer: 1 << 24 });
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  const doc = JSON.parse(await readFile(out, 'utf8')) as { articles: { blocks: { text: string }[] }[] };
  const result: BigPageResult = {
    width,
    height,
    peakRssMb: Math.round(kb / 1024),
    seconds,
    budgetMb: MEMORY_BUDGET_MB,
    articles: doc.articles.length,
    characters: doc.articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + [...b.text].length, 0), 0),
  };
  console.log(`${width}×${height}: peak RSS ${result.peakRssMb} MB (budget ${MEMORY_BUDGET_MB} MB), ${seconds} s, ${result.characters} characters`);
  await writeFile(join(dir, 'big-page-result.json'), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
