/** The keyboard shortcuts, listed from the same table the key handler uses. */
import { useEffect, useRef } from 'preact/hooks';
import { KEY_BINDINGS } from '../../lib/editor/keys';
import type { EditorAction } from '../../lib/editor/actions';
import type { T } from './strings';

export function HelpOverlay({ dispatch, t }: { dispatch: (a: EditorAction) => void; t: T }) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => close.current?.focus(), []);
  return (
    <div class="em-overlay" role="dialog" aria-modal="true" aria-labelledby="em-help-title">
      <div class="em-dialog">
        <h2 id="em-help-title">{t('help')}</h2>
        <dl class="em-keys">
          {KEY_BINDINGS.map((b) => (
            <div key={b.help}>
              <dt>
                {b.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' / '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{t(b.help)}</dd>
            </div>
          ))}
        </dl>
        <button type="button" ref={close} onClick={() => dispatch({ type: 'toggleHelp', open: false })}>
          {t('close')}
        </button>
      </div>
    </div>
  );
}
