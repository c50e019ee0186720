/**
 * One PP-OCR recogniser in a Web Worker, so the panel never freezes while a page is read: onnxruntime-web's
 * single-threaded wasm build, the models, the dictionary and the wasm all from the extension's own files
 * (wxt.config.ts; nothing remote).
 * The work itself is lib/ocr/paddle's recognizeCrop, the same code the CLI runs.
 */
import * as ort from 'onnxruntime-web/wasm';
import { decodeGrayPng } from '../../lib/image';
import { ctcClasses, lazyDet, recognizeCrop, type OnnxSession, type RecModel } from '../../lib/ocr/paddle';
import { toPaddleWorker, type FromPaddleWorker } from './paddle-protocol';

const reply = (m: FromPaddleWorker) => postMessage(m);
let model: RecModel | null = null;

const createSession = async (url: string) => {
  const bytes = await fetch(url).then((r) => r.arrayBuffer());
  return (await ort.InferenceSession.create(new Uint8Array(bytes), { executionProviders: ['wasm'], graphOptimizationLevel: 'all' })) as unknown as OnnxSession;
};
const tensor = (data: Float32Array, dims: number[]) => new ort.Tensor('float32', data, dims);

async function init(modelUrl: string, dictionaryUrl: string, detectorUrl: string): Promise<void> {
  // One thread: threads need SharedArrayBuffer (a cross-origin-isolated page); the pool runs two workers instead.
  ort.env.wasm.numThreads = 1;
  const [session, dictionary] = await Promise.all([createSession(modelUrl), fetch(dictionaryUrl).then((r) => r.text())]);
  // The detector loads on the first crop whose lines the ink profile cannot find; most pages need none.
  model = { session, tensor, classes: ctcClasses(dictionary), det: lazyDet(async () => ({ session: await createSession(detectorUrl), tensor })) };
}

self.onmessage = async (event: MessageEvent) => {
  const message = toPaddleWorker(event.data);
  if (!message) return reply({ type: 'error', message: 'the PP-OCR worker got a message it does not know' });
  const id = message.type === 'recognize' ? message.id : undefined;
  try {
    if (message.type === 'init') {
      await init(message.modelUrl, message.dictionaryUrl, message.detectorUrl);
      return reply({ type: 'ready' });
    }
    if (!model) throw new Error('the PP-OCR worker was asked to read before its model loaded');
    const page = await recognizeCrop(model, decodeGrayPng(message.png), { onProgress: (progress) => reply({ type: 'progress', id: message.id, progress }) });
    reply({ type: 'result', id: message.id, page });
  } catch (err) {
    reply({ type: 'error', ...(id === undefined ? {} : { id }), message: err instanceof Error ? err.message : String(err) });
  }
};
