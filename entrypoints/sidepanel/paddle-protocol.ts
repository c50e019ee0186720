/**
 * Messages between the panel and its PP-OCR workers (paddle.worker.ts). Both ends check what they
 * receive: a message of the wrong shape is an error, never guessed at.
 */
import type { TessPage } from '../../lib/ocr';

export type ToPaddleWorker =
  | { type: 'init'; modelUrl: string; dictionaryUrl: string; detectorUrl: string }
  | { type: 'recognize'; id: number; png: Uint8Array };

export type FromPaddleWorker =
  | { type: 'ready' }
  | { type: 'progress'; id: number; progress: number }
  | { type: 'result'; id: number; page: TessPage }
  | { type: 'error'; id?: number; message: string };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function toPaddleWorker(v: unknown): ToPaddleWorker | null {
  if (!isRecord(v)) return null;
  if (v.type === 'init' && typeof v.modelUrl === 'string' && typeof v.dictionaryUrl === 'string' && typeof v.detectorUrl === 'string') return v as ToPaddleWorker;
  if (v.type === 'recognize' && typeof v.id === 'number' && v.png instanceof Uint8Array) return v as ToPaddleWorker;
  return null;
}

export function fromPaddleWorker(v: unknown): FromPaddleWorker | null {
  if (!isRecord(v)) return null;
  if (v.type === 'ready') return { type: 'ready' };
  if (v.type === 'progress' && typeof v.id === 'number' && typeof v.progress === 'number') return v as FromPaddleWorker;
  if (v.type === 'result' && typeof v.id === 'number' && isRecord(v.page) && typeof v.page.text === 'string') return v as FromPaddleWorker;
  if (v.type === 'error' && typeof v.message === 'string') return v as FromPaddleWorker;
  return null;
}
