/**
 * Paste OCR text from elsewhere. Presentational: the caller turns the text into a document
 * (`importText`) and loads it, showing its error here if the text cannot be read.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { T } from './strings';

export interface PasteDialogProps {
  onSubmit: (text: string) => void;
  onCancel: () => void;
  /** Why the last import failed (already translated). */
  error?: string | null;
  busy?: boolean;
  t: T;
}

export function PasteDialog({ onSubmit, onCancel, error, busy, t }: PasteDialogProps) {
  const [text, setText] = useState('');
  const [empty, setEmpty] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  useEffect(() => area.current?.focus(), []);
  const submit = (e: Event) => {
    e.preventDefault();
    if (!text.trim()) return setEmpty(true);
    onSubmit(text);
  };
  const problem = empty ? t('pasteEmpty') : error;
  return (
    <div class="em-overlay" role="dialog" aria-modal="true" aria-labelledby="em-paste-title">
      <form class="em-dialog" onSubmit={submit}>
        <h2 id="em-paste-title">{t('paste')}</h2>
        <p class="em-muted" id="em-paste-hint">{t('pasteHint')}</p>
        <textarea
          ref={area}
          rows={12}
          value={text}
          aria-labelledby="em-paste-title"
          aria-describedby="em-paste-hint"
          aria-invalid={problem ? 'true' : undefined}
          onInput={(e) => {
            setText(e.currentTarget.value);
            setEmpty(false);
          }}
        />
        {problem && <p class="em-error" role="alert">{problem}</p>}
        <div class="em-row">
          <button type="submit" disabled={busy}>{t('pasteSubmit')}</button>
          <button type="button" onClick={onCancel}>{t('cancel')}</button>
        </div>
      </form>
    </div>
  );
}
