/** Synthetic gray rasters for the plan tests: square "glyphs" in rows and columns, solid boxes for photos. */
import type { Raster } from '../../../lib/image/raster';
import type { BBox } from '../../../lib/model/document';

/** A white gray raster with "text": rows of square glyphs `size` px, 0.15 em apart, or solid boxes (photos). */
export function canvas(width: number, height: number) {
  const data = new Uint8ClampedArray(width * height).fill(255);
  const fill = (b: BBox, value = 0) => {
    for (let y = b[1]; y < b[3]; y += 1) for (let x = b[0]; x < b[2]; x += 1) data[y * width + x] = value;
  };
  const textRow = (x: number, y: number, chars: number, size: number) => {
    for (let i = 0; i < chars; i += 1) {
      const x0 = Math.round(x + i * size * 1.0 + size * 0.08);
      fill([x0, y, Math.round(x0 + size * 0.84), y + size], 30);
    }
  };
  const column = (x: number, y: number, lines: number, chars: number, size: number) => {
    for (let i = 0; i < lines; i += 1) textRow(x + (i === 0 ? 2 * size : 0), y + Math.round(i * size * 1.5), i === 0 ? chars - 2 : chars, size);
  };
  /** A row of bold "十" glyphs: ink about as dense as real display type, not solid along its edges. */
  const crossRow = (x: number, y: number, chars: number, size: number) => {
    const stroke = Math.round(size / 6);
    for (let i = 0; i < chars; i += 1) {
      const x0 = Math.round(x + i * size + size * 0.08);
      const mid = Math.round(size * 0.42);
      fill([x0, y + mid - stroke, Math.round(x0 + size * 0.84), y + mid + stroke], 30);
      fill([x0 + mid - stroke, y, x0 + mid + stroke, y + size], 30);
    }
  };
  const raster = (): Raster => ({ width, height, channels: 1, data });
  return { fill, textRow, crossRow, column, raster };
}

