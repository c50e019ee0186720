/** PNG encoding in pure JS (fast-png), so Node and the extension hand tesseract byte-identical input. */
import { encode } from 'fast-png';
import { assertRaster, type Raster } from './raster';

export function encodePng(image: Raster): Uint8Array {
  assertRaster(image);
  return encode({ width: image.width, height: image.height, channels: image.channels, depth: 8, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) });
}
