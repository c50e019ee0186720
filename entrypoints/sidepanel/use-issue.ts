/**
 * The panel's whole-issue state: start (permission asked in the click), progress, cancel, resume (a rerun
 * keeps the pages saved before) and the zip of what was read. The reading is issue-run.ts.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { PageDetection } from '../../lib/detect/types';
import { IssueBusyError, type IssueProgress } from '../../lib/issue';
import type { EpaperDocument } from '../../lib/model/document';
import type { OcrEngine } from '../../lib/ocr';
import type { EditorStore } from '../../lib/storage';
import type { PanelKey } from '../../components/panel/strings';
import { downloadIssueZip, issueOrigins, readIssueInPanel, requestIssueAccess } from './issue-run';

type Translate = (key: PanelKey, vars?: Record<string, string | number>) => string;

export function useIssue(o: { detection: PageDetection | null; store: EditorStore | null; engine: () => OcrEngine; t: Translate; title: (doc: EpaperDocument) => string; errorText: (err: unknown) => string }) {
  const [progress, setProgress] = useState<IssueProgress | null>(null);
  const [running, setRunning] = useState(false);
  const [docs, setDocs] = useState<EpaperDocument[]>([]);
  const [message, setMessage] = useState<string | null>(null);
  const run = useRef<AbortController | null>(null);
  // A closed panel stops its issue; the pages read so far are saved already.
  useEffect(() => () => run.current?.abort(), []);

  async function start() {
    const pages = o.detection?.pageList?.pages;
    if (!pages || running) return;
    // The prompt shows only from the click: ask before anything is awaited.
    const asked = requestIssueAccess(o.detection!).catch(() => false);
    setMessage(null);
    if (!(await asked)) return setMessage(o.t('issueRefused', { origins: issueOrigins(o.detection!).join(', ') }));
    const controller = new AbortController();
    run.current = controller;
    setRunning(true);
    try {
      const result = await readIssueInPanel(pages, { engine: o.engine(), store: o.store, signal: controller.signal, title: o.title, onProgress: setProgress });
      const read = result.pages.flatMap((p) => (p.result ? [p.result] : []));
      setDocs(read);
      const failed = result.pages.filter((p) => p.state === 'failed');
      const why = failed.map((p) => `${p.page.label}: ${p.error}`).join('; ');
      setMessage(result.cancelled ? o.t('issueCancelled', { n: read.length }) : `${o.t('issueDone', { done: read.length, failed: failed.length })}${why ? ` ${why}` : ''}`);
    } catch (err) {
      setMessage(err instanceof IssueBusyError ? err.message : o.t('error', { message: o.errorText(err) }));
    } finally {
      if (run.current === controller) run.current = null;
      setRunning(false);
    }
  }

  async function zip() {
    try {
      setMessage(o.t('exported', { name: await downloadIssueZip(docs) }));
    } catch (err) {
      setMessage(o.t('error', { message: o.errorText(err) }));
    }
  }

  return { progress, running, readCount: docs.length, message, start, cancel: () => run.current?.abort(), zip };
}
