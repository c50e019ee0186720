/**
 * One PP-OCR recogniser in a Web Worker, so the panel never freezes while a page is read: onnxruntime-web's
 * single-threaded wasm build, the model, the dictionary and the wasm all from the extension's own files
 * (wxt.config.ts; nothing remote).
 * The work itself is lib/ocr/paddle's recognizeCrop, the same code the CLI runs.
 */
import * as ort from 'onnxruntime-web/wasm';
import { decodeGrayPng } from '../../lib/image';
import { ctcClasses, recognizeCrop, type RecModel, type RecSession } from '../../lib/ocr/paddle';
import { toPaddleWorker, type FromPaddleWorker } from './paddle-protocol';

const reply = (m: FromPaddleWorker) => postMessage(m);
let model: RecModel | null = null;

async function init(modelUrl: string, dictionaryUrl: string): Promise<void> {
  // One thread: threads need SharedArrayBuffer (a cross-origin-isolated page); the pool runs two workers instead.
  ort.env.wasm.numThreads = 1;
  const [bytes, dictionary] = await Promise.all([fetch(modelUrl).then((r) => r.arrayBuffer()), fetch(dictionaryUrl).then((r) => r.text())]);
  const session = await ort.InferenceSession.create(new Uint8Array(bytes), { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
  model = { session: session as unknown as RecSession, tensor: (data, dims) => new ort.Tensor('float32', data, dims), classes: ctcClasses(dictionary) };
}

self.onmessage = async (event: MessageEvent) => {
  const message = toPaddleWorker(event.data);
  if (!message) return reply({ type: 'error', message: 'the PP-OCR worker got a message it does not know' });
  const id = message.type === 'recognize' ? message.id : undefined;
  try {
    if (message.type === 'init') {
      await init(message.modelUrl, message.dictionaryUrl);
      return reply({ type: 'ready' });
    }
    if (!model) throw new Error('the PP-OCR worker was asked to read before its model loaded');
    const page = await recognizeCrop(model, decodeGrayPng(message.png), (progress) => reply({ type: 'progress', id: message.id, progress }));
    reply({ type: 'result', id: message.id, page });
  } catch (err) {
    reply({ type: 'error', ...(id === undefined ? {} : { id }), message: err instanceof Error ? err.message : String(err) });
  }
};
