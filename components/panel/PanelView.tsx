/** The side panel, presentational: page facts, actions, and the article list. State lives in the caller. */
import { useState } from 'preact/hooks';
import type { PageDetection } from '../../lib/detect/types';
import type { Region } from '../../lib/detect/types';
import { ArticleRowView } from './ArticleRowView';
import { CaptureSelect } from './CaptureSelect';
import { totals, type ArticleRow } from './state';
import type { PanelKey } from './strings';

export interface PanelViewProps {
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
  detection: PageDetection | null;
  rows: ArticleRow[];
  running: boolean;
  /** Origin whose image needs a permission grant (shows the grant button). */
  needsAccess: string | null;
  message: string | null;
  onStart: () => void;
  onCancel: () => void;
  onGrant: () => void;
  /** No page image: a capture of the visible tab to drag a rectangle on (null until taken). */
  captureSrc: string | null;
  onCapture: () => void;
  onSelectRegion: (region: Region) => void;
  /** The editor has the document: the raw OCR rows fold away. */
  compact?: boolean;
}

export function PanelView(p: PanelViewProps) {
  const { t, detection } = p;
  // With the editor open, OCR again would replace the user's proofreading: it asks first, in place.
  const [confirming, setConfirming] = useState(false);
  const sum = totals(p.rows);
  const meta = detection?.meta;
  const list = (
    <ol class="articles">
      {p.rows.map((row) => (
        <ArticleRowView key={row.regionId} row={row} t={t} />
      ))}
    </ol>
  );
  return (
    <main class="panel">
      {meta && (
        <dl class="meta">
          <dt>{t('paper')}</dt>
          <dd data-field="newspaper">{meta.newspaper ?? '—'}</dd>
          <dt>{t('date')}</dt>
          <dd data-field="date">{meta.date ?? '—'}</dd>
          <dt>{t('page')}</dt>
          <dd data-field="page">{[meta.pageNumber, meta.pageName].filter(Boolean).join(' ') || '—'}</dd>
        </dl>
      )}
      {p.message && <p class="message" role="status">{p.message}</p>}
      {p.needsAccess && (
        <>
          <p class="message">{t('needAccess', { origin: p.needsAccess })}</p>
          <button type="button" class="grant" onClick={p.onGrant}>
            {t('grant', { origin: p.needsAccess })}
          </button>
        </>
      )}
      {detection && !detection.image && !p.captureSrc && (
        <button type="button" class="capture-tab" onClick={p.onCapture}>{t('capture')}</button>
      )}
      {detection && !detection.image && p.captureSrc && <CaptureSelect src={p.captureSrc} hint={t('dragHint')} onSelect={p.onSelectRegion} />}
      {detection?.image && (
        <div class="actions">
          <span>{t('articles', { n: p.rows.length })}</span>
          {p.running ? (
            <button type="button" class="cancel" onClick={p.onCancel}>{t('cancel')}</button>
          ) : (
            <button type="button" class="start" aria-expanded={p.compact ? confirming : undefined} onClick={() => (p.compact ? setConfirming(true) : p.onStart())}>
              {t(p.compact ? 'ocrAgain' : 'start')}
            </button>
          )}
        </div>
      )}
      {confirming && p.compact && !p.running && (
        <div class="confirm" role="alertdialog" aria-label={t('ocrAgain')}>
          <p>{t('confirmAgain')}</p>
          <button type="button" class="confirm-replace" onClick={() => (setConfirming(false), p.onStart())}>{t('replace')}</button>
          <button type="button" class="confirm-keep" autoFocus onClick={() => setConfirming(false)}>{t('keep')}</button>
        </div>
      )}
      {p.rows.length > 0 && !(p.compact && !sum.done) && (
        <p class="totals" data-done={sum.done} data-total={sum.total}>
          {t('progress', { done: sum.done, total: sum.total })}
          {sum.meanSeconds !== undefined && ` · ${t('perArticle', { s: sum.meanSeconds.toFixed(1) })}`}
        </p>
      )}
      {p.compact ? (
        <details class="ocr-rows">
          <summary>{t('ocrRows')}</summary>
          {list}
        </details>
      ) : (
        list
      )}
    </main>
  );
}
