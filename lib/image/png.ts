/** PNG encoding and decoding in pure JS (fast-png), so Node and the extension hand the OCR byte-identical input. */
import { decode, encode } from 'fast-png';
import { assertRaster, toGray, type Raster } from './raster';

/**
 * `stored`: deflate without compression, for crops that only travel to an OCR worker in memory. Compressing
 * them was the panel thread's largest cost while reading (about 4× the time of a stored PNG of the same
 * crop, which is only about 2.5× the bytes); files the user keeps are compressed.
 */
export function encodePng(image: Raster, options: { stored?: boolean } = {}): Uint8Array {
  assertRaster(image);
  const png = { width: image.width, height: image.height, channels: image.channels, depth: 8 as const, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
  return options.stored ? encode(png, { zlib: { level: 0 } }) : encode(png);
}

/** An 8-bit PNG (as encodePng writes them: gray or RGBA; gray+alpha and RGB too) as a gray raster. */
export function decodeGrayPng(png: Uint8Array): Raster {
  const { width, height, channels, depth, data } = decode(png);
  if (depth !== 8) throw new Error(`PNG has ${depth}-bit samples; only 8-bit images are read`);
  const bytes = data as Uint8Array;
  if (channels === 1) return { width, height, channels: 1, data: new Uint8ClampedArray(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
  const rgba = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p += 1) {
    const s = p * channels;
    const [r, g, b] = channels >= 3 ? [bytes[s], bytes[s + 1], bytes[s + 2]] : [bytes[s], bytes[s], bytes[s]];
    const a = channels === 4 ? bytes[s + 3] : channels === 2 ? bytes[s + 1] : 255;
    rgba.set([r, g, b, a], p * 4);
  }
  return toGray({ width, height, channels: 4, data: rgba });
}
