/**
 * Raw pixel buffers, the one image shape lib/ works on: the same code runs on sharp's raw output in Node
 * and on canvas ImageData in the extension, so OCR input is prepared identically in both.
 */
/**
 * The most pixels a page image may have to be decoded: sharp's default input limit (16383 × 16383) and
 * about the largest canvas browsers allow; its RGBA raster is already about 1 GB.
 */
const MAX_RASTER_PIXELS = 0x3fff * 0x3fff;

/**
 * Pages above this many pixels are decoded in gray, 1 byte a pixel instead of 4 (the CLI with sharp, the
 * panel strip by strip): a 12000×16000 scan is 768 MB as RGBA, over the memory budget on its own
 * (tests/bench/big-page.ts). OCR reads gray anyway; only the article images of such a page come out gray.
 */
export const GRAY_DECODE_PIXELS = 40_000_000;

/** The largest page image download the CLI and the panel accept (a 12000×16000 scan is tens of MB as JPEG or PNG). */
export const MAX_IMAGE_BYTES = 256 * 1024 * 1024;

/** The one "too large" message of the CLI and the panel (the panel adds its own words around it). */
export function tooManyPixels(width: number, height: number): string | undefined {
  return width * height > MAX_RASTER_PIXELS ? `${width}×${height} pixels: too large (limit ${MAX_RASTER_PIXELS.toLocaleString('en')} pixels, e.g. 16383×16383)` : undefined;
}

export interface Raster {
  width: number;
  height: number;
  /** 4 (RGBA) or 1 (gray) bytes per pixel, row-major. */
  channels: 1 | 4;
  data: Uint8ClampedArray;
}

/** Checks that the buffer size matches the declared size, so a wrong decode fails here, not in tesseract. */
export function assertRaster(image: Raster): void {
  const { width, height, channels, data } = image;
  if (!Number.isInteger(width) || !Number.isInteger(height) || width <= 0 || height <= 0) {
    throw new Error(`image size must be positive whole pixels, got ${width}×${height}`);
  }
  if (channels !== 1 && channels !== 4) throw new Error(`image must have 1 or 4 channels, got ${channels}`);
  if (data.length !== width * height * channels) {
    throw new Error(`image data has ${data.length} bytes, expected ${width}×${height}×${channels} = ${width * height * channels}`);
  }
}

/** Wraps RGBA bytes (ImageData.data, sharp `.raw()` with 4 channels) without copying. */
export function rgbaRaster(width: number, height: number, data: Uint8Array | Uint8ClampedArray): Raster {
  const bytes = data instanceof Uint8ClampedArray ? data : new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  const image: Raster = { width, height, channels: 4, data: bytes };
  assertRaster(image);
  return image;
}

/** Wraps gray bytes (sharp `.grayscale().raw()`, 1 channel) without copying. */
export function grayRaster(width: number, height: number, data: Uint8Array | Uint8ClampedArray): Raster {
  const bytes = data instanceof Uint8ClampedArray ? data : new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength);
  const image: Raster = { width, height, channels: 1, data: bytes };
  assertRaster(image);
  return image;
}

/** Luma (ITU-R BT.601); transparent pixels count as white paper, since page scans have none that matter. */
export function toGray(image: Raster): Raster {
  assertRaster(image);
  if (image.channels === 1) return image;
  const { width, height, data } = image;
  const out = new Uint8ClampedArray(width * height);
  rgbaToGray(data, out, 0);
  return { width, height, channels: 1, data: out };
}

/**
 * Writes the gray of an RGBA strip (whole rows, `strip.length / 4 / target.width` of them) into the gray
 * `target` from row `top` on: a page too large to hold as RGBA is decoded strip by strip into one gray raster.
 */
export function putGrayStrip(target: Raster, top: number, strip: Uint8ClampedArray): void {
  if (target.channels !== 1) throw new Error('putGrayStrip needs a gray (1-channel) target');
  const rows = strip.length / 4 / target.width;
  if (!Number.isInteger(rows) || !Number.isInteger(top) || top < 0 || top + rows > target.height) {
    throw new Error(`strip of ${strip.length} bytes at row ${top} does not fit a ${target.width}×${target.height} page`);
  }
  rgbaToGray(strip, target.data, top * target.width);
}

function rgbaToGray(rgba: Uint8ClampedArray, out: Uint8ClampedArray, start: number): void {
  for (let i = 0, p = start; i < rgba.length; i += 4, p += 1) {
    const luma = 0.299 * rgba[i] + 0.587 * rgba[i + 1] + 0.114 * rgba[i + 2];
    const alpha = rgba[i + 3] / 255;
    out[p] = luma * alpha + 255 * (1 - alpha);
  }
}

/** Negative of the image (alpha kept): light text on a dark panel becomes the dark-on-light tesseract reads. */
export function invertRaster(image: Raster): Raster {
  assertRaster(image);
  const out = new Uint8ClampedArray(image.data);
  for (let i = 0; i < out.length; i += 1) if (image.channels === 1 || i % 4 !== 3) out[i] = 255 - out[i];
  return { ...image, data: out };
}
