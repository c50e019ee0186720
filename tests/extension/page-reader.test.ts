/**
 * The panel's page reader, both real ends (entrypoints/sidepanel/page-reader.ts and page-reader.worker.ts)
 * in one Node process: `Worker` is replaced by a stand-in that loads the worker module and carries every
 * message with structuredClone and its transfer list, as a browser does. The engine is the real pool over
 * fake tesseract workers, as in tests/pipeline/read-page.test.ts, so the test decides when each job ends.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { decodeImage } from '../../cli/node-ocr';
import type { PageDetection, Region } from '../../lib/detect/types';
import type { Raster } from '../../lib/image';
import { MessageError } from '../../lib/messaging';
import { parseFromPageReader, parseToPageReader } from '../../lib/messaging/page-reader';
import type { Article } from '../../lib/model/document';
import { createOcrEngine, OcrCancelledError } from '../../lib/ocr';
import { readPage } from '../../lib/pipeline';
import { readPageInWorker } from '../../entrypoints/sidepanel/page-reader';
import { fakeFactory, settle } from '../ocr/fake-worker';
import { PAGE_SIZE, REGION_A, REGION_B, renderLines, twoArticleLines } from '../ocr/render-text';

type Listener = ((event: { data: unknown }) => void) | null;

/** The worker stand-ins made so far (one per read). */
const threads: InProcessWorker[] = [];

class InProcessWorker {
  onmessage: Listener = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  private scope: { onmessage: Listener } = { onmessage: null };
  private loaded: Promise<void>;

  constructor(url: URL) {
    threads.push(this);
    // A fresh module per worker, as each worker is its own realm (its `reading` state included); the
    // panel's end and the test keep theirs.
    // The module's globals are this worker's: its `self` and its `postMessage` back to the panel.
    const scope = this.scope;
    this.loaded = (async () => {
      vi.resetModules();
      vi.stubGlobal('self', scope);
      vi.stubGlobal('postMessage', (data: unknown, options?: { transfer?: Transferable[] }) => {
        const copy = structuredClone(data, { transfer: options?.transfer as Transferable[] });
        setTimeout(() => !this.terminated && this.onmessage?.({ data: copy }));
      });
      await import(/* @vite-ignore */ url.href);
    })();
  }

  postMessage(data: unknown, transfer: Transferable[] = []): void {
    const copy = structuredClone(data, { transfer: transfer as Transferable[] });
    void this.loaded.then(() => !this.terminated && this.scope.onmessage?.({ data: copy }));
  }

  terminate(): void {
    this.terminated = true;
  }
}

const paths = { langPath: '/nowhere' };
let image: Raster;

beforeAll(async () => {
  image = await decodeImage((await renderLines(PAGE_SIZE.width, PAGE_SIZE.height, twoArticleLines())).png);
  vi.stubGlobal('Worker', InProcessWorker);
});

afterEach(() => {
  threads.length = 0;
});

function detectionOf(regions: Region[]): PageDetection {
  return {
    meta: { newspaper: '测试日报', date: '2024-05-16', capturedAt: '2024-05-16T08:00:00.000Z' },
    image: { url: 'http://127.0.0.1/p.png', displayWidth: PAGE_SIZE.width, displayHeight: PAGE_SIZE.height },
    regions,
    adapter: 'test',
    warnings: [],
  };
}

/** The page's pixels, fresh for each read: the reader takes the buffer away. */
const copyOf = (r: Raster): Raster => ({ ...r, data: r.data.slice() });

/** The engine, and a loop that answers every job with the region's own name (`区a`) until `done` says stop. */
function engine() {
  const fake = fakeFactory({ wholeLine: true, textOf: () => '区' });
  const ocr = createOcrEngine({ paths, workers: 2, createWorker: fake.factory });
  const answerUntil = async (done: () => boolean) => {
    for (let round = 0; round < 2000 && !done(); round += 1) {
      await settle();
      await new Promise((r) => setTimeout(r, 1));
      for (const call of fake.take()) call.answer();
    }
  };
  return { ocr, fake, answerUntil };
}

describe('readPageInWorker', () => {
  it('reads the page in the worker as readPage does here, streams each article, and takes the pixels without copying', async () => {
    const local = engine();
    let localDone = false;
    const expected = readPage(local.ocr, copyOf(image), detectionOf([REGION_A, REGION_B])).finally(() => (localDone = true));
    await local.answerUntil(() => localDone);

    const { ocr, answerUntil } = engine();
    const pixels = copyOf(image);
    const streamed: { regionId: string; article: Article }[] = [];
    let done = false;
    const run = readPageInWorker(ocr, pixels, detectionOf([REGION_A, REGION_B]), {
      onArticle: (regionId, article) => streamed.push({ regionId, article }),
    }).finally(() => (done = true));
    // Transferred to the worker: the panel's buffer is empty from the first message on.
    expect(pixels.data.length).toBe(0);
    expect(pixels.width).toBe(image.width);
    await answerUntil(() => done);
    const result = await run;
    const want = await expected;
    expect(result).toEqual(want);
    // One article per region, each as it finished, the same as in the document.
    expect(streamed.map((s) => s.regionId).sort()).toEqual(['a', 'b']);
    for (const s of streamed) expect(s.article).toEqual(result.doc.articles.find((a) => a.regionId === s.regionId));
    expect(threads).toHaveLength(1);
    expect(threads[0].terminated).toBe(true);
    await Promise.all([ocr.terminate(), local.ocr.terminate()]);
  });

  it('cancels at once: the worker is stopped, the engine’s jobs are cancelled, and the read rejects with OcrCancelledError', async () => {
    const { ocr, fake } = engine();
    const controller = new AbortController();
    const run = readPageInWorker(ocr, copyOf(image), detectionOf([REGION_A, REGION_B]), { signal: controller.signal });
    run.catch(() => {});
    // Wait until the worker has sent jobs to the engine, then cancel while they run.
    for (let round = 0; round < 500 && !fake.workers.some((w) => w.calls.length); round += 1) await new Promise((r) => setTimeout(r, 2));
    expect(fake.workers.some((w) => w.calls.length)).toBe(true);
    controller.abort();
    await expect(run).rejects.toBeInstanceOf(OcrCancelledError);
    expect(threads[0].terminated).toBe(true);
    // The pool's jobs were cancelled: tesseract jobs can only be stopped with their worker.
    expect(fake.workers.every((w) => w.terminated)).toBe(true);
    await ocr.terminate();
  });
});

describe('page reader messages', () => {
  it('names the bad path of a malformed article from the worker', () => {
    const bad = { type: 'article', regionId: 'a', article: { id: 'a', blocks: [{ id: 'b1', role: 'headline', text: 1, raw: '' }] }, region: { regionId: 'a', bbox: [0, 0, 1, 1], text: '', confidence: 0, blocks: [] } };
    expect(() => parseFromPageReader(bad)).toThrow(MessageError);
    expect(() => parseFromPageReader(bad)).toThrow(/article.*blocks\[0\]\.text/);
  });

  it('refuses a raster whose buffer does not hold width × height × channels bytes', () => {
    const detection = { ...detectionOf([REGION_A]), image: null };
    const read = (data: Uint8ClampedArray) => parseToPageReader({ type: 'read', raster: { width: 4, height: 2, channels: 1, data }, detection, engine: { engine: 'tesseract.js 7', languages: ['chi_sim'] } });
    expect(read(new Uint8ClampedArray(8)).type).toBe('read');
    expect(() => read(new Uint8ClampedArray(7))).toThrow(/raster.*width × height × channels/);
  });

  it('refuses a job without crop bytes and an unknown message', () => {
    expect(() => parseFromPageReader({ type: 'recognize', id: 1, job: { regionId: 'a', png: new Uint8Array(0), offset: [0, 0], scale: 1, box: [0, 0, 1, 1] } })).toThrow(/job\.png: empty crop/);
    expect(() => parseToPageReader({ type: 'recognise', id: 1 })).toThrow(MessageError);
  });
});
