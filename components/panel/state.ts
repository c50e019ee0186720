/**
 * The panel's rows without the DOM: one row per article hotspot with its OCR progress and, once read,
 * its article for display (the editor's document is the pipeline's own). Pure functions, unit-tested in Node.
 */
import type { PageDetection } from '../../lib/detect/types';
import type { Article, EpaperDocument } from '../../lib/model/document';
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

/**
 * The row of a region, added when the detection had none for it: a page without hotspots is read as one
 * whole-image region that only the pipeline names.
 */
function withRow(rows: ArticleRow[], regionId: string): ArticleRow[] {
  return rows.some((r) => r.regionId === regionId) ? rows : [...rows, { regionId, status: 'idle', progress: 0 }];
}

/** Applies a region's progress event; a finished row keeps its article even if a late event arrives. */
export function applyProgress(rows: ArticleRow[], p: OcrProgress): ArticleRow[] {
  return withRow(rows, p.regionId).map((row) => {
    if (row.regionId !== p.regionId || row.status === 'done') return row;
    // Progress only moves forward within a status, so a stale 'loading 0' does not reset the bar.
    const progress = p.status === row.status ? Math.max(row.progress, p.progress) : p.progress;
    return { ...row, status: p.status, progress, ...(p.error ? { error: p.error } : {}) };
  });
}

export function applyArticle(rows: ArticleRow[], regionId: string, article: Article, seconds?: number): ArticleRow[] {
  return withRow(rows, regionId).map((row) =>
    row.regionId === regionId ? { ...row, status: 'done', progress: 1, article, ...(seconds !== undefined ? { seconds } : {}) } : row,
  );
}

export function applyFailure(rows: ArticleRow[], regionId: string, error: string): ArticleRow[] {
  return withRow(rows, regionId).map((row) => (row.regionId === regionId && row.status !== 'done' ? { ...row, status: 'failed', progress: 0, error } : row));
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
