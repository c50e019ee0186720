/**
 * Scores a document against the truth of a page: CER per article (reading order included), whether the
 * headline was found, paragraph-boundary F1 and captions found. Shared by the bench and the layout
 * integration test.
 */
import type { Article, EpaperDocument } from '../../../lib/model/document';
import { cer } from '../../support/cer';
import type { TruthArticle } from './sample-page';

export interface ArticleScore {
  id: string;
  cer: number;
  headline: boolean;
  paragraphF1: number;
  captionsFound: number;
  captionsExpected: number;
  falseCaptions: number;
}

const squeeze = (s: string) => s.replace(/\s+/g, '');

/** Truth text in reading order: kicker/headline/subtitle, captions (under the photo, above the body), paragraphs. */
export function truthText(a: TruthArticle): string {
  if (a.readingText !== undefined) return a.readingText;
  return [a.headline, a.subtitle ?? '', ...a.captions, ...a.paragraphs].join('');
}

/**
 * F1 of paragraph starts (after the first): a found paragraph start counts when its first six characters
 * read like a true paragraph's first six (CER ≤ 1/3) — robust to OCR errors shifting character positions.
 */
export function paragraphF1(truth: string[], found: string[]): number {
  const heads = (ps: string[]) => ps.slice(1).map((p) => [...squeeze(p)].slice(0, 6).join('')).filter(Boolean);
  const t = heads(truth);
  const f = heads(found);
  if (!t.length && !f.length) return 1;
  const used = new Set<number>();
  let hits = 0;
  for (const x of f) {
    const i = t.findIndex((y, k) => !used.has(k) && cer(y, x) <= 1 / 3);
    if (i >= 0) {
      used.add(i);
      hits += 1;
    }
  }
  const precision = f.length ? hits / f.length : 0;
  const recall = t.length ? hits / t.length : 0;
  return precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
}

export function scoreArticle(truth: TruthArticle, article: Article | undefined): ArticleScore {
  const blocks = article?.blocks ?? [];
  const headline = blocks.find((b) => b.role === 'headline');
  const captions = blocks.filter((b) => b.role === 'caption');
  const captionsFound = truth.captions.filter((c) => captions.some((b) => cer(c, b.text) <= 0.3)).length;
  return {
    id: truth.id,
    cer: cer(truthText(truth), blocks.map((b) => b.text).join('')),
    headline: !!headline && cer(truth.headline, headline.text) <= 0.2,
    paragraphF1: paragraphF1(truth.paragraphs, blocks.filter((b) => b.role === 'paragraph' || b.role === 'byline').map((b) => b.text)),
    captionsFound,
    captionsExpected: truth.captions.length,
    falseCaptions: captions.length - captionsFound,
  };
}

export function scoreDocument(truth: TruthArticle[], doc: EpaperDocument): ArticleScore[] {
  return truth.map((t) => scoreArticle(t, doc.articles.find((a) => a.regionId === t.id)));
}

/** Whole-page CER: all articles' text in order against all truth text. */
export function pageCer(truth: TruthArticle[], text: string): number {
  return cer(truth.map(truthText).join(''), text);
}
