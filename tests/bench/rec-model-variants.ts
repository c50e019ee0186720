/**
 * Smaller copies of the shipped PP-OCR recognition model, for the engine bench to compare against it
 * (decision 010, "Other recognition models"). Weight-only: each Conv/MatMul weight (a Constant node in this
 * paddle2onnx export) is stored as fp16, or as int8 with one symmetric scale per output channel, and is turned
 * back into float32 by Cast (and Mul) nodes right after it. The model keeps its opset (9), so no other node
 * changes; ONNX Runtime folds the constants at session creation, so the graph it runs is float32 as before:
 * only the file gets smaller, and the reading changes by the rounding of the weights.
 * Run: `node bin/run-ts.mjs tests/bench/rec-model-variants.ts` → .bench/models/rec-{fp16,int8w}.onnx; then
 * `node bin/run-ts.mjs tests/bench/ocr-engines.ts --child PAGE realistic paddle-wasm 2 .bench/models/rec-int8w.onnx`.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PP_OCR_V4_REC } from '../../cli/paddle-model';

// onnx-proto is CommonJS without named exports Node's ESM loader can see.
const { onnx } = createRequire(import.meta.url)('onnx-proto') as typeof import('onnx-proto');
type Mode = 'fp16' | 'int8w';
const FLOAT = 1;
const INT8 = 3;
const FLOAT16 = 10;
const ATTR_INT = 2;
const ATTR_TENSOR = 4;
/** Smaller tensors (biases, norms, shapes) stay float32: they are a few kB in all. */
const MIN_ELEMENTS = 1024;

function floats(t: import('onnx-proto').onnx.ITensorProto): Float32Array {
  const raw = t.rawData;
  if (raw?.length) return new Float32Array(raw.buffer.slice(raw.byteOffset, raw.byteOffset + raw.length));
  return Float32Array.from(t.floatData ?? []);
}

/** IEEE half precision, round to nearest even enough for weights (|w| ≪ 65504). */
function toHalf(value: number): number {
  const bits = new Uint32Array(new Float32Array([value]).buffer)[0];
  const sign = (bits >>> 16) & 0x8000;
  const exp = ((bits >>> 23) & 0xff) - 127 + 15;
  const mant = bits & 0x7fffff;
  if (exp <= 0) {
    if (exp < -10) return sign;
    const m = mant | 0x800000;
    const shift = 14 - exp;
    return sign | ((m >> shift) + ((m >> (shift - 1)) & 1));
  }
  if (exp >= 31) return sign | 0x7c00;
  return (sign | (exp << 10) | (mant >> 13)) + ((mant >> 12) & 1);
}

const tensor = (dims: number[], dataType: number, bytes: ArrayBufferView) =>
  onnx.TensorProto.create({ dims, dataType, rawData: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
const castToFloat = (input: string, output: string) =>
  onnx.NodeProto.create({ opType: 'Cast', input: [input], output: [output], attribute: [{ name: 'to', type: ATTR_INT, i: FLOAT }] });

function compressRecModel(bytes: Uint8Array, mode: Mode): { bytes: Uint8Array; weights: number } {
  const model = onnx.ModelProto.decode(bytes);
  const graph = model.graph!;
  const users = new Map<string, import('onnx-proto').onnx.INodeProto[]>();
  for (const node of graph.node ?? []) for (const input of node.input ?? []) users.set(input, [...(users.get(input) ?? []), node]);
  const out: import('onnx-proto').onnx.INodeProto[] = [];
  let weights = 0;
  for (const node of graph.node ?? []) {
    const t = node.opType === 'Constant' ? node.attribute?.[0]?.t : null;
    const name = node.output?.[0] ?? '';
    const readers = users.get(name) ?? [];
    const op = readers[0]?.opType;
    const isWeight = readers.length > 0 && readers.every((r) => (r.opType === 'Conv' || r.opType === 'MatMul') && r.input?.[1] === name && r.opType === op);
    const dims = (t?.dims ?? []).map(Number);
    if (!t || t.dataType !== FLOAT || !isWeight || dims.reduce((a, b) => a * b, 1) < MIN_ELEMENTS) {
      out.push(node);
      continue;
    }
    weights += 1;
    const data = floats(t);
    node.output = [`${name}_stored`];
    if (mode === 'fp16') {
      node.attribute![0].t = tensor(dims, FLOAT16, Uint16Array.from(data, toHalf));
      out.push(node, castToFloat(`${name}_stored`, name));
      continue;
    }
    // One scale per output channel: Conv weights are [out, in, kh, kw], MatMul's B is [in, out].
    const conv = op === 'Conv';
    const channels = conv ? dims[0] : dims[1];
    const per = data.length / channels;
    const channel = (i: number) => (conv ? Math.floor(i / per) : i % channels);
    const max = new Float32Array(channels);
    data.forEach((v, i) => (max[channel(i)] = Math.max(max[channel(i)], Math.abs(v))));
    const scale = Float32Array.from(max, (m) => (m > 0 ? m / 127 : 1));
    node.attribute![0].t = tensor(dims, INT8, Int8Array.from(data, (v, i) => Math.round(v / scale[channel(i)])));
    const scaleDims = conv ? [channels, ...dims.slice(1).map(() => 1)] : [1, channels];
    const scaleNode = onnx.NodeProto.create({ opType: 'Constant', output: [`${name}_scale`], attribute: [{ name: 'value', type: ATTR_TENSOR, t: tensor(scaleDims, FLOAT, scale) }] });
    const mul = onnx.NodeProto.create({ opType: 'Mul', input: [`${name}_float`, `${name}_scale`], output: [name] });
    out.push(node, scaleNode, castToFloat(`${name}_stored`, `${name}_float`), mul);
  }
  graph.node = out;
  return { bytes: onnx.ModelProto.encode(model).finish(), weights };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const source = await readFile(PP_OCR_V4_REC.rec);
  const dir = join('.bench', 'models');
  await mkdir(dir, { recursive: true });
  for (const mode of ['fp16', 'int8w'] as const) {
    const { bytes, weights } = compressRecModel(source, mode);
    const file = join(dir, `rec-${mode}.onnx`);
    await writeFile(file, bytes);
    console.log(`${file}: ${weights} weights as ${mode}, ${(source.length / 1e6).toFixed(2)} → ${(bytes.length / 1e6).toFixed(2)} MB`);
  }
}
