/**
 * The PP-OCR recogniser as a pool worker (lib/ocr/engine.ts): the pool's queue, progress, cancel, idle
 * shutdown and start time-out serve both engines. Each worker loads its own model session; `loadModel` is
 * the runtime's part (files from node_modules in the CLI, from the extension package in the panel).
 */
import { decodeGrayPng } from '../../image';
import type { WorkerFactory } from '../worker';
import { recognizeCrop, type LineSource, type RecModel } from './recognize';

export type LoadRecModel = () => Promise<RecModel>;

export function paddleWorkerFactory(loadModel: LoadRecModel, lines: LineSource = 'fallback'): WorkerFactory {
  return async ({ onProgress }) => {
    onProgress({ status: 'loading recognition model', progress: 0 });
    const model = await loadModel();
    onProgress({ status: 'loading recognition model', progress: 1 });
    return {
      // tesseract parameters (a PSM) mean nothing here: lines are found on the crop itself.
      recognize: (png) => recognizeCrop(model, decodeGrayPng(png), { source: lines, onProgress: (p) => onProgress({ status: 'recognizing text', progress: p }) }),
      terminate: async () => {
        await Promise.all([model.session.release?.(), model.det?.release()]);
      },
      // The session runs in this thread (or the runtime's own); nothing can exit underneath it.
      onDeath: () => {},
    };
  };
}
