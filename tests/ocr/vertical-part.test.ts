/**
 * A vertical headline part read as one line: its glyphs side by side in one image, the engine's boxes mapped
 * back onto the glyphs on the page, and the layout making that top-to-bottom line the article's headline
 * (first, whichever side of the body it stands on).
 */
import { describe, expect, it } from 'vitest';
import { decodeGrayPng } from '../../lib/image';
import type { Raster } from '../../lib/image/raster';
import { regionToArticle } from '../../lib/layout';
import { isVertical, lineSize } from '../../lib/layout/lines';
import type { BBox } from '../../lib/model/document';
import { stackedGlyphJob, unstack } from '../../lib/ocr/vertical-part';
import type { RegionPart } from '../../lib/plan';
import { line, regionOf } from '../layout/synthetic';

/** A white page with a dark square at each glyph box. */
function page(glyphs: BBox[]): Raster {
  const width = 200;
  const height = 300;
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const g of glyphs) for (let y = g[1] + 2; y < g[3] - 2; y += 1) for (let x = g[0] + 2; x < g[2] - 2; x += 1) data[y * width + x] = 20;
  return { width, height, channels: 1, data };
}

const glyphs: BBox[] = [0, 1, 2, 3].map((i) => [150, 20 + i * 36, 182, 52 + i * 36]);
const part: RegionPart & { glyphs: BBox[] } = { regionId: 'r1', partId: 2, box: [147, 17, 185, 163], polygon: [[0, 0], [200, 0], [200, 300], [0, 300]], parameters: { tessedit_pageseg_mode: '6' }, invert: false, kind: 'text', glyphs };

describe('a vertical headline read as one line', () => {
  it('sets the glyphs side by side, top one first, as a one-line job', async () => {
    const { job, slots } = stackedGlyphJob(page(glyphs), part, 2);
    expect(job.parameters?.tessedit_pageseg_mode).toBe('7');
    const img = await decodeGrayPng(job.png);
    expect(img.height).toBeLessThan(2 * 32 * 2);
    expect(img.width).toBeGreaterThan(4 * 32 * 2);
    expect(slots.map(([x0]) => x0)).toEqual([...slots.map(([x0]) => x0)].sort((a, b) => a - b));
    // Each slot holds its glyph's ink, and the white between slots stays white.
    const dark = (x: number) => Array.from({ length: img.height }, (_, y) => img.data[y * img.width + x]).some((v) => v < 128);
    // Scaled by 2: a slot's centre is at x0 + x1 in the job image.
    for (const [x0, x1] of slots) expect(dark(x0 + x1)).toBe(true);
    expect(dark(Math.round(slots[0][1] * 2 + 4))).toBe(false);
  });

  it('maps the words read in that line back onto the glyphs on the page', () => {
    const { slots } = stackedGlyphJob(page(glyphs), part, 2);
    const word = (text: string, from: number, to: number) => ({ text, confidence: 90, bbox: [slots[from][0], 10, slots[to][1], 40] as BBox });
    const words = [word('古村', 0, 1), word('新', 2, 2), word('茶', 3, 3)];
    const read = regionOf([]);
    read.blocks = [{ text: '古村新茶', confidence: 90, bbox: [0, 0, 300, 50], paragraphs: [{ text: '古村新茶', confidence: 90, bbox: [0, 0, 300, 50], lines: [{ text: '古村新茶', confidence: 90, bbox: [0, 0, 300, 50], words }] }] }];
    const [l] = unstack(read, slots, glyphs).blocks[0].paragraphs[0].lines;
    expect(l.bbox).toEqual([150, 20, 182, 160]);
    expect(l.words.map((w) => w.bbox)).toEqual([[150, 20, 182, 88], glyphs[2], glyphs[3]]);
    expect(isVertical(l)).toBe(true);
    expect(lineSize(l)).toBe(32);
  });

  it('makes that line the headline, read before the body beside it', () => {
    const head = { ...line('古村新茶', 150, 20, 32), bbox: [150, 20, 182, 160] as BBox, words: [...'古村新茶'].map((ch, i) => ({ text: ch, confidence: 90, bbox: glyphs[i] })) };
    const bodyLines = Array.from({ length: 8 }, (_, i) => line('初夏的云岭村云雾缭绕层层茶园', 0, 20 + i * 19, 13));
    const article = regionToArticle(regionOf([...bodyLines, head]), {});
    expect(article.blocks[0]).toMatchObject({ role: 'headline', text: '古村新茶' });
    expect(article.blocks.filter((b) => b.role === 'headline')).toHaveLength(1);
  });

  it('near miss: a line whose words run left to right is not vertical', () => {
    const l = { ...line('初夏的云岭村', 0, 0, 13), words: [...'初夏的云岭村'].map((ch, i) => ({ text: ch, confidence: 90, bbox: [i * 13, 0, i * 13 + 13, 13] as BBox })) };
    expect(isVertical(l)).toBe(false);
    expect(lineSize(l)).toBe(13);
  });
});
