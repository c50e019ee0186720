/**
 * The panel's PP-OCR workers: each pool slot (lib/ocr/engine.ts) is one Web Worker running paddle.worker.ts
 * with its own model session, so two workers read two blocks at once and the panel stays responsive.
 */
import type { OcrWorker, TessPage, WorkerFactory } from '../../lib/ocr';
import { fromPaddleWorker } from './paddle-protocol';

export const PADDLE_FILES = {
  model: '/paddle/ch_PP-OCRv4_rec_infer.onnx',
  dictionary: '/paddle/ppocr_keys_v1.txt',
  detector: '/paddle/ch_PP-OCRv4_det_infer.onnx',
} as const;

export function paddleWebWorkers(url: (path: string) => string): WorkerFactory {
  return ({ onProgress }) =>
    new Promise<OcrWorker>((resolve, reject) => {
      const thread = new Worker(new URL('./paddle.worker.ts', import.meta.url), { type: 'module' });
      const calls = new Map<number, { resolve: (p: TessPage) => void; reject: (e: Error) => void }>();
      const deaths: ((reason: string) => void)[] = [];
      let next = 1;
      let started = false;
      thread.onmessage = (event: MessageEvent) => {
        const m = fromPaddleWorker(event.data);
        if (!m) return;
        if (m.type === 'ready') {
          started = true;
          onProgress({ status: 'loading recognition model', progress: 1 });
          return resolve(worker);
        }
        if (m.type === 'progress') return onProgress({ status: 'recognizing text', progress: m.progress });
        const call = m.id === undefined ? undefined : calls.get(m.id);
        if (m.type === 'error' && !started) return reject(new Error(m.message));
        if (!call) return;
        calls.delete(m.id!);
        if (m.type === 'result') call.resolve(m.page);
        else if (m.type === 'error') call.reject(new Error(m.message));
      };
      thread.onerror = (event) => {
        const reason = event.message || 'the PP-OCR worker failed';
        if (!started) reject(new Error(reason));
        for (const d of deaths) d(reason);
      };
      const worker: OcrWorker = {
        recognize(png) {
          const id = next++;
          return new Promise<TessPage>((res, rej) => {
            calls.set(id, { resolve: res, reject: rej });
            thread.postMessage({ type: 'recognize', id, png });
          });
        },
        async terminate() {
          thread.terminate();
          for (const c of calls.values()) c.reject(new Error('the PP-OCR worker was stopped'));
          calls.clear();
        },
        onDeath(listener) {
          deaths.push(listener);
        },
      };
      onProgress({ status: 'loading recognition model', progress: 0 });
      thread.postMessage({ type: 'init', modelUrl: url(PADDLE_FILES.model), dictionaryUrl: url(PADDLE_FILES.dictionary), detectorUrl: url(PADDLE_FILES.detector) });
    });
}
