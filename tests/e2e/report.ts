/** One browser run's numbers, printed by main.ts. */
import { pageCer, type ArticleScore } from './check';
import type { A11yResult } from './a11y';
import type { LayoutResult } from './layout';
import type { MainThreadStall } from './panel-page';

export interface BrowserReport {
  browser: 'chromium' | 'firefox';
  page: string;
  articles: number;
  /** The panel's OCR engine (lib/ocr/engines.ts). */
  engine: string;
  /** Wall time from clicking Start to the last article, engine start-up included. */
  seconds: number;
  /** Start → the first article's text shown in the panel, engine start-up included. */
  firstArticle: number;
  /** Mean recognition time per article shown by the panel. */
  perArticle: number;
  /** The panel's main thread during OCR (input latency). */
  stall: MainThreadStall;
  scores: ArticleScore[];
  fileName: string;
  markdownBytes: number;
  /** Editor flow (Chromium): keystrokes and seconds to accept one fix, reject one, edit, undo, redo. */
  proofreading?: { keystrokes: number; seconds: number; pendingBefore: number; pendingAfter: number; files: number };
  /** axe-core on the panel with the editor open (Chromium). */
  a11y?: A11yResult[];
  /** Layout checks at panel and desktop width, and one article proofread card by card at panel width (Chromium). */
  /** Console errors and warnings of the panel page and its workers during the run (Chromium). */
  logged?: string[];
  layout?: { narrow: LayoutResult; wide: LayoutResult; article: { suggestions: number; accepted: number; keystrokes: number; seconds: number; outOfView: number } };
}

export function formatReport(r: BrowserReport): string {
  const cers = r.scores.map((s) => `${s.id} ${(s.cer * 100).toFixed(1)}%`).join(', ');
  return [
    `${r.browser} · ${r.page} · ${r.engine}: ${r.articles} articles in ${r.seconds.toFixed(1)} s (${(r.seconds / r.articles).toFixed(1)} s/article wall, start-up included; ${r.perArticle.toFixed(1)} s recognition per article, 2 workers)`,
    `  first article shown ${r.firstArticle.toFixed(2)} s after Start, last ${r.seconds.toFixed(1)} s`,
    `  panel main thread during OCR: longest stall ${r.stall.max} ms (ending ${r.stall.at.toFixed(2)} s after Start), p95 ${r.stall.p95} ms (${r.stall.samples} probes of 10 ms)`,
    `  CER: page ${(pageCer(r.scores) * 100).toFixed(1)}% (${cers})`,
    `  export: ${r.fileName} (${r.markdownBytes} bytes)`,
    ...(r.proofreading ? [`  editor: ${r.proofreading.keystrokes} keystrokes in ${r.proofreading.seconds.toFixed(1)} s (accept, reject, edit, undo, redo); suggestions ${r.proofreading.pendingBefore} → ${r.proofreading.pendingAfter}; reopened from IndexedDB unchanged; ${r.proofreading.files} Markdown files exported`] : []),
    ...(r.layout
      ? [
          `  layout: ${[r.layout.narrow, r.layout.wide].map((l) => `${l.viewport} no overflow, card in view after j, image in view while scrolled, Export in view, paste dialog opaque (page ${l.pageHeight} px tall)`).join('; ')}`,
          `  one article at 400×900: ${r.layout.article.suggestions} suggestions settled by ${r.layout.article.accepted} accepts in ${r.layout.article.keystrokes} keystrokes, ${r.layout.article.seconds.toFixed(1)} s, ${r.layout.article.outOfView} cards out of view`,
        ]
      : []),
    ...(r.logged ? [`  console: ${r.logged.length} errors/warnings${r.logged.length ? ` (${[...new Set(r.logged)].slice(0, 4).join(' | ')})` : ''}`] : []),
    ...(r.a11y ? [`  accessibility (axe-core, WCAG 2.1 A/AA): ${r.a11y.map((a) => `${a.scheme} ${a.rules} rules, no serious finding, ${a.minor} minor`).join('; ')}`] : []),
  ].join('\n');
}
