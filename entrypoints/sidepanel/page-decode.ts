/**
 * Decoding the page image, off the panel's main thread (page-decode.worker.ts runs this): a page of
 * hundreds of megapixels is seconds of copying, which in the panel froze it strip after strip.
 */
import { GRAY_DECODE_PIXELS, grayRaster, putGrayStrip, rgbaRaster, tooManyPixels, type Raster } from '../../lib/image';

/** A page image with more pixels than a canvas (and the OCR) can hold. */
export class ImageTooLargeError extends Error {
  constructor(readonly detail: string) {
    super(`the page image is ${detail}`);
    this.name = 'ImageTooLargeError';
  }
}

/**
 * Pixels of one strip when a big page is decoded to gray: 8 MB of RGBA (or YUV) at a time beside the gray
 * page, never the whole page in colour.
 */
const STRIP_PIXELS = 2_000_000;

/**
 * The page image's bytes → a raster: RGBA, or gray for a page over GRAY_DECODE_PIXELS. Runs in the page
 * decoder worker (page-decode.worker.ts), so neither the decode nor the copy of a big page's pixels holds
 * the panel's main thread; only Web APIs that workers have (ImageDecoder, createImageBitmap, OffscreenCanvas).
 */
export async function decodePageImage(blob: Blob): Promise<Raster> {
  // A page too large for RGBA is taken as gray straight from the decoder's luma plane when it has one.
  const gray = await grayFromDecoder(blob);
  if (gray) return gray;
  const bitmap = await createImageBitmap(blob);
  try {
    const tooLarge = tooManyPixels(bitmap.width, bitmap.height);
    if (tooLarge) throw new ImageTooLargeError(tooLarge);
    if (bitmap.width * bitmap.height > GRAY_DECODE_PIXELS) return grayInStrips(bitmap);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas context for decoding the page image');
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    return rgbaRaster(bitmap.width, bitmap.height, data);
  } finally {
    bitmap.close();
  }
}

/**
 * A page too large to hold as RGBA (plus its canvas) is read strip by strip into one gray raster, as the
 * CLI decodes it.
 */
function grayInStrips(bitmap: ImageBitmap): Raster {
  const { width, height } = bitmap;
  const rows = Math.max(1, Math.floor(STRIP_PIXELS / width));
  const page = grayRaster(width, height, new Uint8ClampedArray(width * height));
  const canvas = new OffscreenCanvas(width, Math.min(rows, height));
  // Read back once per strip: a CPU-backed canvas makes each getImageData a copy, not a GPU readback.
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) throw new Error('no 2D canvas context for decoding the page image');
  // 1:1 copies: no smoothing, so a strip's edge rows never mix with the rows of the next one.
  ctx.imageSmoothingEnabled = false;
  for (let top = 0; top < height; top += rows) {
    const h = Math.min(rows, height - top);
    // Cleared first: a transparent pixel must read as paper, not as the previous strip under it.
    ctx.clearRect(0, 0, width, canvas.height);
    ctx.drawImage(bitmap, 0, top, width, h, 0, 0, width, h);
    putGrayStrip(page, top, ctx.getImageData(0, 0, width, h).data);
  }
  return page;
}

/** Decoded frames whose first plane is luma (Y′, BT.601 like lib/image's gray), in the layouts WebCodecs names. */
const LUMA_FIRST = new Set(['I420', 'I420A', 'I422', 'I422A', 'I444', 'I444A', 'NV12']);

/**
 * A page over GRAY_DECODE_PIXELS as one gray raster, never as RGBA: createImageBitmap would hold the whole
 * page at 4 bytes a pixel (768 MB for 12000×16000) in the panel's process while it is copied to gray.
 * WebCodecs' ImageDecoder decodes a JPEG off the main thread to YUV (1.5 bytes a pixel), whose Y plane is
 * the gray OCR reads; it is copied out a strip at a time. Null, for the bitmap path to take over, when
 * the browser has no ImageDecoder, the type is not one it decodes, the page is small enough for RGBA
 * (article images keep their colour), or the frame is not luma-first or must be turned (EXIF orientation).
 */
async function grayFromDecoder(blob: Blob): Promise<Raster | null> {
  const type = blob.type.split(';')[0].trim().toLowerCase();
  if (typeof ImageDecoder === 'undefined' || !type.startsWith('image/') || !(await ImageDecoder.isTypeSupported(type).catch(() => false))) return null;
  const decoder = new ImageDecoder({ data: blob.stream(), type, preferAnimation: false });
  let frame: VideoFrame | undefined;
  try {
    frame = (await decoder.decode({ frameIndex: 0 })).image;
    const { width, height } = frame.visibleRect ?? { width: frame.codedWidth, height: frame.codedHeight };
    const tooLarge = tooManyPixels(width, height);
    if (tooLarge) throw new ImageTooLargeError(tooLarge);
    const turned = (frame as { rotation?: number; flip?: boolean }).rotation || (frame as { flip?: boolean }).flip;
    if (width * height <= GRAY_DECODE_PIXELS || !frame.format || !LUMA_FIRST.has(frame.format) || turned) return null;
    return await lumaInStrips(frame, width, height);
  } catch (err) {
    if (err instanceof ImageTooLargeError) throw err;
    // A decoder that fails here (a codec it lists but cannot run) leaves the page to createImageBitmap.
    return null;
  } finally {
    frame?.close();
    decoder.close();
  }
}

/** The frame's Y plane, strip by strip (subsampled chroma comes along and is dropped), into one gray raster. */
async function lumaInStrips(frame: VideoFrame, width: number, height: number): Promise<Raster> {
  const { x: left, y: top0 } = frame.visibleRect ?? { x: 0, y: 0 };
  // Chroma is subsampled by 2: a copied rectangle starts and ends on even rows and columns of the coded frame.
  const x = left - (left % 2);
  const copyWidth = Math.min(frame.codedWidth - x, left - x + width + ((left - x + width) % 2));
  const rows = Math.max(2, Math.floor(STRIP_PIXELS / copyWidth / 2) * 2);
  const page = grayRaster(width, height, new Uint8ClampedArray(width * height));
  const fullRange = frame.colorSpace.fullRange !== false;
  let buffer = new Uint8Array(0);
  for (let row = 0; row < height; ) {
    const y = top0 + row - ((top0 + row) % 2);
    const copyHeight = Math.min(rows, frame.codedHeight - y);
    const rect = { x, y, width: copyWidth, height: copyHeight + (copyHeight % 2 && y + copyHeight < frame.codedHeight ? 1 : 0) };
    const size = frame.allocationSize({ rect });
    if (buffer.length < size) buffer = new Uint8Array(size);
    const [luma] = await frame.copyTo(buffer, { rect });
    const first = top0 + row - y;
    const last = Math.min(rect.height, top0 + height - y);
    for (let r = first; r < last; r += 1) {
      const from = luma.offset + r * luma.stride + (left - x);
      const to = (y + r - top0) * width;
      const line = buffer.subarray(from, from + width);
      if (fullRange) page.data.set(line, to);
      // Video-range luma (16–235) is stretched to the 0–255 gray the rest of the pipeline expects.
      else for (let i = 0; i < width; i += 1) page.data[to + i] = ((line[i] - 16) * 255) / 219;
    }
    row = y + last - top0;
  }
  return page;
}

