/**
 * One tesseract.js worker behind a small interface, so the pool can be tested with fake workers and the
 * extension can pass its own paths. Paths are configuration, never a CDN: tesseract.js falls back to
 * jsDelivr when a path is missing, so a missing `langPath` is an error here.
 */
import { createWorker } from 'tesseract.js';
import { LSTM_ONLY } from './settings';
import type { TessPage } from './tesseract-shapes';

export interface OcrPaths {
  /** tesseract.js worker script (extension: URL of dist/worker.min.js; Node: leave out for the bundled one). */
  workerPath?: string;
  /** Directory holding tesseract-core-*.wasm.js (tesseract.js picks the build for the CPU). Node: leave out. */
  corePath?: string;
  /** Directory (or URL) holding `<lang>.traineddata.gz` for every language. */
  langPath: string;
}

export interface WorkerProgress {
  status: string;
  progress: number;
}

/** What the pool needs from a worker. `onDeath` fires when the thread exits or crashes by itself. */
export interface OcrWorker {
  /** `parameters` apply to this call only; the worker's own parameters are restored afterwards. */
  recognize(png: Uint8Array, parameters?: Record<string, string>): Promise<TessPage>;
  terminate(): Promise<void>;
  onDeath(listener: (reason: string) => void): void;
}

export interface WorkerStartOptions {
  paths: OcrPaths;
  langs: readonly string[];
  parameters: Readonly<Record<string, string>>;
  onProgress: (p: WorkerProgress) => void;
}

export type WorkerFactory = (options: WorkerStartOptions) => Promise<OcrWorker>;

interface ThreadLike {
  on?: (event: string, cb: (arg: unknown) => void) => void;
  addEventListener?: (event: string, cb: (arg: unknown) => void) => void;
}

function watchThread(thread: ThreadLike | undefined, die: (reason: string) => void): void {
  if (!thread) return;
  const describe = (e: unknown) => (e instanceof Error ? e.message : typeof e === 'object' && e && 'message' in e ? String(e.message) : String(e));
  if (thread.on) {
    // Node worker_threads: tesseract.js listens with `onerror`, which worker_threads never calls.
    thread.on('error', (e) => die(describe(e)));
    thread.on('exit', (code) => die(`exited with code ${String(code)}`));
  } else if (thread.addEventListener) {
    thread.addEventListener('error', (e) => die(describe(e)));
  }
}

// tesseract's own chatter ("Estimating resolution", a harmless failed sub-language load at init) would
// otherwise land on stderr; real failures still reject the promise.
const QUIET_CONFIG = { debug_file: '/dev/null' } as Record<string, string>;

export const createTesseractWorker: WorkerFactory = async ({ paths, langs, parameters, onProgress }) => {
  if (!paths.langPath) throw new Error('OCR langPath is not set: traineddata must come from a local path, not a CDN');
  const listeners: ((reason: string) => void)[] = [];
  let terminated = false;
  const worker = await createWorker([...langs], LSTM_ONLY, {
    ...(paths.workerPath ? { workerPath: paths.workerPath } : {}),
    ...(paths.corePath ? { corePath: paths.corePath } : {}),
    langPath: paths.langPath,
    // No cache: Node would otherwise write traineddata into the working directory, browsers into IndexedDB.
    cacheMethod: 'none',
    gzip: true,
    // A blob worker cannot importScripts from an extension; a plain worker URL works everywhere.
    workerBlobURL: false,
    logger: (m) => onProgress({ status: m.status, progress: m.progress }),
    // Without a handler tesseract.js throws inside its message listener; the job's promise rejects anyway.
    errorHandler: () => {},
  }, QUIET_CONFIG);
  let dead = false;
  const die = (reason: string) => {
    if (dead || terminated) return;
    dead = true;
    for (const l of listeners) l(reason);
  };
  watchThread((worker as unknown as { worker?: ThreadLike }).worker, die);
  await worker.setParameters(parameters as Record<string, string>);
  return {
    async recognize(png, extra) {
      const keys = Object.keys(extra ?? {});
      if (keys.length) await worker.setParameters(extra!);
      try {
        const { data } = await worker.recognize(png as unknown as Buffer, {}, { text: true, blocks: true });
        return data as unknown as TessPage;
      } finally {
        // Only parameters the worker was started with can be put back; others keep tesseract's value.
        const restore = Object.fromEntries(keys.filter((k) => k in parameters).map((k) => [k, parameters[k]]));
        if (Object.keys(restore).length) await worker.setParameters(restore);
      }
    },
    async terminate() {
      terminated = true;
      await worker.terminate();
    },
    onDeath(listener) {
      listeners.push(listener);
    },
  };
};
