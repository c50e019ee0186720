/**
 * The page reader: lib/pipeline readPage in a Web Worker, so planning a region (a big page's is seconds of
 * pixel work in one piece), cutting and encoding its crops and laying out its articles never hold the
 * panel's main thread. The OCR engine stays with the panel, which owns its workers and their lifecycle:
 * readPage's engine here is a stand-in that posts each job to the panel and waits for its answer
 * (page-reader.ts is the other end; lib/messaging/page-reader.ts checks every message).
 * One worker reads one page and is then stopped by the panel; cancelling stops it at once.
 */
import { parseToPageReader, type FromPageReader, type ToPageReader } from '../../lib/messaging/page-reader';
import { OcrCancelledError, type OcrJobRunner, type OcrProgress, type RegionOcr } from '../../lib/ocr';
import { readPage } from '../../lib/pipeline';

// The options form: it is the same call in a worker scope, and the one the DOM typings of this project accept.
const post = (m: FromPageReader, transfer: Transferable[] = []) => postMessage(m, { transfer });
const message = (err: unknown) => (err instanceof Error ? err.message : String(err));

interface Call {
  regionId: string;
  resolve: (ocr: RegionOcr) => void;
  reject: (err: Error) => void;
  onProgress?: (p: OcrProgress) => void;
}

const calls = new Map<number, Call>();
let nextId = 1;
let reading = false;

/** The panel's engine seen from here: each job goes there (its crop transferred, not copied) and its answer comes back. */
function panelEngine(info: { engine: string; languages: string[] }): OcrJobRunner {
  return {
    info,
    recognizeRegion(job, onProgress) {
      const id = nextId++;
      return new Promise<RegionOcr>((resolve, reject) => {
        calls.set(id, { regionId: job.regionId, resolve, reject, onProgress });
        post({ type: 'recognize', id, job }, [job.png.buffer as ArrayBuffer]);
      });
    },
    cancel: () => post({ type: 'cancel' }),
  };
}

async function read(m: Extract<ToPageReader, { type: 'read' }>): Promise<void> {
  try {
    const { doc, failures } = await readPage(panelEngine(m.engine), m.raster, m.detection, {
      onProgress: (progress) => post({ type: 'progress', progress }),
      onArticle: (regionId, article, region) => post({ type: 'article', regionId, article, region }),
      onFailure: (failure) => post({ type: 'failure', failure }),
    });
    post({ type: 'done', doc, failures });
  } catch (err) {
    post({ type: 'error', message: message(err), cancelled: err instanceof OcrCancelledError });
  }
}

function answer(m: Exclude<ToPageReader, { type: 'read' }>): void {
  const call = calls.get(m.id);
  if (!call) return;
  if (m.type === 'jobProgress') return call.onProgress?.(m.progress);
  calls.delete(m.id);
  if (m.type === 'recognized') call.resolve(m.ocr);
  else call.reject(m.cancelled ? new OcrCancelledError(call.regionId) : new Error(m.message));
}

self.onmessage = (event: MessageEvent) => {
  let m: ToPageReader;
  try {
    m = parseToPageReader(event.data);
  } catch (err) {
    return post({ type: 'error', message: message(err), cancelled: false });
  }
  if (m.type !== 'read') return answer(m);
  if (reading) return post({ type: 'error', message: 'the page reader was asked to read a second page', cancelled: false });
  reading = true;
  void read(m);
};
