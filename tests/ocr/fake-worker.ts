/**
 * Fake tesseract workers for the pool tests: each recognize call waits until the test answers it, so the
 * tests decide exactly when jobs finish, fail, or when a worker dies.
 */
import type { OcrJob, OcrWorker, TessPage, WorkerFactory } from '../../lib/ocr';

interface PendingCall {
  /** The image the job sent, and the text the fake reads from it. */
  png: Uint8Array;
  text: string;
  parameters?: Record<string, string>;
  answer: () => void;
  fail: (message: string) => void;
}

export interface FakeWorker extends OcrWorker {
  calls: PendingCall[];
  terminated: boolean;
  die(reason: string): void;
}

/** A one-line tesseract page whose text is `text`, box 10×10 at (1, 1) of the crop unless `bbox` is given. */
export function pageOf(text: string, bbox = { x0: 1, y0: 1, x1: 11, y1: 11 }): TessPage {
  const line = { text: `${text}\n`, confidence: 90, bbox, words: [{ text, confidence: 90, bbox }] };
  return { text, confidence: 90, blocks: [{ text, confidence: 90, bbox, paragraphs: [{ text, confidence: 90, bbox, lines: [line] }] }] };
}

export function job(regionId: string, offset: [number, number] = [0, 0]): OcrJob {
  return { regionId, png: new TextEncoder().encode(`text of ${regionId}`), offset, scale: 1, box: [offset[0], offset[1], offset[0] + 50, offset[1] + 50] };
}

/** The whole image of a PNG (its IHDR size) as a tesseract box: a line that covers every pixel of the crop. */
function wholePng(png: Uint8Array) {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { x0: 0, y0: 0, x1: view.getUint32(16), y1: view.getUint32(20) };
}

/**
 * `textOf` decides what the fake reads from an image (default: the bytes decoded as text, see `job`);
 * `wholeLine`: its one line covers the whole crop (a PNG), as if every ink pixel had been read.
 */
export function fakeFactory(options: { startDelayMs?: number; neverStart?: boolean; textOf?: (png: Uint8Array) => string; wholeLine?: boolean } = {}) {
  const textOf = options.textOf ?? ((png: Uint8Array) => new TextDecoder().decode(png));
  const workers: FakeWorker[] = [];
  const factory: WorkerFactory = async ({ onProgress }) => {
    if (options.neverStart) return new Promise<never>(() => {});
    if (options.startDelayMs) await new Promise((r) => setTimeout(r, options.startDelayMs));
    const deathListeners: ((reason: string) => void)[] = [];
    const worker: FakeWorker = {
      calls: [],
      terminated: false,
      recognize(png, parameters) {
        const text = textOf(png);
        onProgress({ status: 'recognizing text', progress: 0.5 });
        return new Promise<TessPage>((resolve, reject) => {
          worker.calls.push({ png, text, parameters, answer: () => resolve(pageOf(text, options.wholeLine ? wholePng(png) : undefined)), fail: (m) => reject(new Error(m)) });
        });
      },
      async terminate() {
        worker.terminated = true;
      },
      onDeath(listener) {
        deathListeners.push(listener);
      },
      die(reason) {
        for (const l of deathListeners) l(reason);
      },
    };
    workers.push(worker);
    return worker;
  };
  /** Calls waiting for an answer, across all workers. */
  const waiting = () => workers.flatMap((w) => w.calls);
  /** Removes and returns the waiting calls, so each is answered once. */
  const take = () => workers.flatMap((w) => w.calls.splice(0));
  return { factory, workers, waiting, take };
}

/** Lets queued promise callbacks and 0 ms timers run. */
export const settle = () => new Promise((r) => setTimeout(r, 5));
