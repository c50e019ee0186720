/**
 * When an article's OCR coverage (Article.ocrCoverage: the share of its region's ink under recognised
 * lines) says text may be missing. Clean renders and JPEG pages that read fully measure well above it;
 * an article with one column block lost falls below it (tests/bench/coverage.ts, docs/decisions/009).
 */
import type { Article } from './document';

export const COVERAGE_WARNING = 0.9;

/** True when OCR measured the article's coverage and it is below COVERAGE_WARNING. */
export function lowCoverage(article: Pick<Article, 'ocrCoverage'>): boolean {
  return article.ocrCoverage !== undefined && article.ocrCoverage < COVERAGE_WARNING;
}
