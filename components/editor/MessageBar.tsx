/** The reducer's last message (an error where it happened, with what to do next), translated. */
import type { EditorAction, EditorMessage } from '../../lib/editor/actions';
import type { T } from './strings';

function messageText(m: EditorMessage, t: T): string {
  switch (m.code) {
    case 'applied':
      return t('infoApplied', { n: m.n ?? 0 }) + (m.skipped ? t('infoSkipped', { skipped: m.skipped }) : '');
    case 'stale':
      return t('errStale');
    case 'not-found':
      return t('errNotFound', { detail: m.detail ?? '' });
    case 'merge-changed':
      return t('errMergeChanged');
    case 'not-restorable':
      return t('errNotRestorable');
    case 'cannot-split':
      return t('errCannotSplit');
    case 'cannot-merge':
      return t('errCannotMerge');
    case 'nothing-to-undo':
      return t('infoNothingUndo');
    case 'nothing-to-redo':
      return t('infoNothingRedo');
  }
}

export function MessageBar({ message, dispatch, t }: { message: EditorMessage; dispatch: (a: EditorAction) => void; t: T }) {
  return (
    <div class={`em-message em-${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
      <span>{messageText(message, t)}</span>
      <button type="button" onClick={() => dispatch({ type: 'dismissMessage' })}>{t('dismiss')}</button>
    </div>
  );
}
