/**
 * readPage end to end in Node on a rendered page, with the real engine over fake tesseract workers: the
 * test decides when each part's job finishes or fails. Every job is recognised by its image: the test
 * plans the regions itself (the plan is deterministic) and maps each part's PNG to its { regionId, partId }.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage } from '../../cli/node-ocr';
import type { PageDetection, Region } from '../../lib/detect/types';
import type { Raster } from '../../lib/image';
import { COVERAGE_WARNING, lowCoverage } from '../../lib/model/coverage';
import type { Article } from '../../lib/model/document';
import { createOcrEngine, OcrCancelledError, partJob, type OcrProgress, type RegionOcr } from '../../lib/ocr';
import { readPage, type RegionFailure } from '../../lib/pipeline';
import { planRegion } from '../../lib/plan';
import { fakeFactory, settle } from '../ocr/fake-worker';
import { PAGE_SIZE, REGION_A, REGION_B, renderLines, twoArticleLines } from '../ocr/render-text';

const paths = { langPath: '/nowhere' };
const CLOCK = () => new Date('2024-05-16T08:00:00.000Z');
const regionA: Region = { ...REGION_A, href: 'http://127.0.0.1/a.html', title: '社区图书馆' };

let image: Raster;
/** PNG of a part's job → which part it is, and the text rendered inside it. */
const parts = new Map<string, { regionId: string; partId: number; text: string }>();
const key = (png: Uint8Array) => Buffer.from(png).toString('base64');

beforeAll(async () => {
  image = await decodeImage((await renderLines(PAGE_SIZE.width, PAGE_SIZE.height, twoArticleLines())).png);
  for (const region of [regionA, REGION_B]) {
    const plan = planRegion(image, region);
    for (const part of plan.parts) {
      const inside = twoArticleLines().filter((l) => l.x >= part.box[0] && l.x < part.box[2] && l.y >= part.box[1] && l.y < part.box[3]);
      parts.set(key(partJob(image, part, plan.scale).png), { regionId: part.regionId, partId: part.partId, text: inside.map((l) => l.text).join('') });
    }
  }
});

function detectionOf(regions: Region[], meta: PageDetection['meta'] = { newspaper: '测试日报', date: '2024-05-16' }): PageDetection {
  return { meta, image: { url: 'http://127.0.0.1/p.png', displayWidth: PAGE_SIZE.width, displayHeight: PAGE_SIZE.height }, regions, adapter: 'test', warnings: [] };
}

/** An engine over fake workers that read `<regionId>-<partId>` from each part's image. */
function setup(wholeLine = false) {
  const fake = fakeFactory({
    wholeLine,
    textOf: (png) => {
      const part = parts.get(key(png));
      // A whole-crop line carries the part's rendered text: coverage counts a box as far as its characters explain its ink.
      if (part && wholeLine) return part.text;
      return part ? `区${part.regionId}块${part.partId}` : '未知';
    },
  });
  // A worker per part, so a region's parts never wait behind another's held ones.
  const engine = createOcrEngine({ paths, workers: parts.size, createWorker: fake.factory });
  const partOf = (call: { png: Uint8Array }) => parts.get(key(call.png));
  /** Answers (or fails) every part of the region as its calls arrive. */
  async function finish(regionId: string, fail?: string, failPart?: number) {
    let left = [...parts.values()].filter((p) => p.regionId === regionId).length;
    for (let round = 0; round < 50 && left > 0; round += 1) {
      await settle();
      for (const w of fake.workers) {
        for (const c of w.calls.filter((call) => partOf(call)?.regionId === regionId)) {
          w.calls.splice(w.calls.indexOf(c), 1);
          left -= 1;
          if (fail && (failPart === undefined || partOf(c)?.partId === failPart)) c.fail(fail);
          else c.answer();
        }
      }
    }
    expect(left, `parts of ${regionId} never reached a worker`).toBe(0);
  }
  /** Answers whatever arrives, for `rounds` turns of the event loop. */
  async function answerAll(rounds = 20) {
    for (let round = 0; round < rounds; round += 1) {
      await settle();
      for (const call of fake.take()) call.answer();
    }
  }
  return { engine, fake, finish, answerAll };
}

describe('readPage', () => {
  it('streams each article as its region finishes and returns the document in region order, with its meta', async () => {
    const { engine, finish } = setup();
    const streamed: { regionId: string; article: Article; region: RegionOcr }[] = [];
    const progress: OcrProgress[] = [];
    const run = readPage(engine, image, detectionOf([regionA, REGION_B]), {
      now: CLOCK,
      onArticle: (regionId, article, region) => streamed.push({ regionId, article, region }),
      onProgress: (p) => progress.push(p),
    });
    // b's parts first, while a's wait: b's article must arrive before a's.
    await finish('b');
    await settle();
    expect(streamed.map((s) => s.regionId)).toEqual(['b']);
    await finish('a');
    const { doc, failures } = await run;
    expect(failures).toEqual([]);
    expect(streamed.map((s) => s.regionId)).toEqual(['b', 'a']);
    expect(doc.articles.map((a) => a.regionId)).toEqual(['a', 'b']);
    expect(doc.articles[0]).toBe(streamed[1].article);
    expect(doc.meta).toEqual({
      newspaper: '测试日报',
      date: '2024-05-16',
      imageSize: { width: PAGE_SIZE.width, height: PAGE_SIZE.height },
      capturedAt: '2024-05-16T08:00:00.000Z',
      ocr: { engine: 'tesseract.js 7', languages: ['chi_sim'] },
    });
    // Every part's text is in its region's article, in part order.
    const text = (a: Article) => a.blocks.map((b) => b.text).join('');
    expect(text(doc.articles[0])).toMatch(/^区a块1.*区a块2/);
    expect(text(doc.articles[1])).not.toContain('区a');
    // Progress is per region, names the part that moved, and leaves the end to onArticle.
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((p) => ['a', 'b'].includes(p.regionId) && Number.isInteger(p.partId) && p.progress <= 1)).toBe(true);
    expect(progress.some((p) => p.status === 'done' || p.status === 'failed')).toBe(false);
    await engine.terminate();
  });

  it('queues the regions one at a time, the smallest box first, and the largest crop of a region first', async () => {
    const queued: { regionId: string; partId?: number }[] = [];
    const fake = fakeFactory({ textOf: (png) => `区${parts.get(key(png))?.regionId}` });
    // One worker, so the order parts reach it is the queue's order.
    const engine = createOcrEngine({ paths, workers: 1, createWorker: fake.factory, onProgress: (p) => void (p.status === 'queued' && queued.push({ regionId: p.regionId, partId: p.partId })) });
    let finished = false;
    const run = readPage(engine, image, detectionOf([regionA, REGION_B])).finally(() => (finished = true));
    // Every call answered as it arrives, until the page is read.
    for (let round = 0; round < 1000 && !finished; round += 1) {
      await settle();
      for (const call of fake.take()) call.answer();
    }
    await run;
    // b's box is the smaller one: all its parts are queued before any of a's.
    const order = queued.map((q) => q.regionId);
    const bParts = planRegion(image, REGION_B).parts.length;
    expect(order).toEqual([...Array(bParts).fill('b'), ...Array(order.length - bParts).fill('a')]);
    expect(order.length).toBe(parts.size);
    // Within a region: descending crop area, so the part that takes longest is not the one left to wait.
    for (const region of [regionA, REGION_B]) {
      const plan = planRegion(image, region);
      const areaOf = (partId?: number) => {
        const [x0, y0, x1, y1] = plan.parts.find((p) => p.partId === partId)!.box;
        return (x1 - x0) * (y1 - y0);
      };
      const areas = queued.filter((q) => q.regionId === region.id).map((q) => areaOf(q.partId));
      expect(areas.length).toBe(plan.parts.length);
      expect(areas).toEqual([...areas].sort((x, y) => y - x));
    }
    await engine.terminate();
  });

  it('carries the region’s link, title and the photos found on its pixels through to the article', async () => {
    const { engine, finish } = setup();
    const regions: RegionOcr[] = [];
    const run = readPage(engine, image, detectionOf([regionA, REGION_B]), { onArticle: (_, __, region) => regions.push(region) });
    await finish('a');
    await finish('b');
    const { doc } = await run;
    expect(doc.articles[0].href).toBe('http://127.0.0.1/a.html');
    expect('href' in doc.articles[1]).toBe(false);
    const a = regions.find((r) => r.regionId === 'a')!;
    expect(a).toMatchObject({ href: 'http://127.0.0.1/a.html', title: '社区图书馆', photos: planRegion(image, regionA).photos, bbox: regionA.box });
    expect(regions.find((r) => r.regionId === 'b')!.title).toBeUndefined();
    await engine.terminate();
  });

  it('keeps the other regions when one fails, listing it in failures', async () => {
    const { engine, finish } = setup();
    const reported: RegionFailure[] = [];
    const run = readPage(engine, image, detectionOf([regionA, REGION_B]), { onFailure: (f) => reported.push(f) });
    await finish('b', 'Error attempting to read image.');
    await finish('a');
    const { doc, failures } = await run;
    expect(doc.articles.map((a) => a.regionId)).toEqual(['a']);
    expect(failures).toEqual([{ regionId: 'b', message: 'OCR of region b failed: Error attempting to read image.' }]);
    expect(reported).toEqual(failures);
    await engine.terminate();
  });

  it('measures each article’s coverage: every part read covers its ink, no warning', async () => {
    const { engine, finish } = setup(true);
    const run = readPage(engine, image, detectionOf([regionA, REGION_B]));
    await finish('a');
    await finish('b');
    const { doc } = await run;
    expect(doc.articles.map((a) => a.ocrCoverage)).toEqual([1, 1]);
    expect(doc.articles.some(lowCoverage)).toBe(false);
    await engine.terminate();
  });

  it('keeps the text of a region’s other parts when one part fails; the lost ink shows in its coverage', async () => {
    const { engine, finish } = setup(true);
    const plan = planRegion(image, regionA);
    expect(plan.parts.length).toBeGreaterThanOrEqual(2);
    const failures: RegionFailure[] = [];
    const run = readPage(engine, image, detectionOf([regionA]), { onFailure: (f) => failures.push(f) });
    await finish('a', 'worker crashed', 2);
    const { doc } = await run;
    expect(failures).toEqual([]);
    const text = doc.articles[0].blocks.map((b) => b.text).join('');
    const [first, second] = [1, 2].map((id) => [...parts.values()].find((p) => p.regionId === 'a' && p.partId === id)!.text);
    expect(text).toContain(first);
    expect(text).not.toContain(second);
    expect(doc.articles[0].ocrCoverage).toBeLessThan(COVERAGE_WARNING);
    await engine.terminate();
  });

  it('fails a region only when none of its parts could be read', async () => {
    const { engine, finish } = setup(true);
    const run = readPage(engine, image, detectionOf([regionA]));
    await finish('a', 'worker crashed');
    const { doc, failures } = await run;
    expect(doc.articles).toEqual([]);
    expect(failures).toEqual([{ regionId: 'a', message: 'OCR of region a failed: worker crashed' }]);
    await engine.terminate();
  });

  it('rejects with OcrCancelledError when the signal aborts, reporting no region as failed', async () => {
    const { engine, finish, fake } = setup();
    const controller = new AbortController();
    const reported: RegionFailure[] = [];
    const run = readPage(engine, image, detectionOf([regionA, REGION_B]), { signal: controller.signal, onFailure: (f) => reported.push(f) });
    await finish('a');
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(OcrCancelledError);
    expect(reported).toEqual([]);
    // The engine is still usable after a cancelled page (the stopped workers' calls are never answered).
    fake.take();
    const again = readPage(engine, image, detectionOf([REGION_B]));
    await finish('b');
    expect((await again).doc.articles.map((a) => a.regionId)).toEqual(['b']);
    await engine.terminate();
  });

  it('rejects at once when the signal was aborted before the call', async () => {
    const { engine } = setup();
    const controller = new AbortController();
    controller.abort();
    await expect(readPage(engine, image, detectionOf([regionA]), { signal: controller.signal })).rejects.toBeInstanceOf(OcrCancelledError);
    await engine.terminate();
  });

  it('reads the whole image as one region when the detection has none, keeping a capture time it already has', async () => {
    const { engine, answerAll } = setup();
    const run = readPage(engine, image, detectionOf([], { capturedAt: '2020-01-01T00:00:00.000Z' }), { now: CLOCK });
    await answerAll();
    const { doc, failures } = await run;
    expect(failures).toEqual([]);
    expect(doc.articles.map((a) => a.regionId)).toEqual(['whole']);
    expect(doc.meta.capturedAt).toBe('2020-01-01T00:00:00.000Z');
    await engine.terminate();
  });

  it('reads every part at a fixed scale when one is given', async () => {
    const { engine, answerAll } = setup();
    const regions: RegionOcr[] = [];
    const run = readPage(engine, image, detectionOf([REGION_B]), { fixedScale: 2, onArticle: (_, __, r) => regions.push(r) });
    await answerAll();
    await run;
    expect(regions[0].scale).toBe(2);
    await engine.terminate();
  });
});
