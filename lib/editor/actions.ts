/** Everything the proofreading editor can do, as plain data (so keyboard, buttons and tests share it). */
import type { BlockRole, EpaperDocument } from '../model/document';
import type { SuggestionKind } from '../repair/types';
import type { Snapshot } from './history';

export type EditorAction =
  /** Replace the whole session: a new OCR result, a pasted text, or a session reopened from storage. */
  | { type: 'load'; doc: EpaperDocument; rejected?: string[]; past?: Snapshot[]; future?: Snapshot[] }
  | { type: 'openArticle'; articleId: string }
  /** Click on a paragraph/line, or on the image (the component hit-tests and sends the block). */
  | { type: 'select'; blockId: string | null; line?: number | null }
  | { type: 'selectSuggestion'; id: string }
  | { type: 'nextSuggestion' }
  | { type: 'prevSuggestion' }
  /** The next / previous low-confidence word, across articles (`u` / Shift+U). */
  | { type: 'nextUncertain' }
  | { type: 'prevUncertain' }
  /** Without `id`: the selected suggestion. */
  | { type: 'accept'; id?: string }
  | { type: 'reject'; id?: string }
  | { type: 'acceptKind'; kind: SuggestionKind }
  | { type: 'applySafe'; minConfidence?: number }
  /** Typing in a block: the block's full new text. `at` (ms) lets quick keystrokes share one undo step. */
  | { type: 'editText'; blockId: string; text: string; at?: number }
  /** An inline fix of one span (a low-confidence word). */
  | { type: 'replaceRange'; blockId: string; start: number; end: number; text: string }
  | { type: 'revertText'; blockId: string }
  | { type: 'mergeBlocks'; first: string; second: string }
  | { type: 'splitBlock'; blockId: string; at: number }
  | { type: 'setRole'; blockId: string; role: BlockRole }
  | { type: 'setAside'; blockId: string }
  | { type: 'moveBlock'; blockId: string; toArticleId: string; beforeBlockId?: string | null }
  | { type: 'splitArticle'; blockId: string }
  /** Bring back a set-aside block, or undo the last join of a merged block. */
  | { type: 'restore'; blockId: string }
  | { type: 'undo' }
  | { type: 'redo' }
  | { type: 'startEdit'; blockId?: string }
  | { type: 'endEdit' }
  | { type: 'toggleHelp'; open?: boolean }
  | { type: 'dismissMessage' };

type MessageCode =
  | 'stale' // a suggestion no longer matches the text
  | 'not-found' // a block/article/suggestion id is unknown
  | 'nothing-to-undo'
  | 'nothing-to-redo'
  | 'merge-changed' // a merged block was edited after the join: undo or edit by hand
  | 'not-restorable'
  | 'applied' // n fixes applied
  | 'cannot-split'
  | 'cannot-merge'; // a block merged with itself

export interface EditorMessage {
  kind: 'error' | 'info';
  code: MessageCode;
  /** Count for 'applied', skipped count for batches. */
  n?: number;
  skipped?: number;
  detail?: string;
}
