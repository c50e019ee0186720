/**
 * tesseract.js result of one cropped (and maybe scaled) region → our OCR model in *page* coordinates.
 * Converted once, here, so nothing downstream knows how the region was cut. Text is kept as read. Empty
 * lines/paragraphs/blocks (tesseract reports photos and rules as text blocks with no text) are dropped.
 */
import type { BBox } from '../model/document';
import type { TessBox, TessPage } from './tesseract-shapes';
import type { OcrBlock, OcrLine, OcrParagraph, RegionOcr } from './types';

export interface CropGeometry {
  /** Top-left of the crop on the page. */
  offset: [number, number];
  /** Factor the crop was resampled by before OCR. */
  scale: number;
}

/** Crop pixels → page pixels, rounded outward so the box still covers the ink. */
export function toPageBox(box: TessBox, { offset, scale }: CropGeometry): BBox {
  return [
    Math.floor(offset[0] + box.x0 / scale),
    Math.floor(offset[1] + box.y0 / scale),
    Math.ceil(offset[0] + box.x1 / scale),
    Math.ceil(offset[1] + box.y1 / scale),
  ];
}

function meanConfidence(items: { confidence: number; text: string }[]): number {
  // Weighted by text length, so a one-character line does not count as much as a full one.
  let sum = 0;
  let weight = 0;
  for (const it of items) {
    const w = Math.max(1, it.text.length);
    sum += it.confidence * w;
    weight += w;
  }
  return weight ? Math.round((sum / weight) * 10) / 10 : 0;
}

export function convertPage(page: TessPage, geometry: CropGeometry): OcrBlock[] {
  const blocks: OcrBlock[] = [];
  for (const tb of page.blocks ?? []) {
    const paragraphs: OcrParagraph[] = [];
    for (const tp of tb.paragraphs) {
      const lines: OcrLine[] = [];
      for (const tl of tp.lines) {
        // Kept as tesseract read it, spaces between Han characters included: removing them is a repair
        // suggestion the user sees (docs/decisions/006-raw-ocr-text-kept.md), not a silent edit here.
        const text = tl.text.trim();
        if (!text) continue;
        const words = tl.words
          .filter((w) => w.text.trim())
          .map((w) => ({ text: w.text.trim(), bbox: toPageBox(w.bbox, geometry), confidence: w.confidence }));
        lines.push({ text, bbox: toPageBox(tl.bbox, geometry), confidence: tl.confidence, words });
      }
      if (!lines.length) continue;
      const text = lines.map((l) => l.text).join('\n');
      paragraphs.push({ text, bbox: toPageBox(tp.bbox, geometry), confidence: meanConfidence(lines), lines });
    }
    if (!paragraphs.length) continue;
    const text = paragraphs.map((p) => p.text).join('\n\n');
    blocks.push({ text, bbox: toPageBox(tb.bbox, geometry), confidence: meanConfidence(paragraphs), paragraphs });
  }
  return blocks;
}

/** A whole region's result; `bbox` is the region's box on the page. */
export function toRegionOcr(regionId: string, bbox: BBox, page: TessPage, geometry: CropGeometry, seconds?: number): RegionOcr {
  const blocks = convertPage(page, geometry);
  return {
    regionId,
    bbox,
    text: blocks.map((b) => b.text).join('\n\n'),
    confidence: meanConfidence(blocks),
    blocks,
    ...(seconds === undefined ? {} : { seconds }),
    scale: geometry.scale,
  };
}
