/** One browser run's numbers, printed by main.ts. */
import type { ArticleScore } from './check';

export interface BrowserReport {
  browser: 'chromium' | 'firefox';
  page: string;
  articles: number;
  /** Wall time from clicking Start to the last article, engine start-up included. */
  seconds: number;
  /** Mean recognition time per article shown by the panel. */
  perArticle: number;
  scores: ArticleScore[];
  fileName: string;
  markdownBytes: number;
}

export function formatReport(r: BrowserReport): string {
  const cers = r.scores.map((s) => `${s.id} ${(s.cer * 100).toFixed(1)}%`).join(', ');
  return [
    `${r.browser} · ${r.page}: ${r.articles} articles in ${r.seconds.toFixed(1)} s (${(r.seconds / r.articles).toFixed(1)} s/article wall, start-up included; ${r.perArticle.toFixed(1)} s recognition per article, 2 workers)`,
    `  CER: ${cers}`,
    `  export: ${r.fileName} (${r.markdownBytes} bytes)`,
  ].join('\n');
}
