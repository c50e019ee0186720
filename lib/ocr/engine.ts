/**
 * A small pool of tesseract workers: one job per region or part of a region's plan (recognize-plan.ts),
 * progress events that name the job's { regionId, partId }, cancel, idle shutdown and
 * periodic recycling (WASM memory only grows, so a worker is replaced after `jobsPerWorker` jobs). A worker
 * that dies never answers, so its job is rejected at once instead of hanging (scribe.js does the same).
 * A worker that is alive but stalls is stopped after `jobTimeoutMs`; its job gets one more try on a fresh
 * worker, then fails with a message, so the other regions keep their text and no row waits forever.
 */
import { toRegionOcr } from './convert';
import { checkJob, OcrCancelledError, type OcrJob } from './job';
import { withStartTimeout } from './start-timeout';
import { describeRecognizeError } from './errors';
import { DEFAULT_LANGS, DEFAULT_PARAMETERS, ENGINE_NAME } from './settings';
import type { OcrEngine, OcrEngineInfo, OcrEngineOptions } from './engine-types';
import type { OcrProgress, RegionOcr } from './types';
import { createTesseractWorker, type OcrWorker } from './worker';

export { OcrCancelledError, type OcrEngine, type OcrJob };

interface Pending {
  job: OcrJob;
  onProgress?: (p: OcrProgress) => void;
  resolve: (r: RegionOcr) => void;
  reject: (e: Error) => void;
  /** Tries that timed out so far (a job is retried once). */
  timeouts: number;
}

interface Slot {
  worker: Promise<OcrWorker> | null;
  current: Pending | null;
  jobsDone: number;
  idleTimer: ReturnType<typeof setTimeout> | null;
}

export function createOcrEngine(options: OcrEngineOptions): OcrEngine {
  const maxWorkers = Math.max(1, Math.floor(options.workers ?? 2));
  const idleMs = options.idleMs ?? 30_000;
  const jobsPerWorker = options.jobsPerWorker ?? 40;
  const startTimeoutMs = options.startTimeoutMs ?? 60_000;
  const jobTimeoutMs = options.jobTimeoutMs ?? 180_000;
  const factory = options.createWorker ?? createTesseractWorker;
  const langs = options.langs ?? DEFAULT_LANGS;
  const parameters = { ...DEFAULT_PARAMETERS, ...options.parameters };
  const queue: Pending[] = [];
  const slots: Slot[] = [];
  let closed = false;

  const info: OcrEngineInfo = options.info ?? { engine: ENGINE_NAME, languages: [...langs] };

  function emit(pending: Pending, status: OcrProgress['status'], progress: number, error?: string): void {
    const { regionId, partId } = pending.job;
    const event: OcrProgress = { regionId, ...(partId === undefined ? {} : { partId }), status, progress, ...(error ? { error } : {}) };
    options.onProgress?.(event);
    pending.onProgress?.(event);
  }

  function retire(slot: Slot): void {
    const worker = slot.worker;
    slot.worker = null;
    slot.jobsDone = 0;
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = null;
    worker?.then((w) => w.terminate()).catch(() => {});
  }

  function release(slot: Slot): void {
    slot.current = null;
    if (queue.length) return pump();
    if (slot.worker) idleAfter(slot, idleMs);
  }

  function idleAfter(slot: Slot, ms: number): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => retire(slot), ms);
    // Do not keep a Node process alive just to wait for the idle shutdown.
    (slot.idleTimer as { unref?: () => void }).unref?.();
  }

  function warm(keepMs = idleMs): void {
    if (closed) return;
    while (slots.length < maxWorkers) slots.push({ worker: null, current: null, jobsDone: 0, idleTimer: null });
    for (const slot of slots) {
      if (slot.current) continue;
      if (!slot.worker) {
        slot.worker = startWorker(slot);
        // The first job awaits the same promise and reports a failed start; nothing is lost here.
        slot.worker.catch(() => {});
      }
      idleAfter(slot, keepMs);
    }
  }

  function startWorker(slot: Slot): Promise<OcrWorker> {
    const started = factory({
      paths: options.paths ?? { langPath: '' },
      langs,
      parameters,
      onProgress: ({ status, progress }) => {
        const current = slot.current;
        if (!current) return;
        emit(current, status.startsWith('recognizing') ? 'recognizing' : 'loading', progress);
      },
    });
    const worker = withStartTimeout(started, startTimeoutMs);
    worker.then(
      (w) =>
        w.onDeath((reason) => {
          if (slot.worker !== worker) return;
          slot.worker = null;
          slot.jobsDone = 0;
          const current = slot.current;
          if (!current) return;
          current.reject(new Error(`OCR worker stopped (${reason}) while reading region ${current.job.regionId}`));
          emit(current, 'failed', 0, reason);
          release(slot);
        }),
      () => {
        if (slot.worker === worker) slot.worker = null;
      },
    );
    return worker;
  }

  async function run(slot: Slot, pending: Pending): Promise<void> {
    const { job } = pending;
    // A retried job may land on this same slot while the stopped worker's call still settles: only the
    // current try may answer.
    const attempt = pending.timeouts;
    const mine = () => slot.current === pending && pending.timeouts === attempt;
    try {
      if (!slot.worker) {
        emit(pending, 'loading', 0);
        slot.worker = startWorker(slot);
      }
      let worker: OcrWorker;
      try {
        worker = await slot.worker;
      } catch (err) {
        if (mine()) failStart(slot, err);
        return;
      }
      if (!mine()) return; // cancelled, timed out or worker died meanwhile
      emit(pending, 'recognizing', 0);
      const t0 = Date.now(); // after start-up, so `seconds` is recognition time only
      const timer = setTimeout(() => stalled(slot, pending), jobTimeoutMs);
      const page = await worker.recognize(job.png, job.parameters).finally(() => clearTimeout(timer));
      if (!mine()) return;
      const result = toRegionOcr(job.regionId, job.box, page, job, Math.round((Date.now() - t0) / 100) / 10);
      slot.jobsDone += 1;
      if (slot.jobsDone >= jobsPerWorker) retire(slot);
      pending.resolve(result);
      emit(pending, 'done', 1);
    } catch (err) {
      if (!mine()) return;
      const { message, brokenWorker } = describeRecognizeError(err, job);
      // A worker whose WebAssembly ran out of memory is not reused: its heap may be left broken.
      if (brokenWorker) retire(slot);
      pending.reject(new Error(`OCR of region ${job.regionId} failed: ${message}`));
      emit(pending, 'failed', 0, message);
    }
    release(slot);
  }

  /**
   * tesseract cannot be interrupted, so a stalled job's worker is stopped; the job is queued first for
   * one more try on a fresh worker, and fails after a second time-out.
   */
  function stalled(slot: Slot, pending: Pending): void {
    if (slot.current !== pending) return;
    slot.current = null;
    retire(slot);
    pending.timeouts += 1;
    const seconds = `${(jobTimeoutMs / 1000).toFixed(1)} s`;
    if (pending.timeouts < 2) {
      queue.unshift(pending);
      emit(pending, 'queued', 0);
    } else {
      const message = `no answer within ${seconds}, twice (the worker was restarted in between): the region is left unread`;
      pending.reject(new Error(`OCR of region ${pending.job.regionId} failed: ${message}`));
      emit(pending, 'failed', 0, message);
    }
    release(slot);
  }

  /**
   * A worker that cannot start means broken paths or a CSP that blocks WebAssembly: every job would wait
   * for the same time-out, so the queued jobs fail with the same message at once.
   */
  function failStart(slot: Slot, err: unknown): void {
    const message = `OCR engine could not start: ${err instanceof Error ? err.message : String(err)}`;
    const failed = [slot.current!, ...queue.splice(0)];
    slot.current = null;
    for (const p of failed) {
      p.reject(new Error(`OCR of region ${p.job.regionId} failed: ${message}`));
      emit(p, 'failed', 0, message);
    }
  }

  function pump(): void {
    while (queue.length) {
      let slot = slots.find((s) => !s.current);
      if (!slot && slots.length < maxWorkers) {
        slot = { worker: null, current: null, jobsDone: 0, idleTimer: null };
        slots.push(slot);
      }
      if (!slot) return;
      if (slot.idleTimer) clearTimeout(slot.idleTimer);
      slot.idleTimer = null;
      const pending = queue.shift()!;
      slot.current = pending;
      void run(slot, pending);
    }
  }

  function cancel(): void {
    for (const pending of queue.splice(0)) {
      pending.reject(new OcrCancelledError(pending.job.regionId));
      emit(pending, 'cancelled', 0);
    }
    for (const slot of slots) {
      const current = slot.current;
      if (!current) continue;
      slot.current = null;
      // tesseract cannot abort a recognize call: stopping the worker is the only way to free the CPU.
      retire(slot);
      current.reject(new OcrCancelledError(current.job.regionId));
      emit(current, 'cancelled', 0);
    }
  }

  return {
    info,
    recognizeRegion(job, onProgress) {
      if (closed) return Promise.reject(new Error('the OCR engine was terminated; create a new one'));
      try {
        checkJob(job);
      } catch (err) {
        return Promise.reject(err);
      }
      return new Promise<RegionOcr>((resolve, reject) => {
        const pending: Pending = { job, onProgress, resolve, reject, timeouts: 0 };
        queue.push(pending);
        emit(pending, 'queued', 0);
        pump();
      });
    },
    cancel,
    warm,
    async terminate() {
      closed = true;
      cancel();
      const workers = slots.map((s) => s.worker).filter((w): w is Promise<OcrWorker> => !!w);
      slots.forEach(retire);
      await Promise.allSettled(workers.map((w) => w.then((x) => x.terminate())));
    },
    liveWorkers: () => slots.filter((s) => s.worker).length,
  };
}
