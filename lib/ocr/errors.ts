/**
 * What a failed tesseract call tells the user. When the WebAssembly heap runs out (a huge region, a big
 * `--scale`), tesseract.js's worker aborts and the reply that reaches us is a JSON parse error or an
 * abort message — meaningless to a user — so it is named for what it is, with the image size and what to do.
 */
import type { OcrJob } from './job';

const OUT_OF_MEMORY = /Unexpected end of JSON input|out of memory|Cannot enlarge memory|memory access out of bounds|Aborted\(|RangeError: (?:Array buffer allocation|WebAssembly\.Memory)/i;

/** Width × height from a PNG's IHDR chunk, when the bytes are a PNG. */
function pngSize(png: Uint8Array): string | undefined {
  if (png.length < 24 || png[0] !== 0x89 || png[1] !== 0x50) return undefined;
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return `${view.getUint32(16)}×${view.getUint32(20)} px`;
}

export function describeRecognizeError(err: unknown, job: OcrJob): { message: string; brokenWorker: boolean } {
  const raw = err instanceof Error ? `${err.name === 'Error' ? '' : `${err.name}: `}${err.message}` : String(err);
  if (!OUT_OF_MEMORY.test(raw)) return { message: err instanceof Error ? err.message : raw, brokenWorker: false };
  const size = pngSize(job.png);
  const scaled = job.scale === 1 ? '' : ` at scale ${job.scale}`;
  return {
    message: `tesseract ran out of memory on this region (${size ? `${size}${scaled}` : `scale ${job.scale}`}): use a smaller --scale, or split the region (--regions)`,
    brokenWorker: true,
  };
}
