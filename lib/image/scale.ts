/**
 * Bilinear resampling. Small print on e-paper scans (≈ 20 px per character) reads better upscaled; how much
 * is the layout code's choice, this only does the arithmetic.
 */
import { assertRaster, type Raster } from './raster';

export function scaleRaster(image: Raster, factor: number): Raster {
  assertRaster(image);
  if (!(factor > 0) || !Number.isFinite(factor)) throw new Error(`scale factor must be a positive number, got ${factor}`);
  if (factor === 1) return image;
  return resizeRaster(image, Math.max(1, Math.round(image.width * factor)), Math.max(1, Math.round(image.height * factor)));
}

/** Bilinear resampling to exactly `width` × `height` (the two axes scale independently). */
export function resizeRaster(image: Raster, width: number, height: number): Raster {
  assertRaster(image);
  if (!(width >= 1 && height >= 1) || !Number.isInteger(width) || !Number.isInteger(height)) throw new Error(`target size must be whole pixels, got ${width}×${height}`);
  if (width === image.width && height === image.height) return image;
  const ch = image.channels;
  const src = image.data;
  const out = new Uint8ClampedArray(width * height * ch);
  // Map pixel centres, so a 2× upscale keeps the image centred instead of shifting it half a pixel.
  const fx = image.width / width;
  const fy = image.height / height;
  for (let y = 0; y < height; y += 1) {
    const sy = Math.min(Math.max((y + 0.5) * fy - 0.5, 0), image.height - 1);
    const y0 = Math.floor(sy);
    const y1 = Math.min(y0 + 1, image.height - 1);
    const wy = sy - y0;
    for (let x = 0; x < width; x += 1) {
      const sx = Math.min(Math.max((x + 0.5) * fx - 0.5, 0), image.width - 1);
      const x0 = Math.floor(sx);
      const x1 = Math.min(x0 + 1, image.width - 1);
      const wx = sx - x0;
      const o = (y * width + x) * ch;
      for (let c = 0; c < ch; c += 1) {
        const top = src[(y0 * image.width + x0) * ch + c] * (1 - wx) + src[(y0 * image.width + x1) * ch + c] * wx;
        const bottom = src[(y1 * image.width + x0) * ch + c] * (1 - wx) + src[(y1 * image.width + x1) * ch + c] * wx;
        out[o + c] = top * (1 - wy) + bottom * wy;
      }
    }
  }
  return { width, height, channels: ch, data: out };
}
