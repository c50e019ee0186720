/**
 * Builds the pasted-page corpus (tests/repair/corpus): the project's own fixture pages
 * (tests/fixtures/pages, fictional news rendered from tests/fixtures/specs) turned into the text users
 * really paste into `clean` or the panel — the output of other OCR tools and hand-typed text — each with
 * the structure it should repair to (`NAME.expected.json`, from the same truth; reviewed by hand).
 *
 * - `tess-crops`: the tesseract CLI (PSM 3) on each article's crop, pasted one after another with a
 *   blank line between crops: raw line breaks, no headings.
 * - `tess-page-psm3` / `tess-page-psm6`: the tesseract CLI on the whole page image.
 * - `paddle-lines`: PaddleOCR style, one text line per line, no blank lines, ■ read as a look-alike.
 * - `umi-paragraphs`: Umi-OCR style merged paragraphs, one per line; the byline merged into the lead.
 * - `epaper-md`: this project's own OCR (`epaper-md ocr` on the saved page) as Markdown.
 * - `hand-typed`: typed from the page with the defects of docs (half-width punctuation, spaces between
 *   Han characters, a sentence split over a blank line, a caption with its credit inside the body,
 *   jump line and running head).
 * - pages of `specs/` (fixture specs of this corpus only, made-up news written for a layout the fixture pages
 *   lack: a column empty in the middle of a row, articles of unequal width side by side): rendered like the
 *   fixture pages (tests/fixtures/render.ts, Debian Chromium) and read by the tesseract CLI on the whole
 *   page, PSM 6 (`NAME.tess-page-psm6`).
 * Run: `node bin/run-ts.mjs tests/repair/corpus/make.ts [--no-ocr | --specs]` (needs `tesseract` with chi_sim;
 * `--no-ocr` rebuilds only the synthetic outputs, `--specs` only the pages of `specs/`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { fixturePageDir, loadTruth, type TruthArticle, type TruthPage } from '../../support/truth';
import { TESSERACT } from '../../layout/support/native-tesseract';
import type { GoldenArticle } from './golden';
import { launchChromium, renderPage } from '../../fixtures/render';
import { parseSpec } from '../../fixtures/spec';

const OUT = fileURLToPath(new URL('.', import.meta.url));
/** What OCR reads the byline square as (issue 13: 国 硬 回 口 围 and the outline shapes). */
const MARKER_MISREADS = ['国', '硬', '回', '口', '围', '□', '▲'];

const of = (a: TruthArticle, role: string) => a.blocks.filter((b) => b.role === role).map((b) => b.text.trim());

function golden(page: TruthPage, caption: (a: TruthArticle, c: string) => string = (_a, c) => c): GoldenArticle[] {
  return page.articles.map((a) => ({
    kicker: of(a, 'kicker')[0] ?? of(a, 'label')[0] ?? null,
    headline: of(a, 'headline')[0] ?? null,
    subtitle: of(a, 'subtitle')[0] ?? null,
    byline: of(a, 'byline')[0] ?? null,
    captions: of(a, 'caption').map((c) => caption(a, c)),
    paragraphs: of(a, 'paragraph'),
  }));
}

const misread = (byline: string, i: number) => byline.replace(/^■/u, MARKER_MISREADS[i % MARKER_MISREADS.length]);

function tesseract(png: Buffer, psm: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'epaper-md-corpus-'));
  const file = join(dir, 'in.png');
  writeFileSync(file, png);
  return execFileSync(TESSERACT, [file, 'stdout', '-l', 'chi_sim', '--psm', String(psm)], { encoding: 'utf8', env: { ...process.env, OMP_THREAD_LIMIT: '1' } });
}

async function pageImage(name: string, page: TruthPage): Promise<Buffer> {
  return sharp(join(fixturePageDir(name), page.files.image)).png().toBuffer();
}

async function tessCrops(name: string, page: TruthPage): Promise<string> {
  const image = await pageImage(name, page);
  const crops = [];
  for (const a of page.articles) {
    const [x0, y0, x1, y1] = a.box;
    const crop = await sharp(image).extract({ left: x0, top: y0, width: x1 - x0, height: y1 - y0 }).png().toBuffer();
    crops.push(tesseract(crop, 3).trim());
  }
  return `${crops.join('\n\n')}\n`;
}

function paddleLines(page: TruthPage): string {
  const lines = page.furniture.slice(0, 2).map((f) => f.text);
  page.articles.forEach((a, i) => {
    for (const b of a.blocks) for (const l of b.lines) lines.push(b.role === 'byline' ? misread(l.text, i) : l.text.trim());
  });
  return `${lines.filter(Boolean).join('\n')}\n`;
}

function umiParagraphs(page: TruthPage): string {
  const out: string[] = [];
  page.articles.forEach((a, i) => {
    const byline = of(a, 'byline')[0];
    let pendingByline = byline ? misread(byline, i).replace(/\s+/gu, '') : '';
    for (const b of a.blocks) {
      if (b.role === 'byline') continue;
      if (b.role === 'paragraph' && pendingByline) {
        out.push(pendingByline + b.text.trim());
        pendingByline = '';
      } else out.push(b.text.trim());
    }
    out.push('');
  });
  return `${out.join('\n').trim()}\n`;
}

/** A credit as papers print it under a photo, from the article's first reporter. */
const credit = (a: TruthArticle) => {
  const name = /(?:记者|通讯员)\s*(\p{Script=Han}{2,3})/u.exec(of(a, 'byline')[0] ?? '')?.[1] ?? '李文';
  return `记者 ${name} 摄`;
};
/** The caption as typed under the photo: `图为…`, with the credit when the paper printed none. */
const typedCaption = (a: TruthArticle, c: string) => {
  const text = c.replace(/\s+$/u, '');
  return `图为${text}${/摄$/u.test(text) ? '' : ` ${credit(a)}`}`;
};
const halfWidth = (t: string) => t.replace(/，/gu, ',').replace(/：/gu, ':');
const spaced = (t: string) => [...t].join(' ');

function handTyped(page: TruthPage): { text: string; expected: GoldenArticle[] } {
  const out: string[] = [page.furniture.find((f) => /星期/u.test(f.text))?.text ?? '', ''];
  page.articles.forEach((a, i) => {
    for (const b of a.blocks) {
      if (b.role === 'caption') continue;
      const text = b.text.trim();
      if (b.role === 'byline') out.push(misread(text, i + 1));
      else if (b.role === 'headline' && i % 2 === 1) out.push(spaced(text));
      else if (b.role === 'paragraph') out.push(i % 2 === 0 ? halfWidth(text) : text);
      else out.push(text);
      out.push('');
    }
    // The photo's caption, typed where the reader met it: after the first paragraph, with its credit.
    const caption = of(a, 'caption')[0];
    if (caption) {
      const at = out.lastIndexOf('');
      out.splice(at, 0, '', typedCaption(a, caption));
    }
    // The last paragraph broken mid-sentence over a blank line, as when typing from two columns.
    const last = out.length - 2;
    const p = out[last];
    const cut = p.indexOf('，', Math.floor(p.length / 2));
    if (cut > 0) out.splice(last, 1, p.slice(0, cut + 1), '', p.slice(cut + 1));
  });
  out.push('下转第6版', '');
  const expected = golden(page, typedCaption);
  return { text: `${out.join('\n').replace(/\n{3,}/gu, '\n\n').trim()}\n`, expected };
}

async function epaperMd(name: string, page: TruthPage): Promise<string> {
  const { ocrPageToDocument } = await import('../../../cli/ocr');
  const { pageToMarkdown } = await import('../../../lib/export');
  const { doc } = await ocrPageToDocument(join(fixturePageDir(name), page.files.html), { workers: '2', scale: 'auto', text: 'ocr' }, () => {});
  // The capture time and this machine's path would change the file on every run.
  return pageToMarkdown({ ...doc, meta: { ...doc.meta, url: page.servePaths.html, capturedAt: undefined } });
}

function write(name: string, ext: string, text: string, expected: GoldenArticle[]): void {
  writeFileSync(join(OUT, `${name}.${ext}`), text);
  writeFileSync(join(OUT, `${name}.expected.json`), `${JSON.stringify(expected, null, 2)}\n`);
  console.log(`wrote ${name}.${ext}`);
}

/** Each page of `specs/`: rendered, then tesseract PSM 6 on the whole page image. */
async function specPages(): Promise<void> {
  const dir = join(OUT, 'specs');
  const browser = await launchChromium();
  try {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
      const spec = parseSpec(JSON.parse(readFileSync(join(dir, file), 'utf8')), file);
      const { truth, jpeg } = await renderPage(browser, spec);
      write(`${spec.name}.tess-page-psm6`, 'txt', tesseract(await sharp(jpeg).png().toBuffer(), 6), golden(truth));
    }
  } finally {
    await browser.close();
  }
}

const noOcr = process.argv.includes('--no-ocr');
if (process.argv.includes('--specs')) {
  await specPages();
  process.exit(0);
}
const pages = Object.fromEntries(['jianglan-p03', 'linlan-p05', 'yunchuan-p02-large', 'dongchuan-pd-p01'].map((n) => [n, loadTruth(fixturePageDir(n))]));

write('jianglan-p03.paddle-lines', 'txt', paddleLines(pages['jianglan-p03']), golden(pages['jianglan-p03']));
write('dongchuan-pd-p01.paddle-lines', 'txt', paddleLines(pages['dongchuan-pd-p01']), golden(pages['dongchuan-pd-p01']));
write('linlan-p05.umi-paragraphs', 'txt', umiParagraphs(pages['linlan-p05']), golden(pages['linlan-p05']));
write('yunchuan-p02-large.umi-paragraphs', 'txt', umiParagraphs(pages['yunchuan-p02-large']), golden(pages['yunchuan-p02-large']));
for (const n of ['jianglan-p03', 'yunchuan-p02-large']) {
  const { text, expected } = handTyped(pages[n]);
  write(`${n}.hand-typed`, 'txt', text, expected);
}
if (!noOcr) {
  for (const n of ['jianglan-p03', 'linlan-p05']) write(`${n}.tess-crops`, 'txt', await tessCrops(n, pages[n]), golden(pages[n]));
  write('yunchuan-p02-large.tess-page-psm3', 'txt', tesseract(await pageImage('yunchuan-p02-large', pages['yunchuan-p02-large']), 3), golden(pages['yunchuan-p02-large']));
  write('dongchuan-pd-p01.tess-page-psm6', 'txt', tesseract(await pageImage('dongchuan-pd-p01', pages['dongchuan-pd-p01']), 6), golden(pages['dongchuan-pd-p01']));
  write('linlan-p05.epaper-md', 'md', await epaperMd('linlan-p05', pages['linlan-p05']), golden(pages['linlan-p05']));
  await specPages();
}
