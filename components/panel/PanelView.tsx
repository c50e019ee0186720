/**
 * The side panel, presentational: page facts, actions, and the article list. State lives in the caller.
 * With the editor open (`compact`) the page's name and OCR again live in the editor's bar and menu, and
 * only messages, the permission button and the folded page facts and raw rows stay here.
 */
import type { PageDetection } from '../../lib/detect/types';
import { OCR_ENGINES, type OcrEngineChoice } from '../../lib/ocr/engines';
import type { Region } from '../../lib/detect/types';
import { TEXT_MODES, type TextMode } from '../../lib/pipeline';
import { ArticleRowView } from './ArticleRowView';
import { CaptureSelect } from './CaptureSelect';
import { PageThumbnail } from './PageThumbnail';
import { totals, type ArticleRow } from './state';
import type { PanelKey } from './strings';
import type { TabMove } from './tab-follow';

export interface PanelViewProps {
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
  detection: PageDetection | null;
  rows: ArticleRow[];
  running: boolean;
  /** Articles unticked before Start, and how to change that. */
  skipped?: string[];
  onToggleRegion?: (regionId: string) => void;
  onChooseAll?: (all: boolean) => void;
  /** Origin whose image needs a permission grant (shows the grant button). */
  needsAccess: string | null;
  message: string | null;
  onStart: () => void;
  /** The OCR engine Start reads with, and choosing another (the panel's setting). */
  engine?: OcrEngineChoice;
  onEngine?: (engine: OcrEngineChoice) => void;
  onCancel: () => void;
  onGrant: () => void;
  /** No page image: a capture of the visible tab to drag a rectangle on (null until taken). */
  captureSrc: string | null;
  onCapture: () => void;
  onSelectRegion: (region: Region) => void;
  /** The editor has the document: the raw OCR rows fold away. */
  compact?: boolean;
  /** The tab moved on: say so and offer to read the page it shows now. */
  moved?: TabMove | null;
  onFollow?: () => void;
  /** Where article text comes from: the publisher's content pages where readable, OCR only, or both compared. */
  textMode?: TextMode;
  onTextMode?: (mode: TextMode) => void;
}

const MODE_LABEL = { publisher: 'textPublisher', ocr: 'textOcr', both: 'textBoth' } as const;
const ENGINE_LABEL = { paddle: 'enginePaddle', tesseract: 'engineTesseract' } as const;

/** One of the reading settings shown before Start: a labelled choice among fixed values. */
function Setting<T extends string>(p: { class: string; label: string; value: T; choices: readonly T[]; onChoose: (value: T) => void; name: (value: T) => string }) {
  return (
    <label class={p.class}>
      {p.label}{' '}
      <select value={p.value} onChange={(e) => p.onChoose((e.target as HTMLSelectElement).value as T)}>
        {p.choices.map((c) => (
          <option key={c} value={c}>{p.name(c)}</option>
        ))}
      </select>
    </label>
  );
}

export function PanelView(p: PanelViewProps) {
  const { t, detection } = p;
  const sum = totals(p.rows);
  const meta = detection?.meta;
  const skipped = p.skipped ?? [];
  // Choosing is for before the first reading: once read, the rows show what OCR found.
  const choosing = !!(detection?.image && detection.regions.length && !p.running && !p.compact && p.onToggleRegion && p.rows.every((r) => r.status === 'idle'));
  const chosen = p.rows.filter((r) => !skipped.includes(r.regionId)).length;
  const list = (
    <ol class="articles">
      {p.rows.map((row) => (
        <ArticleRowView key={row.regionId} row={row} t={t} choose={choosing ? { chosen: !skipped.includes(row.regionId), onToggle: () => p.onToggleRegion!(row.regionId) } : undefined} />
      ))}
    </ol>
  );
  // With the editor open the bar names the page; the full facts fold away with the raw rows.
  const facts = meta && (
    <dl class="meta">
      <dt>{t('paper')}</dt>
      <dd data-field="newspaper">{meta.newspaper ?? '—'}</dd>
      <dt>{t('date')}</dt>
      <dd data-field="date">{meta.date ?? '—'}</dd>
      <dt>{t('page')}</dt>
      <dd data-field="page">{[meta.pageNumber, meta.pageName].filter(Boolean).join(' ') || '—'}</dd>
    </dl>
  );
  return (
    <main class="panel">
      {!p.compact && facts}
      {p.message && <p class="message" role="status">{p.message}</p>}
      {p.moved && !p.running && (
        <p class="message tab-moved" role="status">
          {t(p.moved.reason === 'navigated' ? 'tabNavigated' : 'tabSwitched')}{' '}
          <button type="button" class="follow-tab" onClick={p.onFollow}>{t('readThisPage')}</button>
        </p>
      )}
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
      {detection && detection.warnings.length > 0 && (
        // What the detector left out or changed (hotspots over the limit, unusable areas): said, never silent.
        <details class="page-notes">
          <summary>{t('pageNotes', { n: detection.warnings.length })}</summary>
          <ul>{detection.warnings.map((w, i) => <li key={i}>{w}</li>)}</ul>
        </details>
      )}
      {choosing && <PageThumbnail detection={detection!} skipped={skipped} onToggle={p.onToggleRegion!} />}
      {detection?.image && (p.running || !p.compact) && (
        <div class="actions">
          <span>{choosing ? t('chosen', { n: chosen, total: p.rows.length }) : t('articles', { n: p.rows.length })}</span>
          {choosing && (
            <button type="button" class="choose-all" onClick={() => p.onChooseAll?.(chosen < p.rows.length)}>
              {t(chosen < p.rows.length ? 'chooseAll' : 'chooseNone')}
            </button>
          )}
          {!p.running && p.textMode && p.onTextMode && (
            <Setting class="text-source" label={t('textSource')} value={p.textMode} choices={TEXT_MODES} onChoose={p.onTextMode} name={(m) => t(MODE_LABEL[m])} />
          )}
          {!p.running && p.engine && p.onEngine && (
            <Setting class="engine" label={t('engine')} value={p.engine} choices={OCR_ENGINES} onChoose={p.onEngine} name={(e) => t(ENGINE_LABEL[e])} />
          )}
          {p.running ? (
            <button type="button" class="cancel" onClick={p.onCancel}>{t('cancel')}</button>
          ) : (
            <button type="button" class="start" onClick={p.onStart} disabled={choosing && chosen === 0}>{t('start')}</button>
          )}
        </div>
      )}
      {p.rows.length > 0 && !choosing && !(p.compact && !sum.done) && (
        <p class="totals" data-done={sum.done} data-total={sum.total}>
          {t('progress', { done: sum.done, total: sum.total })}
          {sum.meanSeconds !== undefined && ` · ${t('perArticle', { s: sum.meanSeconds.toFixed(1) })}`}
        </p>
      )}
      {p.compact ? (
        <details class="ocr-rows">
          <summary>{t('ocrRows')}</summary>
          {facts}
          {list}
        </details>
      ) : (
        list
      )}
    </main>
  );
}
