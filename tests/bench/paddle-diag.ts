/**
 * Where an engine's errors on a page come from: every OCR line (page pixels, from each job's result) is
 * matched against the truth's rendered lines (truth.json keeps each line's box) by overlap, and each
 * connected group of truth lines ↔ OCR lines is classed:
 * - `ok`/`recognition`: one truth line read as one OCR line (or as pieces side by side): errors are misreadings;
 * - `merged-lines`: one OCR line over truth lines stacked one above the other (two lines read as one);
 * - `merged-gutter`: one OCR line over truth lines side by side (across a column gutter);
 * - `split-line`: one truth line cut into OCR lines stacked one above the other (cut mid-glyph);
 * - `missing`: truth lines no OCR line touches; `extra`: OCR lines over no truth line (noise, photos:
 *   `photo-text` when it lies on a truth photo text).
 * Errors per class are the edit distance of the group's truth text against its OCR text (both in reading
 * order of their boxes); what the page CER counts beyond their sum is reading order.
 * Run: `node bin/run-ts.mjs tests/bench/paddle-diag.ts PAGE [realistic|rendered|jpeg] [paddle|tesseract] [--show]`
 * (`--show` prints every group with errors, truth against OCR).
 */
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import sharp from 'sharp';
import { createNodeEngine, decodeImage } from '../../cli/node-ocr';
import { nodePaddleEngine } from '../../cli/paddle-model';
import type { BBox } from '../../lib/model/document';
import type { OcrEngine, RegionOcr } from '../../lib/ocr';
import { readPage } from '../../lib/pipeline';
import { cerDetail } from '../support/cer';
import { FIXTURE_PAGES_DIR, loadTruth, REALISTIC_PAGES_DIR } from '../support/truth';
import { fixturePages, type BenchPage } from '../layout/support/fixture-pages';
import { pageCer, truthText } from '../layout/support/score';
import { resized } from './ocr';
import { realisticPages } from './realistic';

type Kind = 'realistic' | 'rendered' | 'jpeg';
interface Line { text: string; bbox: BBox; part?: number }
type GroupClass = 'ok' | 'recognition' | 'merged-lines' | 'merged-gutter' | 'split-line' | 'missing' | 'extra' | 'photo-text';
interface Group { cls: GroupClass; truth: Line[]; ocr: Line[]; errors: number; chars: number }

const area = (b: BBox) => Math.max(0, b[2] - b[0]) * Math.max(0, b[3] - b[1]);
const inter = (a: BBox, b: BBox): BBox => [Math.max(a[0], b[0]), Math.max(a[1], b[1]), Math.min(a[2], b[2]), Math.min(a[3], b[3])];
const vOverlap = (a: BBox, b: BBox) => Math.max(0, Math.min(a[3], b[3]) - Math.max(a[1], b[1]));
/** Lines in reading order within a group: top to bottom by row (boxes whose centres share a row), left to right. */
const ordered = (ls: Line[]) =>
  [...ls].sort((a, b) => {
    const h = Math.min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1]);
    return Math.abs(a.bbox[1] - b.bbox[1]) < h * 0.5 ? a.bbox[0] - b.bbox[0] : a.bbox[1] - b.bbox[1];
  });
const text = (ls: Line[]) => ordered(ls).map((l) => l.text).join('');

/** The edit operations of an optimal alignment: deleted truth characters, inserted ones, substitutions. */
function edits(truth: string, ocr: string): { del: string[]; ins: string[]; sub: string[] } {
  const a = [...truth.replace(/\s+/g, '')];
  const b = [...ocr.replace(/\s+/g, '')];
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) for (let j = 1; j <= b.length; j += 1) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  const out = { del: [] as string[], ins: [] as string[], sub: [] as string[] };
  for (let i = a.length, j = b.length; i > 0 || j > 0; ) {
    if (i > 0 && j > 0 && d[i][j] === d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)) {
      if (a[i - 1] !== b[j - 1]) out.sub.push(`${a[i - 1]}→${b[j - 1]}`);
      i -= 1;
      j -= 1;
    } else if (i > 0 && d[i][j] === d[i - 1][j] + 1) out.del.push(a[(i -= 1)]);
    else out.ins.push(b[(j -= 1)]);
  }
  return out;
}

const tally = (xs: string[]) => [...xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]).slice(0, 15).map(([x, n]) => `${x}×${n}`).join(' ');

/** Does `o` cover a real share of `t`? (a third of the truth line's area, or most of the OCR line's) */
function touches(t: BBox, o: BBox): boolean {
  const i = area(inter(t, o));
  return i > 0.3 * area(t) || i > 0.5 * area(o);
}

function classify(truth: Line[], ocr: Line[], photoTexts: BBox[]): Group[] {
  const n = truth.length;
  const parent = [...Array(n + ocr.length).keys()];
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  truth.forEach((t, i) => ocr.forEach((o, j) => touches(t.bbox, o.bbox) && (parent[find(i)] = find(n + j))));
  const groups = new Map<number, { truth: Line[]; ocr: Line[] }>();
  for (let i = 0; i < n + ocr.length; i += 1) {
    const g = groups.get(find(i)) ?? { truth: [], ocr: [] };
    if (i < n) g.truth.push(truth[i]);
    else g.ocr.push(ocr[i - n]);
    groups.set(find(i), g);
  }
  return [...groups.values()].map(({ truth: t, ocr: o }) => {
    const d = cerDetail(text(t), text(o));
    let cls: GroupClass;
    if (!o.length) cls = 'missing';
    else if (!t.length) cls = photoTexts.some((p) => o.some((l) => area(inter(p, l.bbox)) > 0.5 * area(l.bbox))) ? 'photo-text' : 'extra';
    else if (t.length > 1 && o.some((l) => t.filter((x) => touches(x.bbox, l.bbox)).some((x, _, xs) => xs.some((y) => vOverlap(x.bbox, y.bbox) < 0.5 * (x.bbox[3] - x.bbox[1])))))
      cls = 'merged-lines';
    else if (t.length > 1 && o.some((l) => t.filter((x) => touches(x.bbox, l.bbox)).length > 1)) cls = 'merged-gutter';
    else if (o.length > 1 && o.some((a) => o.some((b) => a !== b && vOverlap(a.bbox, b.bbox) < 0.5 * Math.min(a.bbox[3] - a.bbox[1], b.bbox[3] - b.bbox[1])))) cls = 'split-line';
    else cls = d.errors ? 'recognition' : 'ok';
    return { cls, truth: t, ocr: o, errors: d.errors + (t.length ? 0 : [...text(o).replace(/\s+/g, '')].length), chars: d.truthLength };
  });
}

/** Every line of a job's result with its part. */
const ocrLines = (r: RegionOcr, part?: number): Line[] =>
  [...r.blocks, ...(r.photoText ?? []).flatMap((p) => p.blocks)].flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map((l) => ({ text: l.text, bbox: l.bbox, part }))));

async function variant(page: BenchPage, kind: Kind): Promise<[BenchPage, number]> {
  if (kind === 'realistic' || kind === 'rendered') return [page, 1];
  const f = page.body >= 20 ? 15 / page.body : 0.7;
  const lo = await resized(page, f);
  return [{ ...lo, png: await sharp(lo.png).jpeg({ quality: 30 }).toBuffer() }, lo.width / page.width];
}

async function main() {
  const [name, kind = 'realistic', engineName = 'paddle'] = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--') && all[i - 1] !== '--region');
  const show = process.argv.includes('--show');
  // `--region ID`: read that region only, and print its OCR lines as the layout gets them.
  const only = process.argv.includes('--region') ? process.argv[process.argv.indexOf('--region') + 1] : undefined;
  const root = kind === 'realistic' ? REALISTIC_PAGES_DIR : FIXTURE_PAGES_DIR;
  const page0 = (kind === 'realistic' ? realisticPages() : fixturePages()).find((p) => p.name === name);
  if (!page0) throw new Error(`no page ${name}`);
  const [page, f] = await variant(page0, kind as Kind);
  const truthPage = loadTruth(join(root, name));
  const image = await decodeImage(page.png);
  const engine: OcrEngine = engineName === 'tesseract' ? await createNodeEngine('tesseract', { workers: 2 }) : nodePaddleEngine('node', 2);
  const jobs = new Map<string, Line[]>();
  const inner = engine.recognizeRegion.bind(engine);
  engine.recognizeRegion = async (job, onProgress) => {
    const r = await inner(job, onProgress);
    jobs.set(job.regionId, [...(jobs.get(job.regionId) ?? []), ...ocrLines(r, job.partId)]);
    return r;
  };
  const t0 = performance.now();
  const { doc } = await readPage(engine, image, { meta: {}, image: null, regions: page.regions.filter((r) => !only || r.id === only), adapter: 'bench', warnings: [] }, {});
  const seconds = (performance.now() - t0) / 1000;
  await engine.terminate();
  const sc = (b: BBox): BBox => [b[0] * f, b[1] * f, b[2] * f, b[3] * f];
  const totals = new Map<GroupClass, { groups: number; errors: number; truthLines: number }>();
  const ops = { del: [] as string[], ins: [] as string[], sub: [] as string[] };
  let sumErrors = 0;
  let truthChars = 0;
  if (only) for (const l of jobs.get(only) ?? []) console.log(`  line p${l.part} [${l.bbox.join(',')}] ${l.text}`);
  for (const a of truthPage.articles.filter((x) => !only || x.id === only)) {
    const truth = a.blocks.flatMap((b) => b.lines.map((l) => ({ text: l.text, bbox: sc(l.bbox) })));
    const groups = classify(truth, jobs.get(a.id) ?? [], (a.photoTexts ?? []).map((p) => sc(p.bbox)));
    const ours = doc.articles.find((x) => x.regionId === a.id)?.blocks.map((b) => b.text).join('') ?? '';
    const art = cerDetail(page.truth.find((t) => t.id === a.id)!.readingText ?? '', ours);
    const lineErrors = groups.reduce((s, g) => s + g.errors, 0);
    truthChars += art.truthLength;
    sumErrors += art.errors;
    console.log(`${a.id}: ${art.truthLength} chars, article CER ${(art.cer * 100).toFixed(1)} % (${art.errors} errors; ${lineErrors} in line groups)`);
    if (show && art.errors > lineErrors + 10) console.log(`  order: truth ${page.truth.find((t) => t.id === a.id)!.readingText}\n         ours  ${ours}`);
    for (const g of groups) {
      const t = totals.get(g.cls) ?? { groups: 0, errors: 0, truthLines: 0 };
      t.groups += 1;
      t.errors += g.errors;
      t.truthLines += g.truth.length;
      totals.set(g.cls, t);
      if (g.cls === 'recognition') {
        const e = edits(text(g.truth), text(g.ocr));
        ops.del.push(...e.del);
        ops.ins.push(...e.ins);
        ops.sub.push(...e.sub);
      }
      if (show && g.errors) {
        const box = (ls: Line[]) => ls.map((l) => `[${l.bbox.map(Math.round).join(',')}]${l.part !== undefined ? `p${l.part}` : ''}`).join(' ');
        console.log(`  ${g.cls} (${g.errors} errors)\n    truth ${box(g.truth)} ${text(g.truth)}\n    ocr   ${box(g.ocr)} ${text(g.ocr)}`);
      }
    }
  }
  const cer = pageCer(page.truth, doc.articles.flatMap((x) => x.blocks.map((b) => b.text)).join(''));
  console.log(`\n${page.name} (${kind}, ${engineName}): page CER ${(cer * 100).toFixed(1)} %, articles ${sumErrors} errors / ${truthChars} chars, ${seconds.toFixed(1)} s`);
  console.log(`  recognition: ${ops.del.length} dropped (${tally(ops.del)}), ${ops.ins.length} inserted (${tally(ops.ins)}), ${ops.sub.length} substituted (${tally(ops.sub)})`);
  for (const [cls, t] of [...totals].sort((a, b) => b[1].errors - a[1].errors)) console.log(`  ${cls.padEnd(14)} groups ${String(t.groups).padStart(4)}  truth lines ${String(t.truthLines).padStart(4)}  errors ${t.errors}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
