/**
 * Real OCR in Node: tesseract.js with chi_sim+eng from node_modules on Chinese text rendered with Noto CJK,
 * measured against the text that was drawn.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, nodeOcrPaths, ocrPage } from '../../cli/node-ocr';
import type { Region } from '../../lib/detect/types';
import { prepareRegion, type Raster } from '../../lib/image';
import { createOcrEngine, OcrCancelledError, type OcrJob, type RegionOcr } from '../../lib/ocr';
import type { RegionFailure } from '../../lib/pipeline';
import { cer } from '../support/cer';
import { ARTICLE_A, ARTICLE_B, PAGE_SIZE, REGION_A, REGION_B, renderLines, twoArticleLines } from './render-text';

/** A whole hotspot as one job (tesseract's own layout, PSM 3), for the engine-level cases. */
function regionJob(image: Raster, region: Region): OcrJob {
  const { png, offset, scale, box } = prepareRegion(image, region);
  return { regionId: region.id, png, offset, scale, box };
}

describe('OCR of rendered Chinese articles (2 workers)', () => {
  let result: { regions: RegionOcr[]; failures: RegionFailure[] };
  let jobs: OcrJob[];
  beforeAll(async () => {
    const page = await decodeImage((await renderLines(PAGE_SIZE.width, PAGE_SIZE.height, twoArticleLines())).png);
    const read: RegionOcr[] = [];
    const detection = { meta: {}, image: null, regions: [REGION_A, REGION_B], adapter: 'test', warnings: [] };
    const { failures } = await ocrPage(page, detection, { workers: 2, engine: 'tesseract', onArticle: (_, __, region) => read.push(region) });
    result = { regions: ['a', 'b'].flatMap((id) => read.filter((r) => r.regionId === id)), failures };
    jobs = [REGION_A, REGION_B].map((r) => regionJob(page, r));
  });

  it('reads every region without failures', () => {
    expect(result.failures).toEqual([]);
    expect(result.regions.map((r) => r.regionId)).toEqual(['a', 'b']);
  });

  it.each([
    ['a', ARTICLE_A],
    ['b', ARTICLE_B],
  ])('region %s: character error rate under 3.5 percent, in reading order', (id, article) => {
    const region = result.regions.find((r) => r.regionId === id)!;
    const truth = [article.headline, ...article.body].join('');
    const rate = cer(truth, region.text);
    console.log(`CER region ${id}: ${(rate * 100).toFixed(1)} % in ${region.seconds} s`);
    // Measured 1.7 % (a) and 0 % (b); bound ×1.5 + 1 point.
    expect(rate).toBeLessThan(0.035);
  });

  it('keeps each article to its own region (no text from the neighbour)', () => {
    const a = result.regions[0].text;
    expect(a).not.toContain('图书馆');
    expect(result.regions[1].text).not.toContain('公园');
  });

  it('returns line boxes in page coordinates, inside their region', () => {
    for (const [region, box] of [[result.regions[0], REGION_A.box], [result.regions[1], REGION_B.box]] as const) {
      const lines = region.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));
      for (const l of lines) {
        expect(l.bbox[0]).toBeGreaterThanOrEqual(box[0]);
        expect(l.bbox[2]).toBeLessThanOrEqual(box[2]);
      }
      // The headline was drawn 34 px tall with its baseline at y = 60.
      expect(lines[0].bbox[3]).toBeGreaterThan(50);
      expect(lines[0].bbox[1]).toBeLessThan(40);
    }
  });

  it('reads clean print with no spaces between Chinese characters (preserve_interword_spaces), though raw text is kept', () => {
    for (const r of result.regions) expect(r.text).not.toMatch(/\p{Script=Han} +\p{Script=Han}/u);
  });

  it('rejects an unreadable image with the region id, then reads the next job on the same engine', async () => {
    const engine = createOcrEngine({ paths: await nodeOcrPaths(), workers: 1 });
    try {
      const broken = { ...jobs[0], regionId: 'broken', png: new TextEncoder().encode('not a png') };
      await expect(engine.recognizeRegion(broken)).rejects.toThrow(/^OCR of region broken failed: .*read image/);
      const next = await engine.recognizeRegion(jobs[1]);
      const rate = cer([ARTICLE_B.headline, ...ARTICLE_B.body].join(''), next.text);
      // Measured 1.8 % as one PSM 3 job; bound ×1.5 + 1 point.
      expect(rate).toBeLessThan(0.037);
    } finally {
      await engine.terminate();
    }
  });

  it('cancels a running recognition at once and stops its worker', async () => {
    const engine = createOcrEngine({ paths: await nodeOcrPaths(), workers: 1 });
    try {
      const running = engine.recognizeRegion(jobs[0]);
      const t0 = Date.now();
      engine.cancel();
      await expect(running).rejects.toBeInstanceOf(OcrCancelledError);
      expect(Date.now() - t0).toBeLessThan(500);
      expect(engine.liveWorkers()).toBe(0);
    } finally {
      await engine.terminate();
    }
  });
});
