/**
 * A fake ONNX InferenceSession for the PP-OCR adapter tests: it "reads" its input tensor the way the real
 * model's output is shaped — one time step per 8 input columns, CTC over the given classes — emitting the
 * character `char` over each run of steps with dark ink and the blank elsewhere. Solid black ink reads with
 * probability 0.95, grey ink (a faint print) with 0.5, so tests can check the confidence marks.
 */
import type { RecModel, OnnxSession, TensorLike } from '../../../lib/ocr/paddle';

export const STEP = 8;

export interface FakeSession extends OnnxSession {
  /** dims of every batch run, in order. */
  runs: number[][];
  released: boolean;
}

export function fakeSession(classes: readonly string[], char: string, options: { classCount?: number } = {}): FakeSession {
  const n = options.classCount ?? classes.length;
  const cls = classes.indexOf(char);
  const session: FakeSession = {
    inputNames: ['x'],
    outputNames: ['softmax_0.tmp_0'],
    runs: [],
    released: false,
    async run(feeds) {
      const input = feeds.x as TensorLike;
      const [batch, , h, w] = input.dims;
      session.runs.push([...input.dims]);
      const data = input.data as Float32Array;
      const steps = Math.floor(w / STEP);
      const out = new Float32Array(batch * steps * n);
      for (let b = 0; b < batch; b += 1) {
        // Darkest value in each step's columns of the first channel (white = 1, black = −1, padding = 0).
        const darkest = Array.from({ length: steps }, (_, t) => {
          let min = 1;
          for (let y = 0; y < h; y += 1) for (let x = t * STEP; x < (t + 1) * STEP; x += 1) min = Math.min(min, data[b * 3 * h * w + y * w + x]);
          return min;
        });
        // A run of ink steps is one character, fired at the run's middle step like a peaky CTC model.
        const fire = new Set<number>();
        for (let t = 0; t < steps; ) {
          if (darkest[t] >= -0.3) {
            t += 1;
            continue;
          }
          let e = t;
          while (e < steps && darkest[e] < -0.3) e += 1;
          fire.add((t + e - 1) >> 1);
          t = e;
        }
        for (let t = 0; t < steps; t += 1) {
          const at = (b * steps + t) * n;
          const p = darkest[t] < -0.9 ? 0.95 : 0.5;
          out.fill((1 - p) / (n - 1), at, at + n);
          out[at + (fire.has(t) ? cls : 0)] = p;
        }
      }
      return { 'softmax_0.tmp_0': { data: out, dims: [batch, steps, n] } };
    },
    async release() {
      session.released = true;
    },
  };
  return session;
}

export function fakeModel(session: OnnxSession, classes: readonly string[]): RecModel {
  return { session, classes, tensor: (data, dims) => ({ data, dims }) };
}
