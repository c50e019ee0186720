/**
 * OCR result → document. Each recognised region becomes an article: its lines are put in reading order
 * by column geometry (reading-order.ts), grouped into paragraphs (paragraphs.ts) and given roles from type
 * size and position (roles.ts). Every block keeps its box and line sources for the editor.
 */
import type { Article, BBox, Block, EpaperDocument, PageMeta } from '../model/document';
import { SCHEMA_VERSION } from '../model/document';
import type { RegionOcr } from '../ocr/types';
import { bodySize, isVertical, lineSize, regionLines, unionBox, type LayoutLine } from './lines';
import { centreInside as inside, linesInPictures, readPhotoText, type PhotoReading } from './photo-text';
import { groupParagraphs } from './paragraphs';
import { findPhotoAreas } from './photos';
import { readingOrder } from './reading-order';
import { assignRoles } from './roles';
import { sideLabels } from './side-labels';
import { joinLines } from '../text';

/**
 * One region's OCR → its article. The region's link comes with it; its photos too when the image analysis
 * found them before OCR, otherwise they are guessed from empty space between the lines.
 */
export function regionToArticle(region: RegionOcr, meta: PageMeta): Article {
  return layoutRegion(region, meta).article;
}

/** The article, and the photo boxes whose text turned out to be body text (they count as text for coverage). */
export function layoutRegion(region: RegionOcr, meta: PageMeta): { article: Article; textPhotos: BBox[] } {
  const partLines = regionLines(region);
  const ownReadings = (region.photoText ?? []).map((p) => readPhotoText(p, region.regionId, bodySize(partLines)));
  const textPhotos = ownReadings.filter((p) => p.isText).map((p) => p.box);
  // The region's pictures over their whole extent: text blocks cut out of them are their signs and labels.
  const pictures = (region.photos ?? []).filter((b) => !textPhotos.some((t) => inside(t, b)));
  const { rest: textLines, readings: signReadings } = linesInPictures(partLines, pictures);
  const photoReadings = ownReadings.concat(signReadings);
  // A "photo" whose text fills it was a column all along: its lines are read with the others.
  const lines = textLines.concat(photoReadings.flatMap((p) => p.body));
  const body = bodySize(lines);
  // A side box's lines are read on their own, after the body, so none of its text lands in the column's sentences.
  const asideOf = (l: LayoutLine) => (region.asides ?? []).findIndex((b) => inside(l.bbox, b));
  const boxes = (region.asides ?? []).map((_, i) => lines.filter((l) => asideOf(l) === i));
  // So is the label set beside a picture (a QR code's "扫码…"): it belongs to no column.
  const labels = sideLabels(lines.filter((l) => asideOf(l) < 0 && !isVertical(l)), pictures, body);
  // A vertical headline heads its article whichever side of the body it stands on; it is one line of its own.
  const verticals = lines.filter((l) => asideOf(l) < 0 && isVertical(l)).map((l) => ({ lines: [l], bbox: l.bbox, size: lineSize(l) }));
  const main = lines.filter((l) => asideOf(l) < 0 && !isVertical(l) && !labels.some((g) => g.includes(l)));
  const columns = [main, ...boxes, ...labels].filter((g) => g.length).flatMap((g) => groupParagraphs(readingOrder(g)));
  const groups = [...verticals, ...columns];
  const photos = region.photos ? pictures : findPhotoAreas(lines, region.bbox, body);
  const roles = assignRoles(groups, { body, photos, page: meta.imageSize });
  let n = 0;
  const block = (role: Block['role'], group: LayoutLine[], bbox: BBox, extra: Partial<Block> = {}): Block => {
    const text = joinLines(group.map((l) => l.text));
    const confidence = group.reduce((s, l) => s + l.confidence, 0) / group.length;
    n += 1;
    return {
      id: `${region.regionId}-b${n}`,
      role,
      text,
      raw: text,
      source: {
        regionId: region.regionId,
        bbox,
        confidence: Math.round(confidence * 10) / 10,
        lines: group.map((l) => ({ text: l.text, bbox: l.bbox, confidence: l.confidence, words: l.words })),
      },
      ...extra,
    };
  };
  const blocks: Block[] = groups.map((g, i) => block(roles[i], g.lines, g.bbox)).concat(photoReadings.flatMap((p) => photoBlocks(p, block)));
  const article: Article = {
    id: region.regionId,
    regionId: region.regionId,
    ...(region.href ? { href: region.href } : {}),
    ...(region.title?.trim() ? { hotspotTitle: region.title.trim() } : {}),
    blocks: blocks.filter((b) => b.text),
  };
  return { article, textPhotos };
}

/** A photo's caption as one block; each other line found in it set aside on its own (restorable as a label). */
function photoBlocks(p: PhotoReading, block: (role: Block['role'], lines: LayoutLine[], bbox: BBox, extra?: Partial<Block>) => Block): Block[] {
  const caption = p.caption.length ? [block('caption', p.caption, unionBox(p.caption.map((l) => l.bbox)))] : [];
  const aside = p.aside.map((l) => block('label', [l], l.bbox, { setAside: { kind: 'photo-text', reason: 'text inside a photo', previousRole: 'label' } }));
  return caption.concat(aside);
}

export function ocrToDocument(regions: RegionOcr[], meta: PageMeta): EpaperDocument {
  return { schema: SCHEMA_VERSION, meta, articles: regions.map((region) => regionToArticle(region, meta)) };
}
