/**
 * ocrByBlocks' bookkeeping on a real rendered page with a scripted engine (the OCR itself is covered by
 * integration.test.ts): one region's failure is reported, not thrown; cancellation still rejects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../cli/node-ocr';
import type { Raster } from '../../lib/image';
import { ocrByBlocks } from '../../lib/layout';
import { OcrCancelledError, type OcrEngine, type OcrJob } from '../../lib/ocr';
import type { RegionOcr } from '../../lib/ocr/types';
import { PAGE_SIZE, REGION_A, REGION_B, renderLines, twoArticleLines } from '../ocr/render-text';

let image: Raster;
beforeAll(async () => {
  image = await decodeImage((await renderLines(PAGE_SIZE.width, PAGE_SIZE.height, twoArticleLines())).png);
});

/** Reads every block as its own id; blocks of `failing` regions reject like a crashed worker would. */
function scriptedEngine(failing: string[], jobs: OcrJob[] = []): OcrEngine {
  const pending: ((err: Error) => void)[] = [];
  return {
    recognizeRegion(job) {
      jobs.push(job);
      if (failing.some((id) => job.regionId.startsWith(`${id}~`))) return Promise.reject(new Error(`worker crashed on ${job.regionId}`));
      if (failing.includes('*hang*')) return new Promise<RegionOcr>((_, reject) => pending.push(reject));
      return Promise.resolve({ regionId: job.regionId, bbox: job.box, text: job.regionId, confidence: 90, blocks: [] });
    },
    cancel: () => pending.splice(0).forEach((reject) => reject(new OcrCancelledError('x'))),
    terminate: async () => {},
    liveWorkers: () => 1,
  } as OcrEngine;
}

describe('ocrByBlocks', () => {
  it('keeps the regions that were read and reports the one that failed', async () => {
    const seen: string[] = [];
    const result = await ocrByBlocks(scriptedEngine(['b']), image, [REGION_A, REGION_B], {
      onRegion: (id, outcome) => seen.push(`${id}:${'error' in outcome ? 'failed' : 'done'}`),
    });
    expect(result.regions.map((r) => r.regionId)).toEqual(['a']);
    expect(result.regions[0].text).toMatch(/^a~1/);
    expect(result.failures).toEqual([{ regionId: 'b', message: expect.stringMatching(/^worker crashed on b~\d+$/) }]);
    expect(seen.sort()).toEqual(['a:done', 'b:failed']);
    expect(Object.keys(result.photos)).toEqual(['a']);
  });

  it('reports every region when all fail, and a fixed scale reaches every block', async () => {
    const jobs: OcrJob[] = [];
    const result = await ocrByBlocks(scriptedEngine(['a', 'b'], jobs), image, [REGION_A, REGION_B], 1.5);
    expect(result.regions).toEqual([]);
    expect(result.failures.map((f) => f.regionId)).toEqual(['a', 'b']);
    expect(jobs.length).toBeGreaterThanOrEqual(2);
    expect(jobs.every((j) => j.scale === 1.5)).toBe(true);
  });

  it('rejects with OcrCancelledError when the signal aborts', async () => {
    const controller = new AbortController();
    const run = ocrByBlocks(scriptedEngine(['*hang*']), image, [REGION_A, REGION_B], { signal: controller.signal });
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(OcrCancelledError);
  });
});
