/**
 * OCR result → document. Each recognised region becomes an article: its lines are put in reading order
 * by column geometry (reading-order.ts), grouped into paragraphs (paragraphs.ts) and given roles from type
 * size and position (roles.ts). Every block keeps its box and line sources for the editor.
 */
import type { Article, Block, EpaperDocument, PageMeta } from '../model/document';
import { SCHEMA_VERSION } from '../model/document';
import type { RegionOcr } from '../ocr/types';
import { bodySize, regionLines } from './lines';
import { groupParagraphs } from './paragraphs';
import { findPhotoAreas } from './photos';
import { readingOrder } from './reading-order';
import { assignRoles } from './roles';
import { joinLines } from '../text';

/**
 * One region's OCR → its article. The region's link comes with it; its photos too when the image analysis
 * found them before OCR, otherwise they are guessed from empty space between the lines.
 */
export function regionToArticle(region: RegionOcr, meta: PageMeta): Article {
  const lines = regionLines(region);
  const body = bodySize(lines);
  const groups = groupParagraphs(readingOrder(lines));
  const photos = region.photos ?? findPhotoAreas(lines, region.bbox, body);
  const roles = assignRoles(groups, { body, photos, page: meta.imageSize });
  const blocks: Block[] = groups.map((g, i) => {
    const text = joinLines(g.lines.map((l) => l.text));
    const confidence = g.lines.reduce((s, l) => s + l.confidence, 0) / g.lines.length;
    return {
      id: `${region.regionId}-b${i + 1}`,
      role: roles[i],
      text,
      raw: text,
      source: {
        regionId: region.regionId,
        bbox: g.bbox,
        confidence: Math.round(confidence * 10) / 10,
        lines: g.lines.map((l) => ({ text: l.text, bbox: l.bbox, confidence: l.confidence, words: l.words })),
      },
    };
  });
  return { id: region.regionId, regionId: region.regionId, ...(region.href ? { href: region.href } : {}), ...(region.title?.trim() ? { hotspotTitle: region.title.trim() } : {}), blocks: blocks.filter((b) => b.text) };
}

export function ocrToDocument(regions: RegionOcr[], meta: PageMeta): EpaperDocument {
  return { schema: SCHEMA_VERSION, meta, articles: regions.map((region) => regionToArticle(region, meta)) };
}
