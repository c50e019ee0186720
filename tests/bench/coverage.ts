/**
 * Coverage bench: the share of each article's ink that recognised lines cover (lib/plan/coverage.ts), on
 * the fixture pages as rendered and as a downscaled JPEG q30, next to the article's CER; and the same
 * articles with one block lost (the lines of its largest text part dropped, as when a part fails or is
 * never read). COVERAGE_WARNING (lib/model/coverage.ts) must sit between the two distributions.
 * Then the confident coverage (ink counted by how sure OCR was of its characters) with both engines, on the
 * realistic pages and the fixture pages (as rendered and as JPEG q30): per article its character recall
 * (share of its truth characters found, any order), the ink coverage and the confident coverage. Every
 * article below 90 % recall must warn; articles at 95 % and above should not.
 * `--quick`: the first page only. Run: `npm run bench -- --only coverage`.
 */
import sharp from 'sharp';
import { decodeImage, nodeOcrPaths } from '../../cli/node-ocr';
import type { BBox } from '../../lib/model/document';
import { createNodeEngine } from '../../cli/node-ocr';
import { coverageProblem } from '../../lib/model/coverage';
import { createOcrEngine, type OcrEngineChoice } from '../../lib/ocr';
import { characterRecall } from '../support/cer';
import { realisticPages } from './realistic';
import { readPage } from '../../lib/pipeline';
import { ems } from '../../lib/layout';
import { planCoverage, planRegion } from '../../lib/plan';
import { cer } from '../support/cer';
import { fixturePages, type BenchPage } from '../layout/support/fixture-pages';
import { truthText } from '../layout/support/score';

export interface CoverageRow {
  page: string;
  article: string;
  coverage: number;
  cer: number;
  /** Coverage with the lines of the article's largest text part dropped. */
  oneBlockLost: number;
  /** Share of the article's truth characters in that part (about what was lost). */
  lostShare: number;
}

const centreIn = (b: BBox, box: BBox) => (b[0] + b[2]) / 2 >= box[0] && (b[0] + b[2]) / 2 <= box[2] && (b[1] + b[3]) / 2 >= box[1] && (b[1] + b[3]) / 2 <= box[3];
const area = (b: BBox) => (b[2] - b[0]) * (b[3] - b[1]);

async function jpegVariant(p: BenchPage): Promise<BenchPage> {
  const f = p.body >= 20 ? 15 / p.body : 0.7;
  const png = await sharp(p.png).resize(Math.round(p.width * f)).jpeg({ quality: 30 }).toBuffer();
  const scale = (v: number) => Math.round(v * f);
  const regions = p.regions.map((r) => ({ ...r, box: r.box.map(scale) as BBox, polygon: r.polygon.map(([x, y]) => [scale(x), scale(y)] as [number, number]) }));
  return { ...p, name: `${p.name} JPEG q30`, png, regions };
}

async function pageRows(p: BenchPage): Promise<CoverageRow[]> {
  const image = await decodeImage(p.png);
  const engine = createOcrEngine({ paths: await nodeOcrPaths(), workers: 2 });
  try {
    const { doc } = await readPage(engine, image, { meta: {}, image: null, regions: p.regions, adapter: 'bench', warnings: [] });
    return doc.articles.map((a) => {
      const region = p.regions.find((r) => r.id === a.regionId)!;
      const plan = planRegion(image, region);
      const lines = a.blocks.flatMap((b) => b.source?.lines ?? []);
      const largest = plan.parts.filter((x) => x.kind === 'text').sort((x, y) => area(y.box) - area(x.box))[0];
      const kept = lines.filter((l) => !centreIn(l.bbox, largest.box));
      const lostChars = lines.filter((l) => centreIn(l.bbox, largest.box)).reduce((n, l) => n + [...l.text].length, 0);
      const truth = p.truth.find((t) => t.id === a.regionId)!;
      const found = a.blocks.filter((b) => !b.setAside).map((b) => b.text).join('');
      return {
        page: p.name,
        article: a.id,
        coverage: a.ocrCoverage ?? 1,
        cer: Math.round(cer(truthText(truth), found) * 1000) / 1000,
        // Photo parts whose text was body text are not known here; fixture photos hold none.
        oneBlockLost: planCoverage(plan, kept.map((l) => ({ bbox: l.bbox, ems: ems(l.text) })), []),
        lostShare: Math.round((lostChars / Math.max(1, [...truthText(truth)].length)) * 100) / 100,
      };
    });
  } finally {
    await engine.terminate();
  }
}

export interface ConfidentRow {
  page: string;
  engine: OcrEngineChoice;
  article: string;
  recall: number;
  coverage: number;
  confident: number;
  /** The warning the article gets: 'unread', 'unsure' or none. */
  warning: string;
}

async function confidentRows(p: BenchPage, engineName: OcrEngineChoice): Promise<ConfidentRow[]> {
  const image = await decodeImage(p.png);
  const engine = await createNodeEngine(engineName, { workers: 2 });
  try {
    const { doc } = await readPage(engine, image, { meta: {}, image: null, regions: p.regions, adapter: 'bench', warnings: [] });
    return doc.articles.map((a) => ({
      page: p.name,
      engine: engineName,
      article: a.id,
      recall: Math.round(characterRecall(truthText(p.truth.find((t) => t.id === a.regionId)!), a.blocks.map((b) => b.text).join('')) * 1000) / 1000,
      coverage: a.ocrCoverage ?? 1,
      confident: a.ocrConfidentCoverage ?? 1,
      warning: coverageProblem(a) ?? '',
    }));
  } finally {
    await engine.terminate();
  }
}

export async function benchCoverage(opts: { quick: boolean }): Promise<{ lost: CoverageRow[]; confident: ConfidentRow[] }> {
  const pages = fixturePages().slice(0, opts.quick ? 1 : undefined);
  const rows: CoverageRow[] = [];
  for (const p of pages) for (const v of [p, await jpegVariant(p)]) rows.push(...(await pageRows(v)));
  console.log('page | article | coverage | CER | one block lost → coverage | share lost');
  for (const r of rows) console.log(`${r.page} | ${r.article} | ${r.coverage} | ${r.cer} | ${r.oneBlockLost} | ${r.lostShare}`);
  const variants = [...realisticPages().slice(0, opts.quick ? 1 : undefined)];
  for (const p of pages) variants.push(p, await jpegVariant(p));
  const confident: ConfidentRow[] = [];
  console.log('\npage | engine | article | recall | coverage | confident coverage | warning');
  for (const v of variants) {
    for (const engine of ['tesseract', 'paddle'] as const) {
      for (const r of await confidentRows(v, engine)) {
        confident.push(r);
        console.log(`${r.page} | ${r.engine} | ${r.article} | ${r.recall} | ${r.coverage} | ${r.confident} | ${r.warning}`);
      }
    }
  }
  const missed = confident.filter((r) => r.recall < 0.9 && !r.warning);
  const falseAlarms = confident.filter((r) => r.recall >= 0.95 && r.warning);
  console.log(`below 90 % recall without a warning: ${missed.length} of ${confident.filter((r) => r.recall < 0.9).length}; at 95 % and above with one: ${falseAlarms.length} of ${confident.filter((r) => r.recall >= 0.95).length}`);
  return { lost: rows, confident };
}
