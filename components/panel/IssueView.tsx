/**
 * The whole issue in the panel, presentational: the button that reads every page of the list, one progress
 * bar for the issue and one for the page being read, each page's state, cancel, and the issue zip once
 * pages are read. A page without a page list says that only it can be read.
 */
import type { IssuePage } from '../../lib/detect';
import type { IssueProgress, PageState } from '../../lib/issue';
import type { PanelKey } from './strings';

export interface IssueViewProps {
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
  /** The edition's pages; undefined when the page lists none. */
  pages?: IssuePage[];
  progress: IssueProgress | null;
  running: boolean;
  /** Pages read (this run or kept), ready for the zip. */
  readCount: number;
  /** Another reading (a page's OCR) is going on: the issue waits for it. */
  busy: boolean;
  message: string | null;
  onStart: () => void;
  onCancel: () => void;
  onZip: () => void;
}

const STATE_KEY: Record<PageState, PanelKey> = { waiting: 'waiting', reading: 'recognizing', kept: 'kept', done: 'done', failed: 'failed', cancelled: 'cancelled' };

export function IssueView(p: IssueViewProps) {
  const { t, pages, progress } = p;
  if (!pages) return <p class="issue-none">{t('noPageList')}</p>;
  const current = progress?.page && pages[progress.page.index];
  const stopped = !p.running && progress?.states.some((s) => s === 'cancelled' || s === 'failed');
  return (
    <section class="issue" aria-label={t('readIssue', { n: pages.length })}>
      <div class="actions">
        {p.running ? (
          <button type="button" class="issue-cancel" onClick={p.onCancel}>{t('cancel')}</button>
        ) : (
          <button type="button" class="issue-start" onClick={p.onStart} disabled={p.busy}>{t(stopped ? 'resumeIssue' : 'readIssue', { n: pages.length })}</button>
        )}
        {!p.running && p.readCount > 0 && <button type="button" class="issue-zip" onClick={p.onZip}>{t('issueZip', { n: p.readCount })}</button>}
      </div>
      {p.message && <p class="message issue-message" role="status">{p.message}</p>}
      {progress && (
        <>
          <label class="issue-bar">
            <span>{t('issueProgress', { done: progress.finished, total: progress.total })}</span>
            <progress class="issue-progress" max={progress.total} value={progress.finished} />
          </label>
          {p.running && current && (
            <label class="issue-bar">
              <span>{t('issueReading', { label: current.label })}</span>
              <progress class="page-progress" max={1} value={progress.page!.fraction} />
            </label>
          )}
          <ol class="issue-pages">
            {pages.map((page, i) => (
              <li key={page.url} data-state={progress.states[i]}>
                <span class="issue-page-label">{page.label}</span> <span class="issue-page-state">{t(STATE_KEY[progress.states[i]])}</span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
