/**
 * The panel's end of the page reader (page-reader.worker.ts): readPage with the same arguments and hooks,
 * run in a Web Worker so the panel stays responsive while a page is planned and laid out. The page's
 * pixels are transferred to the worker (a big page's gray raster is hundreds of MB: never copied), so the
 * caller's raster is empty afterwards; only its size is still read (the document's meta).
 * The engine stays here: the worker sends each crop to read, this end runs it on the engine and sends the
 * answer back. Articles, failures and progress reach the hooks as the worker reports them, one by one.
 * Aborting stops the worker at once (it may be in the middle of planning) and cancels the engine's jobs.
 */
import { parseFromPageReader, type ToPageReader } from '../../lib/messaging/page-reader';
import { OcrCancelledError } from '../../lib/ocr';
import type { PageReader, PageResult } from '../../lib/pipeline';

const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

export const readPageInWorker: PageReader = (engine, image, detection, hooks = {}) =>
  new Promise<PageResult>((resolve, reject) => {
    const firstRegion = detection.regions[0]?.id ?? 'whole';
    if (hooks.signal?.aborted) return reject(new OcrCancelledError(firstRegion));
    const thread = new Worker(new URL('./page-reader.worker.ts', import.meta.url), { type: 'module' });
    let ended = false;
    const end = (settle: () => void) => {
      if (ended) return;
      ended = true;
      thread.terminate();
      hooks.signal?.removeEventListener('abort', onAbort);
      settle();
    };
    /** The reading stopped before its end: its jobs still queued on the engine are no one's any more. */
    const fail = (err: Error) => {
      engine.cancel();
      end(() => reject(err));
    };
    const onAbort = () => fail(new OcrCancelledError(firstRegion));
    hooks.signal?.addEventListener('abort', onAbort, { once: true });
    const post = (m: ToPageReader, transfer: Transferable[] = []) => {
      if (!ended) thread.postMessage(m, transfer);
    };

    thread.onmessage = (event: MessageEvent) => {
      let m;
      try {
        m = parseFromPageReader(event.data);
      } catch (err) {
        return fail(err as Error);
      }
      switch (m.type) {
        case 'recognize': {
          const { id } = m;
          engine.recognizeRegion(m.job, (progress) => post({ type: 'jobProgress', id, progress })).then(
            (ocr) => post({ type: 'recognized', id, ocr }),
            (err: unknown) => post({ type: 'recognizeFailed', id, message: message(err), cancelled: err instanceof OcrCancelledError }),
          );
          return;
        }
        case 'cancel':
          return engine.cancel();
        case 'progress':
          return hooks.onProgress?.(m.progress);
        case 'article':
          return hooks.onArticle?.(m.regionId, m.article, m.region);
        case 'failure':
          return hooks.onFailure?.(m.failure);
        case 'done': {
          const result = { doc: m.doc, failures: m.failures };
          return end(() => resolve(result));
        }
        case 'error':
          return m.cancelled ? end(() => reject(new OcrCancelledError(firstRegion))) : fail(new Error(m.message));
      }
    };
    thread.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      fail(new Error(`the page reader stopped: ${event.message || 'its worker failed to start or crashed'}`));
    };
    thread.onmessageerror = () => fail(new Error('the page reader sent a message that could not be read'));
    post({ type: 'read', raster: image, detection: { ...detection, image: null }, engine: engine.info }, [image.data.buffer as ArrayBuffer]);
  });
