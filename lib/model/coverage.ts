/**
 * When an article's OCR may have lost text, in one of two ways (tests/bench/coverage.ts, docs/decisions/009):
 * - ink not read (Article.ocrCoverage: the share of its region's ink under recognised lines, each line
 *   counting as far as its characters explain its ink, lib/plan/coverage.ts): a block never read, a line
 *   read as one character, two lines read as one, a column cut into a photo block — text is missing;
 * - ink read without confidence (Article.ocrConfidentCoverage: the same ink, each line's counted by the
 *   mean confidence of its characters, confidentShare): a blurred or over-compressed page is all under line boxes,
 *   but read as wrong characters — text is wrong or missing here and there.
 * Clean renders and JPEG pages that read fully measure well above both thresholds.
 */
import type { Article, LineSource } from './document';

export const COVERAGE_WARNING = 0.9;

/** Below this share of the ink read with confidence, the article warns that its text may be garbled. */
export const CONFIDENT_COVERAGE_WARNING = 0.8;

/** Why an article warns: its ink was not all read ('unread'), or read without confidence ('unsure'). */
export type CoverageProblem = 'unread' | 'unsure';

type Measured = Pick<Article, 'ocrCoverage' | 'ocrConfidentCoverage'>;

/** True when OCR measured the article's coverage and it is below COVERAGE_WARNING. */
export function lowCoverage(article: Pick<Article, 'ocrCoverage'>): boolean {
  return article.ocrCoverage !== undefined && article.ocrCoverage < COVERAGE_WARNING;
}

export function lowConfidentCoverage(article: Pick<Article, 'ocrConfidentCoverage'>): boolean {
  return article.ocrConfidentCoverage !== undefined && article.ocrConfidentCoverage < CONFIDENT_COVERAGE_WARNING;
}

/** The article's coverage warning, if any: unread ink first (the stronger sign of missing text). */
export function coverageProblem(article: Measured): CoverageProblem | undefined {
  if (lowCoverage(article)) return 'unread';
  return lowConfidentCoverage(article) ? 'unsure' : undefined;
}

const chars = (s: string) => [...s.replace(/\s+/g, '')].length;

/**
 * How much of a line OCR read with confidence, 0–1: the mean of its characters' confidences (each word
 * counting by its characters: tesseract's words, PP-OCR's characters) on the engine's scale `[zero, full]`
 * (lib/ocr/engines.ts confidenceScale): 0 at or below `zero`, 1 at or above `full`. The line's own
 * confidence stands in when it has no words.
 */
export function confidentShare(line: Pick<LineSource, 'confidence' | 'words'>, [zero, full]: readonly [number, number] = [0, 100]): number {
  const onScale = (c: number) => Math.min(1, Math.max(0, (c - zero) / (full - zero)));
  const words = (line.words ?? []).filter((w) => chars(w.text));
  if (!words.length) return onScale(line.confidence);
  const total = words.reduce((n, w) => n + chars(w.text), 0);
  return words.reduce((n, w) => n + onScale(w.confidence) * chars(w.text), 0) / total;
}

/** What the panel, the editor and the CLI say of an article's coverage: the problem and its measure in percent. */
export function coverageNote(article: Measured): { problem: CoverageProblem; percent: number } | undefined {
  const problem = coverageProblem(article);
  if (!problem) return undefined;
  const share = problem === 'unread' ? article.ocrCoverage : article.ocrConfidentCoverage;
  return { problem, percent: Math.round((share ?? 0) * 100) };
}
