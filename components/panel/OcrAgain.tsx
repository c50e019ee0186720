/**
 * OCR again, from the editor's menu: it would replace the user's proofreading, so it asks first, in
 * place, with keeping the proofreading as the focused answer.
 */
import { useState } from 'preact/hooks';
import type { PanelKey } from './strings';

export interface OcrAgainProps {
  t: (key: PanelKey, vars?: Record<string, string | number>) => string;
  onStart: () => void;
}

export function OcrAgain({ t, onStart }: OcrAgainProps) {
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <button type="button" class="start" aria-expanded={confirming} onClick={() => setConfirming(true)}>{t('ocrAgain')}</button>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-label={t('ocrAgain')}>
          <p>{t('confirmAgain')}</p>
          <button type="button" class="confirm-replace" onClick={() => (setConfirming(false), onStart())}>{t('replace')}</button>
          <button type="button" class="confirm-keep" autoFocus onClick={() => setConfirming(false)}>{t('keep')}</button>
        </div>
      )}
    </>
  );
}
