/**
 * A worker that never starts must not hang the page: with a CSP that blocks WebAssembly, or a wrong core
 * path, tesseract.js's createWorker never settles. A worker that starts after the time-out is stopped.
 */
import type { OcrWorker } from './worker';

export function withStartTimeout(started: Promise<OcrWorker>, timeoutMs: number): Promise<OcrWorker> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      // If it starts after all, do not leak it.
      started.then((w) => w.terminate()).catch(() => {});
      reject(new Error(`OCR worker did not start within ${(timeoutMs / 1000).toFixed(1)} s: check workerPath, corePath and langPath, and that the page's CSP allows 'wasm-unsafe-eval'`));
    }, timeoutMs);
  });
  return Promise.race([started, timeout]).finally(() => clearTimeout(timer));
}
