/**
 * A vertical headline (a plan part with `glyphs`, lib/plan/vertical-headline.ts) read as one line: its
 * glyphs are set side by side, top one first, in a new image that either engine reads as a plain
 * horizontal line (PSM 7; PP-OCR finds one line in it). tesseract's chi_sim has no vertical model, and
 * PP-OCR's rec model reads lines left to right. The boxes that come back are in that image; each word is
 * mapped back to the glyphs it covers on the page, so the line lies over the headline's column.
 */
import { clampBox, cropToPolygon, encodePng, scaleRaster, toGray, type Raster } from '../image';
import type { BBox } from '../model/document';
import type { RegionPart } from '../plan';
import type { OcrJob } from './job';
import type { OcrBlock, RegionOcr } from './types';

/** Where each glyph sits in the side-by-side image: [x0, x1) along its one line. */
export type GlyphSlots = [number, number][];

export function stackedGlyphJob(image: Raster, part: RegionPart & { glyphs: BBox[] }, scale: number): { job: OcrJob; slots: GlyphSlots } {
  const crops = part.glyphs.map((g) => toGray(cropToPolygon(image, clampBox(g, image.width, image.height), part.polygon)));
  const size = Math.max(...crops.map((c) => Math.max(c.width, c.height)));
  // White around and between the glyphs as in a set line: a margin, and a fifth of a glyph between two.
  const margin = Math.round(0.3 * size);
  const space = Math.round(0.2 * size);
  const slots: GlyphSlots = [];
  let x = margin;
  for (const c of crops) {
    slots.push([x, x + c.width]);
    x += c.width + space;
  }
  const width = x - space + margin;
  const height = size + 2 * margin;
  const data = new Uint8ClampedArray(width * height).fill(255);
  crops.forEach((c, i) => {
    const top = margin + Math.floor((size - c.height) / 2);
    for (let y = 0; y < c.height; y += 1) data.set(c.data.subarray(y * c.width, (y + 1) * c.width), (top + y) * width + slots[i][0]);
  });
  const line = scaleRaster({ width, height, channels: 1, data }, scale);
  const job: OcrJob = {
    regionId: part.regionId,
    partId: part.partId,
    png: encodePng(line, { stored: true }),
    // Boxes come back in the side-by-side image's own pixels; unstack() puts them on the page.
    offset: [0, 0],
    scale,
    box: part.box,
    parameters: { ...part.parameters, tessedit_pageseg_mode: '7' },
  };
  return { job, slots };
}

const union = (boxes: BBox[]): BBox => [Math.min(...boxes.map((b) => b[0])), Math.min(...boxes.map((b) => b[1])), Math.max(...boxes.map((b) => b[2])), Math.max(...boxes.map((b) => b[3]))];

/** The glyphs (page boxes) a span [x0, x1) of the side-by-side image covers; the nearest one when it falls between. */
function glyphsUnder(x0: number, x1: number, slots: GlyphSlots, glyphs: BBox[]): BBox {
  const hit = glyphs.filter((_, i) => Math.min(x1, slots[i][1]) - Math.max(x0, slots[i][0]) > 0.25 * (slots[i][1] - slots[i][0]));
  if (hit.length) return union(hit);
  const mid = (x0 + x1) / 2;
  const distance = (i: number) => Math.abs((slots[i][0] + slots[i][1]) / 2 - mid);
  return glyphs[slots.reduce((best, _, i) => (distance(i) < distance(best) ? i : best), 0)];
}

/** The result of a stacked job with every box back on the headline's glyphs on the page. */
export function unstack(result: RegionOcr, slots: GlyphSlots, glyphs: BBox[]): RegionOcr {
  const onPage = (b: BBox) => glyphsUnder(b[0], b[2], slots, glyphs);
  const blocks: OcrBlock[] = result.blocks.map((block) => {
    const paragraphs = block.paragraphs.map((p) => {
      const lines = p.lines.map((l) => {
        const words = l.words.map((w) => ({ ...w, bbox: onPage(w.bbox) }));
        return { ...l, words, bbox: words.length ? union(words.map((w) => w.bbox)) : onPage(l.bbox) };
      });
      return { ...p, lines, bbox: union(lines.map((l) => l.bbox)) };
    });
    return { ...block, paragraphs, bbox: union(paragraphs.map((p) => p.bbox)) };
  });
  return { ...result, blocks };
}
