import { describe, expect, it } from 'vitest';
import { createOcrEngine, OcrCancelledError, type OcrProgress } from '../../lib/ocr';
import { fakeFactory, job, settle } from './fake-worker';

const paths = { langPath: '/nowhere' };

function answerAll(fake: { take: () => { answer: () => void }[] }) {
  for (const call of fake.take()) call.answer();
}

describe('createOcrEngine pool', () => {
  it('runs at most `workers` jobs at once and starts the next when one finishes', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, workers: 2, createWorker: fake.factory });
    const results = ['a', 'b', 'c'].map((id) => engine.recognizeRegion(job(id, [100, 200])));
    await settle();
    expect(fake.workers).toHaveLength(2);
    expect(fake.waiting().map((c) => c.text)).toEqual(['text of a', 'text of b']);
    fake.workers[0].calls.shift()!.answer();
    await settle();
    expect(fake.workers).toHaveLength(2); // c reuses the freed worker
    expect(fake.workers[0].calls.map((c) => c.text)).toEqual(['text of c']);
    answerAll(fake);
    const [a, , c] = await Promise.all(results);
    expect(a.regionId).toBe('a');
    expect(c.text).toBe('text of c');
    // Boxes come back in page coordinates: crop offset added.
    expect(a.blocks[0].paragraphs[0].lines[0].bbox).toEqual([101, 201, 111, 211]);
    await engine.terminate();
  });

  it('reports queued → loading → recognizing → done for each region', async () => {
    const fake = fakeFactory();
    const events: OcrProgress[] = [];
    const engine = createOcrEngine({ paths, workers: 1, createWorker: fake.factory, onProgress: (p) => events.push(p) });
    const done = engine.recognizeRegion(job('a'));
    await settle();
    answerAll(fake);
    await done;
    const statuses = events.filter((e) => e.regionId === 'a').map((e) => e.status);
    expect(statuses[0]).toBe('queued');
    expect(statuses).toContain('loading');
    expect(statuses).toContain('recognizing');
    expect(statuses.at(-1)).toBe('done');
    expect(events.at(-1)!.progress).toBe(1);
    await engine.terminate();
  });

  it('names the part of a region in its events and tells a job\'s own listener about that job only', async () => {
    const fake = fakeFactory();
    const all: OcrProgress[] = [];
    const own: OcrProgress[] = [];
    const engine = createOcrEngine({ paths, workers: 2, createWorker: fake.factory, onProgress: (p) => all.push(p) });
    const first = engine.recognizeRegion({ ...job('a'), partId: 2 }, (p) => own.push(p));
    const other = engine.recognizeRegion(job('b'));
    await settle();
    answerAll(fake);
    await Promise.all([first, other]);
    expect(own.length).toBeGreaterThan(2);
    expect(own.every((p) => p.regionId === 'a' && p.partId === 2)).toBe(true);
    expect(own.at(-1)).toMatchObject({ status: 'done', progress: 1 });
    expect(all.filter((p) => p.regionId === 'a')).toEqual(own);
    expect(all.filter((p) => p.regionId === 'b').every((p) => !('partId' in p))).toBe(true);
    await engine.terminate();
  });

  it('says what it is, for the document meta', async () => {
    expect(createOcrEngine({ paths, createWorker: fakeFactory().factory }).info).toEqual({ engine: 'tesseract.js 7', languages: ['chi_sim'] });
    expect(createOcrEngine({ paths, langs: ['chi_sim', 'eng'], createWorker: fakeFactory().factory }).info.languages).toEqual(['chi_sim', 'eng']);
  });

  it('cancel rejects running and queued jobs with a clear error and stops the busy worker', async () => {
    const fake = fakeFactory();
    const events: OcrProgress[] = [];
    const engine = createOcrEngine({ paths, workers: 1, createWorker: fake.factory, onProgress: (p) => events.push(p) });
    const running = engine.recognizeRegion(job('a'));
    const queued = engine.recognizeRegion(job('b'));
    await settle();
    engine.cancel();
    await expect(running).rejects.toThrow(new OcrCancelledError('a'));
    await expect(queued).rejects.toThrow('OCR of region b was cancelled');
    await settle();
    expect(fake.workers[0].terminated).toBe(true);
    expect(events.filter((e) => e.status === 'cancelled').map((e) => e.regionId).sort()).toEqual(['a', 'b']);
    // A late answer from the stopped worker changes nothing, and the engine still works afterwards.
    answerAll(fake);
    const again = engine.recognizeRegion(job('c'));
    await settle();
    answerAll(fake);
    expect((await again).text).toBe('text of c');
    await engine.terminate();
  });

  it('rejects the job of a worker that dies and gives the next job a fresh worker', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, workers: 1, createWorker: fake.factory });
    const first = engine.recognizeRegion(job('a'));
    const second = engine.recognizeRegion(job('b'));
    await settle();
    fake.workers[0].die('out of memory');
    await expect(first).rejects.toThrow('OCR worker stopped (out of memory) while reading region a');
    await settle();
    expect(fake.workers).toHaveLength(2);
    answerAll(fake);
    expect((await second).regionId).toBe('b');
    await engine.terminate();
  });

  it('passes a recognize error on with the region id and keeps going', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, workers: 1, createWorker: fake.factory });
    const bad = engine.recognizeRegion(job('a'));
    const good = engine.recognizeRegion(job('b'));
    await settle();
    fake.take()[0].fail('Error attempting to read image.');
    await expect(bad).rejects.toThrow('OCR of region a failed: Error attempting to read image.');
    await settle();
    answerAll(fake);
    expect((await good).regionId).toBe('b');
    await engine.terminate();
  });

  it('replaces a worker after `jobsPerWorker` jobs (WASM memory only grows)', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, workers: 1, jobsPerWorker: 2, createWorker: fake.factory });
    for (const id of ['a', 'b', 'c']) {
      const p = engine.recognizeRegion(job(id));
      await settle();
      answerAll(fake);
      await p;
    }
    expect(fake.workers).toHaveLength(2);
    expect(fake.workers[0].terminated).toBe(true);
    expect(fake.workers[1].terminated).toBe(false);
    await engine.terminate();
    expect(fake.workers[1].terminated).toBe(true);
  });

  it('warm starts every worker before any job; the first jobs take them, unused ones stop after the keep time', async () => {
    const fake = fakeFactory({ startDelayMs: 20 });
    const engine = createOcrEngine({ paths, workers: 2, idleMs: 1000, createWorker: fake.factory });
    engine.warm(80);
    expect(engine.liveWorkers()).toBe(2);
    await new Promise((r) => setTimeout(r, 40));
    expect(fake.workers).toHaveLength(2);
    const a = engine.recognizeRegion(job('a'));
    await settle();
    // Recognising at once on a started worker: no third worker, no start-up wait.
    expect(fake.workers).toHaveLength(2);
    expect(fake.waiting().map((c) => c.text)).toEqual(['text of a']);
    answerAll(fake);
    await a;
    // The worker that read a now waits the idle time (1 s); the one that got no job stops after 80 ms.
    await new Promise((r) => setTimeout(r, 120));
    expect(engine.liveWorkers()).toBe(1);
    expect(fake.workers.filter((w) => w.terminated)).toHaveLength(1);
    engine.warm();
    expect(engine.liveWorkers()).toBe(2);
    await engine.terminate();
    engine.warm();
    expect(engine.liveWorkers()).toBe(0);
  });

  it('terminates workers that stay idle', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, workers: 2, idleMs: 20, createWorker: fake.factory });
    const p = engine.recognizeRegion(job('a'));
    await settle();
    answerAll(fake);
    await p;
    expect(engine.liveWorkers()).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(engine.liveWorkers()).toBe(0);
    expect(fake.workers[0].terminated).toBe(true);
    await engine.terminate();
  });

  it('gives up on a worker that never starts, naming the likely causes, and fails the queue with it', async () => {
    const fake = fakeFactory({ neverStart: true });
    const engine = createOcrEngine({ paths, workers: 1, startTimeoutMs: 30, createWorker: fake.factory });
    const a = engine.recognizeRegion(job('a'));
    const b = engine.recognizeRegion(job('b'));
    await expect(a).rejects.toThrow(/could not start: OCR worker did not start within 0.0 s: check workerPath, corePath and langPath/);
    // b does not wait for a second time-out.
    const t0 = Date.now();
    await expect(b).rejects.toThrow('OCR of region b failed: OCR engine could not start');
    expect(Date.now() - t0).toBeLessThan(20);
    await engine.terminate();
  });

  it('tries to start a worker again on the next call after a failed start', async () => {
    let attempts = 0;
    const fake = fakeFactory();
    const engine = createOcrEngine({
      paths,
      workers: 1,
      createWorker: (o) => (++attempts === 1 ? Promise.reject(new Error('Network error while fetching chi_sim')) : fake.factory(o)),
    });
    await expect(engine.recognizeRegion(job('a'))).rejects.toThrow('OCR of region a failed: OCR engine could not start: Network error while fetching chi_sim');
    const b = engine.recognizeRegion(job('b'));
    await settle();
    for (const call of fake.take()) call.answer();
    expect((await b).regionId).toBe('b');
    await engine.terminate();
  });

  it('hands per-job tesseract parameters to the worker with that job only', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, workers: 1, createWorker: fake.factory });
    const a = engine.recognizeRegion({ ...job('a'), parameters: { tessedit_pageseg_mode: '7' } });
    const b = engine.recognizeRegion(job('b'));
    await settle();
    expect(fake.waiting()[0].parameters).toEqual({ tessedit_pageseg_mode: '7' });
    answerAll(fake);
    await settle();
    expect(fake.waiting()[0].parameters).toBeUndefined();
    answerAll(fake);
    await Promise.all([a, b]);
    await engine.terminate();
  });

  it('refuses bad jobs and jobs after terminate with specific messages', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths, createWorker: fake.factory });
    await expect(engine.recognizeRegion({ ...job('a'), png: new Uint8Array() })).rejects.toThrow('OCR job a has no image bytes');
    await expect(engine.recognizeRegion({ ...job('a'), scale: 0 })).rejects.toThrow('has scale 0');
    await engine.terminate();
    await expect(engine.recognizeRegion(job('b'))).rejects.toThrow('the OCR engine was terminated');
  });
});
