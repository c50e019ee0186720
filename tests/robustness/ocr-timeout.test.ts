/**
 * Class 4 of issue 15: a worker that never answers. The job times out, its worker is stopped, the job is
 * tried once more on a new worker, and then the region is reported failed with a message — while the other
 * region keeps its text and the panel's row ends "failed", not "recognizing". Also: tesseract running out
 * of memory is named as such, not as `SyntaxError: Unexpected end of JSON input`.
 */
import { describe, expect, it } from 'vitest';
import { applyProgress, rowsFromDetection } from '../../components/panel/state';
import { createOcrEngine, type OcrProgress } from '../../lib/ocr';
import { wholeRegion } from '../../lib/detect';
import { fakeFactory, job, settle } from '../ocr/fake-worker';

describe('a stalled OCR worker', () => {
  it('times out, restarts the worker, retries once, then fails that region only', async () => {
    const fake = fakeFactory();
    const events: OcrProgress[] = [];
    const engine = createOcrEngine({ paths: { langPath: '/x' }, workers: 2, jobTimeoutMs: 150, createWorker: fake.factory, onProgress: (p) => events.push(p) });
    const stalled = engine.recognizeRegion(job('a')).then(() => new Error('answered'), (err: Error) => err);
    const answered = engine.recognizeRegion(job('b'));
    await settle();
    // Region b is answered; region a's worker never answers.
    fake.take().filter((c) => c.text === 'text of b').forEach((c) => c.answer());
    expect((await answered).text).toBe('text of b');
    const failure = await stalled;
    expect(failure.message).toBe('OCR of region a failed: no answer within 0.1 s, twice (the worker was restarted in between): the region is left unread');
    // a was sent twice, each time to a worker that was then stopped; b's worker lives on.
    expect(fake.workers.filter((w) => w.terminated)).toHaveLength(2);
    const statuses = events.filter((e) => e.regionId === 'a').map((e) => e.status);
    expect(statuses.filter((s) => s === 'recognizing').length).toBeGreaterThanOrEqual(2);
    expect(statuses.at(-1)).toBe('failed');
    // The panel's row, fed the same events, ends failed with the reason.
    let rows = rowsFromDetection({ meta: {}, image: null, regions: [{ ...wholeRegion({ width: 10, height: 10 }), id: 'a' }], adapter: 'x', warnings: [] });
    for (const e of events.filter((ev) => ev.regionId === 'a')) rows = applyProgress(rows, e);
    expect(rows[0]).toMatchObject({ status: 'failed', error: expect.stringContaining('no answer within') });
    // The engine stays usable.
    const next = engine.recognizeRegion(job('c'));
    await settle();
    fake.take().forEach((c) => c.answer());
    expect((await next).text).toBe('text of c');
    await engine.terminate();
  });

  it('a job that answers on its second try is read', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths: { langPath: '/x' }, workers: 1, jobTimeoutMs: 300, createWorker: fake.factory });
    const result = engine.recognizeRegion(job('a'));
    // Until the retry reaches the second worker.
    while (!fake.workers[1]?.calls.length) await settle();
    // The first worker was stopped, and its call fails late, as tesseract's does on terminate; the new one answers.
    expect(fake.workers[0].terminated).toBe(true);
    fake.workers[0].calls.splice(0).forEach((c) => c.fail('worker terminated'));
    await settle();
    fake.workers[1].calls.splice(0).forEach((c) => c.answer());
    expect((await result).text).toBe('text of a');
    await engine.terminate();
  });

  it('tesseract running out of memory is reported as that, with the image size, and the worker is replaced', async () => {
    const fake = fakeFactory();
    const engine = createOcrEngine({ paths: { langPath: '/x' }, workers: 1, createWorker: fake.factory });
    // A PNG header of a 40000×30000 image: the size the message names.
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 40000);
    new DataView(png.buffer).setUint32(20, 30000);
    const result = engine.recognizeRegion({ ...job('big'), png, scale: 8 }).then(() => new Error('answered'), (err: Error) => err);
    await settle();
    fake.take()[0].fail('Unexpected end of JSON input');
    const err = await result;
    expect(err.message).toBe('OCR of region big failed: tesseract ran out of memory on this region (40000×30000 px at scale 8): use a smaller --scale, or split the region (--regions)');
    expect(err.message).not.toMatch(/JSON/);
    expect(fake.workers[0].terminated).toBe(true);
    await engine.terminate();
  });
});
