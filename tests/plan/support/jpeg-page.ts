/**
 * Small page rasters that look like a real e-paper JPEG: Noto Serif CJK type on grey paper, rendered by
 * sharp (librsvg), then softened, sharpened (halos) and saved as JPEG q40 with 4:2:0 chroma, as the
 * realistic fixture pages are (tests/fixtures/realistic). The plan tests build the layouts they need from
 * rectangles and lines of text, so each knows where its text and pictures are.
 */
import sharp from 'sharp';
import type { Raster } from '../../../lib/image/raster';
import type { BBox } from '../../../lib/model/document';

export const PAPER = '#e4e2da';

export type Shape =
  | { rect: BBox; fill: string }
  /** A vertical gradient from `top` to `bottom` colour (a sky). */
  | { rect: BBox; top: string; bottom: string }
  /** Lines of text, `size` px type, baselines `pitch` px apart, the first at y. */
  | { text: string[]; x: number; y: number; size: number; pitch: number; fill?: string; font?: 'serif' | 'sans bold' };

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function svgOf(width: number, height: number, shapes: Shape[]): string {
  const defs: string[] = [];
  const body = shapes.map((s, i) => {
    if ('text' in s) {
      return s.text.map((t, k) => `<text x="${s.x}" y="${s.y + k * s.pitch}" font-size="${s.size}" ${s.font === 'sans bold' ? 'font-family="Noto Sans CJK SC" font-weight="bold"' : 'font-family="Noto Serif CJK SC"'} fill="${s.fill ?? '#222'}">${esc(t)}</text>`).join('');
    }
    const [x0, y0, x1, y1] = s.rect;
    const rect = (fill: string) => `<rect x="${x0}" y="${y0}" width="${x1 - x0}" height="${y1 - y0}" fill="${fill}"/>`;
    if ('fill' in s) return rect(s.fill);
    defs.push(`<linearGradient id="g${i}" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${s.top}"/><stop offset="1" stop-color="${s.bottom}"/></linearGradient>`);
    return rect(`url(#g${i})`);
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>${defs.join('')}</defs><rect width="100%" height="100%" fill="${PAPER}"/>${body.join('')}</svg>`;
}

/** The page as a low-quality JPEG decodes: RGBA. */
export async function jpegPage(width: number, height: number, shapes: Shape[]): Promise<Raster> {
  const png = await sharp(Buffer.from(svgOf(width, height, shapes))).png().toBuffer();
  const jpeg = await sharp(png).blur(0.6).sharpen({ sigma: 1.2, m2: 3 }).jpeg({ quality: 40, chromaSubsampling: '4:2:0' }).toBuffer();
  const { data, info } = await sharp(jpeg).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 4, data: new Uint8ClampedArray(data.buffer, data.byteOffset, data.length) };
}
