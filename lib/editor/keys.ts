/**
 * The editor's keyboard map as data, so the help overlay lists exactly what the handler does and tests
 * check the map without a DOM. Single letters act only outside text fields (there they are typing).
 */
import type { EditorAction } from './actions';

export interface KeyInput {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  shiftKey?: boolean;
  altKey?: boolean;
  /** Focus is in a text field (textarea, input, contenteditable) or on a control that uses the key. */
  inTextField?: boolean;
}

export interface KeyBinding {
  /** What the help overlay shows, e.g. "Ctrl+Shift+Z". */
  keys: string[];
  /** String-table key of the description. */
  help: 'keyNext' | 'keyPrev' | 'keyNextUncertain' | 'keyPrevUncertain' | 'keyAccept' | 'keyReject' | 'keyEdit' | 'keyUndo' | 'keyRedo' | 'keyHelp' | 'keyEscape';
  action: EditorAction;
}

export const KEY_BINDINGS: KeyBinding[] = [
  { keys: ['j'], help: 'keyNext', action: { type: 'nextSuggestion' } },
  { keys: ['k'], help: 'keyPrev', action: { type: 'prevSuggestion' } },
  { keys: ['u'], help: 'keyNextUncertain', action: { type: 'nextUncertain' } },
  { keys: ['Shift+U'], help: 'keyPrevUncertain', action: { type: 'prevUncertain' } },
  { keys: ['a', 'Enter'], help: 'keyAccept', action: { type: 'accept' } },
  { keys: ['r', 'x'], help: 'keyReject', action: { type: 'reject' } },
  { keys: ['e'], help: 'keyEdit', action: { type: 'startEdit' } },
  { keys: ['Ctrl+Z'], help: 'keyUndo', action: { type: 'undo' } },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], help: 'keyRedo', action: { type: 'redo' } },
  { keys: ['?'], help: 'keyHelp', action: { type: 'toggleHelp' } },
  { keys: ['Escape'], help: 'keyEscape', action: { type: 'endEdit' } },
];

/** "Ctrl+Shift+Z" for a key event; Cmd counts as Ctrl on macOS. Shift is implied by "?" itself. */
export function keyName(k: KeyInput): string {
  const mod = k.ctrlKey || k.metaKey;
  const key = k.key.length === 1 && mod ? k.key.toUpperCase() : k.key;
  // A shifted letter names its Shift, so "Shift+U" reads as the key to press (not Caps Lock's "U").
  if (!mod && k.shiftKey && /^[a-zA-Z]$/.test(key)) return `Shift+${key.toUpperCase()}`;
  if (!mod) return key;
  return `Ctrl+${k.shiftKey ? 'Shift+' : ''}${key}`;
}

const BY_NAME = new Map(KEY_BINDINGS.flatMap((b) => b.keys.map((k) => [k, b] as const)));

/** The action for a key press, or null to let the browser handle it. */
export function keyToAction(k: KeyInput): EditorAction | null {
  if (k.altKey) return null;
  const name = keyName(k);
  const binding = BY_NAME.get(name);
  if (!binding) return null;
  const withModifier = name.startsWith('Ctrl+');
  // In a text field, letters and Enter are typing; undo/redo and Escape still belong to the editor, because
  // the document (not the field) holds the history.
  if (k.inTextField && !withModifier && name !== 'Escape') return null;
  return binding.action;
}
