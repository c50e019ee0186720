/**
 * What a file says about where its text came from and how far to trust it: the article's box on the page
 * image, the mean OCR confidence, the characters OCR was unsure of, and the suggestions left for review.
 * Each is measured from the blocks when they still carry their OCR sources, else taken from what an
 * earlier export recorded (`RecordedFacts`), so exporting an imported file says the same again.
 */
import { lowConfidenceSpans } from '../model/confidence';
import { articleBox, type Article, type BBox, type EpaperDocument, type RecordedFacts } from '../model/document';

export interface Quality {
  confidence?: number;
  uncertainChars?: number;
  /** Undefined: no repair engine looked at the text. */
  unreviewed?: number;
}

/** Mean OCR confidence over the kept blocks that came from OCR, weighted by text length. */
function meanConfidence(articles: Article[]): number | undefined {
  let sum = 0;
  let weight = 0;
  for (const a of articles) {
    for (const b of a.blocks) {
      const c = b.source?.confidence;
      if (c === undefined || b.setAside) continue;
      sum += c * b.text.length;
      weight += b.text.length;
    }
  }
  return weight ? Math.round((sum / weight) * 10) / 10 : undefined;
}

/** Characters in words the editor marks as uncertain (set-aside blocks too: they can be restored). */
function uncertainChars(articles: Article[]): number | undefined {
  const fromOcr = articles.some((a) => a.blocks.some((b) => b.source?.lines?.some((l) => l.words?.length)));
  if (!fromOcr) return undefined;
  return articles.reduce((n, a) => n + a.blocks.reduce((m, b) => m + lowConfidenceSpans(b).reduce((k, s) => k + [...s.text].length, 0), 0), 0);
}

export function articleRegion(article: Article): BBox | undefined {
  return articleBox(article) ?? article.recorded?.region;
}

/**
 * `unreviewed`: the suggestions left for review as the caller counted them — undefined when no repair
 * engine looked at the text (plain `ocr`), and then the file says "not checked" instead of a reassuring 0.
 */
export function articleQuality(article: Article, unreviewed: number | undefined): Quality {
  const r: RecordedFacts = article.recorded ?? {};
  return {
    confidence: meanConfidence([article]) ?? r.confidence,
    uncertainChars: uncertainChars([article]) ?? r.uncertainChars,
    unreviewed: unreviewed ?? r.unreviewed,
  };
}

export function pageQuality(doc: EpaperDocument, unreviewed: number | undefined): Quality {
  const r = doc.meta.recorded ?? {};
  return {
    confidence: meanConfidence(doc.articles) ?? r.confidence,
    uncertainChars: uncertainChars(doc.articles) ?? r.uncertainChars,
    unreviewed: unreviewed ?? r.unreviewed,
  };
}
