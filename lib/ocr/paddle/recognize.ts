/**
 * One job crop read with the PP-OCR recognition model: lines found on the crop (lines.ts), cut and resized
 * (tensor.ts), run in batches of similar width, CTC-decoded (ctc.ts), faint full stops the model cannot see put
 * back (faint-stops.ts) and returned in tesseract's shape
 * (one block, one paragraph, the lines top to bottom) so the pool, the converter and everything after
 * them stay the same for both engines. The session is injected: onnxruntime-node in the CLI,
 * onnxruntime-web in the extension, a fake in tests.
 */
import type { Raster } from '../../image';
import type { TessLine, TessPage } from '../tesseract-shapes';
import { toTessLine } from './chars';
import { ctcDecode } from './ctc';
import { detectText, type LazyDet } from './detect';
import { withFaintStops } from './faint-stops';
import { detectionReason, lineStats } from './fallback';
import { darkMask, findLines, inkBox, type LineBox } from './lines';
import { batchTensor, batches, boxImage, lineImage } from './tensor';

/** The part of an ONNX Runtime tensor read here. */
export interface TensorLike {
  readonly data: unknown;
  readonly dims: readonly number[];
}

/** The part of an ONNX Runtime InferenceSession used here (the same in onnxruntime-node and -web). */
export interface OnnxSession {
  readonly inputNames: readonly string[];
  readonly outputNames: readonly string[];
  run(feeds: Record<string, unknown>): Promise<Record<string, TensorLike>>;
  release?(): Promise<void>;
}

export interface RecModel {
  session: OnnxSession;
  /** Makes the runtime's float32 tensor (`new ort.Tensor('float32', data, dims)`). */
  tensor(data: Float32Array, dims: number[]): unknown;
  /** ctcClasses(dictionary). */
  classes: readonly string[];
  /** The text detector for crops whose lines cannot be found from their ink (fallback.ts); without it, never. */
  det?: LazyDet;
}

/**
 * Where the lines come from: `fallback` (the default) our ink profile, and the detector where fallback.ts
 * says the profile failed; `lines` never the detector; `detector` always (the whole-crop comparison).
 */
export type LineSource = 'fallback' | 'lines' | 'detector';

/** A line to read: its ink box (what the layout gets) and the box cut for the model. */
interface LineToRead {
  line: LineBox;
  box: LineBox;
  image: Raster;
}

/** The crop's lines: found from its ink, or — where that failed and a detector is loaded — the detector's boxes. */
async function linesToRead(model: RecModel, gray: Raster, source: LineSource): Promise<LineToRead[]> {
  const mask = darkMask(gray);
  const found = findLines(gray, 1, mask);
  const ours = () => found.map((l) => ({ line: l, ...lineImage(gray, l) }));
  if (!model.det || source === 'lines') return ours();
  if (source === 'fallback' && !detectionReason(lineStats(mask, gray.width, gray.height, found))) return ours();
  const boxes = await detectText(await model.det.get(), gray);
  // The detector finding nothing where the profile found lines is no reason to drop them.
  if (!boxes.length) return ours();
  // Detection boxes are already loose (unclipped), like the crops rec was trained on: cut as they are.
  return boxes.flatMap((box) => {
    const line = inkBox(mask, gray.width, box);
    return line ? [{ line, box, image: boxImage(gray, box) }] : [];
  });
}

export interface CropOptions {
  /** Where the lines come from (default `fallback`). */
  source?: LineSource;
  onProgress?: (done: number) => void;
}

/** Per crop column, 1 where the mask has ink in rows y0…y1 (exclusive end). */
function inkColumns(mask: Uint8Array, width: number, y0: number, y1: number): Uint8Array {
  const out = new Uint8Array(width);
  for (let y = y0; y < y1; y += 1) for (let x = 0; x < width; x += 1) if (mask[y * width + x]) out[x] = 1;
  return out;
}

export async function recognizeCrop(model: RecModel, gray: Raster, { source = 'fallback', onProgress }: CropOptions = {}): Promise<TessPage> {
  const found = await linesToRead(model, gray, source);
  const mask = darkMask(gray);
  const read: (TessLine | null)[] = found.map(() => null);
  const groups = batches(found.map((f) => f.image.width));
  let done = 0;
  for (const group of groups) {
    const width = Math.max(...group.map((i) => found[i].image.width));
    const { data, dims } = batchTensor(group.map((i) => found[i].image), width);
    const out = await model.session.run({ [model.session.inputNames[0]]: model.tensor(data, dims) });
    const probs = out[model.session.outputNames[0]];
    const [n, steps, classes] = probs.dims;
    if (n !== group.length || classes !== model.classes.length) {
      throw new Error(`recognition output is ${probs.dims.join('×')}; expected ${group.length} lines × steps × ${model.classes.length} classes (model and dictionary do not match)`);
    }
    const all = probs.data as Float32Array;
    group.forEach((i, k) => {
      const f = found[i];
      // Crop pixels per step: the batch is padded to `width`, so steps cover the padded input.
      const stepPx = ((width / steps) * (f.box[2] - f.box[0])) / f.image.width;
      const decoded = ctcDecode(all.subarray(k * steps * classes, (k + 1) * steps * classes), steps, model.classes);
      const chars = withFaintStops(decoded, gray, { line: f.line, box: f.box, stepPx });
      const ink = inkColumns(mask, gray.width, f.line[1], f.line[3]);
      read[i] = toTessLine(chars, { x0: f.line[0], y0: f.line[1], x1: f.line[2], y1: f.line[3], originX: f.box[0], stepPx, inkColumns: ink });
    });
    done += group.length;
    onProgress?.(done / found.length);
  }
  const lines = read.filter((l): l is TessLine => !!l && !!l.text);
  const text = lines.map((l) => l.text).join('\n');
  const chars = lines.reduce((n, l) => n + l.text.length, 0);
  const confidence = chars ? lines.reduce((s, l) => s + l.confidence * l.text.length, 0) / chars : 0;
  if (!lines.length) return { text: '', confidence: 0, blocks: [] };
  const bbox = {
    x0: Math.min(...lines.map((l) => l.bbox.x0)),
    y0: Math.min(...lines.map((l) => l.bbox.y0)),
    x1: Math.max(...lines.map((l) => l.bbox.x1)),
    y1: Math.max(...lines.map((l) => l.bbox.y1)),
  };
  return { text, confidence, blocks: [{ text, confidence, bbox, paragraphs: [{ text, confidence, bbox, lines }] }] };
}
