/** The OCR engine's public shape: options and the methods callers use. */
import type { OcrJob } from './job';
import type { OcrProgress, RegionOcr } from './types';
import type { OcrPaths, WorkerFactory } from './worker';

export interface OcrEngineOptions {
  /** tesseract's files; an engine with its own worker factory (PP-OCR) needs none. */
  paths?: OcrPaths;
  /** Parallel workers (default 2). */
  workers?: number;
  langs?: readonly string[];
  /** Every job's progress (a job's own listener is recognizeRegion's second argument). */
  onProgress?: (p: OcrProgress) => void;
  /** Extra/overriding tesseract parameters (e.g. a different PSM). */
  parameters?: Record<string, string>;
  /** Terminate a worker idle for this long (default 30 s). */
  idleMs?: number;
  /** Replace a worker after this many jobs (default 40). */
  jobsPerWorker?: number;
  /** A worker that has not started by then is given up (CSP blocking wasm makes start hang). Default 60 s. */
  startTimeoutMs?: number;
  /**
   * A job whose worker has not answered by then (after start-up) is stopped and tried once more on a new
   * worker; a second time-out fails the job. Default 180 s, well above the slowest region of a real page.
   */
  jobTimeoutMs?: number;
  /** Injected for tests and other engines; defaults to tesseract.js. */
  createWorker?: WorkerFactory;
  /** The engine's name and languages for `meta.ocr`; defaults to tesseract.js and `langs`. */
  info?: OcrEngineInfo;
}

/** What the engine is, for the document's meta: `meta.ocr`. */
export interface OcrEngineInfo {
  engine: string;
  languages: string[];
}

export interface OcrEngine {
  readonly info: OcrEngineInfo;
  /** One job (a region, or one part of a region's plan); `onProgress` hears this job's events only. */
  recognizeRegion(job: OcrJob, onProgress?: (p: OcrProgress) => void): Promise<RegionOcr>;
  /** Rejects every queued and running job with OcrCancelledError; the engine stays usable. */
  cancel(): void;
  /**
   * Starts every worker now, before any job, so the first job does not wait for a start-up (loading a
   * language or a model takes seconds). Warm workers that get no job stop after `keepMs` (default: the
   * idle time-out). A failed start is left for the first job to report.
   */
  warm(keepMs?: number): void;
  /** Cancels everything and stops all workers; later calls reject. */
  terminate(): Promise<void>;
  /** Workers currently started or starting (for tests and diagnostics). */
  liveWorkers(): number;
}

/**
 * What reading a page needs of an engine: its name, jobs and cancel. The pool's lifecycle (warm,
 * terminate) stays with whoever owns it, so a stand-in that forwards jobs to an engine elsewhere (the
 * panel's page reader worker) is a whole implementation.
 */
export type OcrJobRunner = Pick<OcrEngine, 'info' | 'recognizeRegion' | 'cancel'>;
