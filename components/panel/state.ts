/**
 * The panel's state without the DOM: one row per article hotspot with its OCR progress and, once read,
 * its article. Pure functions so the progress/edit/export rules are unit-tested in Node.
 */
import type { PageDetection } from '../../lib/detect/types';
import { SCHEMA_VERSION, type Article, type EpaperDocument, type PageMeta } from '../../lib/model/document';
import type { OcrProgress } from '../../lib/ocr/types';

export type RowStatus = OcrProgress['status'] | 'idle';

export interface ArticleRow {
  regionId: string;
  title?: string;
  status: RowStatus;
  /** 0–1 */
  progress: number;
  error?: string;
  article?: Article;
  /** Recognition time of this region, seconds. */
  seconds?: number;
}

export function rowsFromDetection(detection: PageDetection): ArticleRow[] {
  return detection.regions.map((r) => ({ regionId: r.id, ...(r.title ? { title: r.title } : {}), status: 'idle', progress: 0 }));
}

/** Applies an engine progress event; a finished row keeps its article even if a late event arrives. */
export function applyProgress(rows: ArticleRow[], p: OcrProgress): ArticleRow[] {
  return rows.map((row) => {
    if (row.regionId !== p.regionId || row.status === 'done') return row;
    // Progress only moves forward within a status, so a stale 'loading 0' does not reset the bar.
    const progress = p.status === row.status ? Math.max(row.progress, p.progress) : p.progress;
    return { ...row, status: p.status, progress, ...(p.error ? { error: p.error } : {}) };
  });
}

export function applyArticle(rows: ArticleRow[], regionId: string, article: Article, seconds?: number): ArticleRow[] {
  return rows.map((row) =>
    row.regionId === regionId ? { ...row, status: 'done', progress: 1, article, ...(seconds !== undefined ? { seconds } : {}) } : row,
  );
}

export function applyFailure(rows: ArticleRow[], regionId: string, error: string): ArticleRow[] {
  return rows.map((row) => (row.regionId === regionId && row.status !== 'done' ? { ...row, status: 'failed', progress: 0, error } : row));
}

/** A user edit of one block's text. `raw` is never touched, so the OCR reading stays available. */
export function editBlock(rows: ArticleRow[], blockId: string, text: string): ArticleRow[] {
  return rows.map((row) => {
    if (!row.article?.blocks.some((b) => b.id === blockId)) return row;
    const blocks = row.article.blocks.map((b) => (b.id === blockId ? { ...b, text } : b));
    return { ...row, article: { ...row.article, blocks } };
  });
}

/** The document to export: the read articles in hotspot order. */
export function documentFromRows(meta: PageMeta, rows: ArticleRow[]): EpaperDocument {
  return { schema: SCHEMA_VERSION, meta, articles: rows.flatMap((r) => (r.article ? [r.article] : [])) };
}

export interface Totals {
  done: number;
  failed: number;
  total: number;
  /** Mean recognition seconds per finished article. */
  meanSeconds?: number;
}

export function totals(rows: ArticleRow[]): Totals {
  const done = rows.filter((r) => r.status === 'done');
  const timed = done.filter((r) => r.seconds !== undefined);
  const meanSeconds = timed.length ? timed.reduce((s, r) => s + r.seconds!, 0) / timed.length : undefined;
  return { done: done.length, failed: rows.filter((r) => r.status === 'failed').length, total: rows.length, ...(meanSeconds !== undefined ? { meanSeconds } : {}) };
}
