/**
 * Big-page memory bench: a 12000×16000 page image (made here with sharp from an SVG: a headline and two
 * columns of Chinese text in Noto Sans CJK, large type as a high-resolution scan has, a photo) read by the CLI (`epaper-md ocr`, a child process),
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

/** Body text of the generated page (written for this bench). */
const SENTENCES = [
  '本市今年新建街心公园十二处，市民出门步行十分钟就能走进绿地。',
  '老城区的雨污分流工程进入收尾阶段，汛期前将全部完工。',
  '图书馆延长了周末开放时间，自习区座位增加到四百个。',
  '社区食堂推出老年人优惠套餐，每天中午供应两荤两素。',
];

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** SVG of a page: a headline, two columns of Chinese body text at `size` px (a high-resolution scan's type), and a photo. */
function pageSvg(width: number, height: number, size: number): string {
  const parts: string[] = [];
  const colWidth = Math.floor((width - 3 * size) / 2);
  const perLine = Math.floor(colWidth / size);
  const text = SENTENCES.join('').repeat(8);
  parts.push(`<text x="${size}" y="${size * 3}" font-size="${size * 2}" font-weight="bold">城市更新让生活更方便</text>`);
  let at = 0;
  for (let c = 0; c < 2; c += 1) {
    const x = size + c * (colWidth + size);
    // Few lines on purpose: the bench measures memory, and each line costs OCR time.
    for (let row = 0; row < 8; row += 1) {
      const y = size * 5 + row * Math.round(size * 1.5);
      parts.push(`<text x="${x}" y="${y}" font-size="${size}">${escapeXml(text.slice(at, at + perLine))}</text>`);
      at += perLine;
    }
  }
  parts.push(`<rect x="${size}" y="${Math.round(height * 0.5)}" width="${Math.round(width * 0.4)}" height="${Math.round(height * 0.3)}" fill="#777"/>`);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f4f1ea"/><g fill="#222" font-family="Noto Sans CJK SC">${parts.join('')}</g></svg>`;
}

/** The generated page image as a JPEG file in `dir` (made once, then reused). */
export async function makeBigPage(dir: string, width: number, height: number): Promise<string> {
  const file = join(dir, `big-page-text-${width}x${height}.jpg`);
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
  const page = await makeBigPage(dir, width, height);
  const out = join(dir, 'big-page.json');
  const cli = ['bin/epaper-md.mjs', 'ocr', page, '--format', 'json', '-o', out, '--apply', 'none'];
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
