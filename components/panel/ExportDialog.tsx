/** Export choices and actions, presentational: the caller remembers `per` and does the downloads. */
import type { CiteFormat, ExportPer } from '../../lib/export';
import type { PanelKey } from './strings';

export interface ExportDialogProps {
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
  per: ExportPer;
  saveAs: boolean;
  /** Pending suggestions on the page; they are written into the front matter as unreviewed. */
  unreviewed: number;
  busy: boolean;
  onPer: (per: ExportPer) => void;
  onSaveAs: (on: boolean) => void;
  /** Article images in the zip; left out (undefined) when the document has no page image (pasted text). */
  zipImages?: boolean;
  onZipImages?: (on: boolean) => void;
  /** Highlight the words OCR was unsure of in the Markdown; left out when the document has none. */
  markUncertain?: boolean;
  onMarkUncertain?: (on: boolean) => void;
  onMarkdown: () => void;
  onZip: () => void;
  onJson: () => void;
  onCopy: () => void;
  /** The page's citations, one record per article, for a reference manager. */
  onCite?: (format: CiteFormat) => void;
}

const CHOICES: [ExportPer, PanelKey][] = [['article', 'perArticleFiles'], ['page', 'perPageFile'], ['both', 'perBoth']];

export function ExportDialog(p: ExportDialogProps) {
  const { t } = p;
  return (
    <section class="export-dialog" aria-labelledby="export-title">
      <h2 id="export-title">{t('exportTitle')}</h2>
      <fieldset>
        <legend>{t('exportPer')}</legend>
        {CHOICES.map(([per, key]) => (
          <label key={per}>
            <input type="radio" name="export-per" value={per} checked={p.per === per} onChange={() => p.onPer(per)} /> {t(key)}
          </label>
        ))}
      </fieldset>
      <label>
        <input type="checkbox" class="save-as" checked={p.saveAs} onChange={(e) => p.onSaveAs(e.currentTarget.checked)} /> {t('saveAs')}
      </label>
      {p.zipImages !== undefined && (
        <label>
          <input type="checkbox" class="zip-images" checked={p.zipImages} onChange={(e) => p.onZipImages?.(e.currentTarget.checked)} /> {t('zipImages')}
        </label>
      )}
      {p.markUncertain !== undefined && (
        <label>
          <input type="checkbox" class="mark-uncertain" checked={p.markUncertain} onChange={(e) => p.onMarkUncertain?.(e.currentTarget.checked)} /> {t('markUncertain')}
        </label>
      )}
      {p.unreviewed > 0 && <p class="unreviewed">{t('unreviewedNote', { n: p.unreviewed })}</p>}
      <div class="export-actions">
        <button type="button" class="export-md" disabled={p.busy} onClick={p.onMarkdown}>{t('downloadMd')}</button>
        <button type="button" class="export-zip" disabled={p.busy} onClick={p.onZip}>{t('downloadZip')}</button>
        <button type="button" class="export-json" disabled={p.busy} onClick={p.onJson}>{t('downloadJson')}</button>
        <button type="button" class="export-copy" disabled={p.busy} onClick={p.onCopy}>{t('copyMd')}</button>
        {p.onCite && <button type="button" class="export-csl" disabled={p.busy} onClick={() => p.onCite?.('csl')}>{t('downloadCsl')}</button>}
        {p.onCite && <button type="button" class="export-ris" disabled={p.busy} onClick={() => p.onCite?.('ris')}>{t('downloadRis')}</button>}
      </div>
    </section>
  );
}
