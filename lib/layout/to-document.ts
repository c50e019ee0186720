/**
 * OCR result → document. Each recognised region becomes an article; its OCR paragraphs become blocks.
 * This is the first, simple version (roles: only the headline, from type size); the geometry work in
 * lib/layout refines reading order, paragraphs and roles behind the same signature.
 */
import type { Article, Block, EpaperDocument, PageMeta } from '../model/document';
import { SCHEMA_VERSION } from '../model/document';
import type { OcrLine, RegionOcr } from '../ocr/types';

/** Join OCR lines of one paragraph: no space between CJK, one space between Latin/digit runs. */
export function joinLines(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (out && /[A-Za-z0-9]$/.test(out) && /^[A-Za-z0-9]/.test(line)) out += ' ';
    out += line;
  }
  return out;
}

function lineHeight(l: OcrLine): number {
  return l.bbox[3] - l.bbox[1];
}

export function ocrToDocument(regions: RegionOcr[], meta: PageMeta, hrefs: Record<string, string> = {}): EpaperDocument {
  const articles: Article[] = regions.map((region) => {
    const heights = region.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines.map(lineHeight))).sort((a, b) => a - b);
    const median = heights.length ? heights[Math.floor(heights.length / 2)] : 0;
    let n = 0;
    const blocks: Block[] = region.blocks.flatMap((ob) =>
      ob.paragraphs.map((p) => {
        n += 1;
        const text = joinLines(p.lines.map((l) => l.text));
        const tall = p.lines.length > 0 && p.lines.every((l) => lineHeight(l) >= median * 1.4);
        return {
          id: `${region.regionId}-b${n}`,
          role: tall && n === 1 ? 'headline' : 'paragraph',
          text,
          raw: text,
          source: {
            regionId: region.regionId,
            bbox: p.bbox,
            confidence: p.confidence,
            lines: p.lines.map((l) => ({ text: l.text, bbox: l.bbox, confidence: l.confidence, words: l.words })),
          },
        } satisfies Block;
      }),
    );
    return { id: region.regionId, regionId: region.regionId, href: hrefs[region.regionId], blocks: blocks.filter((b) => b.text) };
  });
  return { schema: SCHEMA_VERSION, meta, articles };
}
