/**
 * The contract between repair passes, the applier, the editor and the CLI — the textlint model: a pass
 * only *detects* and returns suggestions as plain data; one shared applier changes documents.
 *
 * Offsets are UTF-16 code units into `Block.text` (what JavaScript strings index), so characters outside
 * the BMP count as two.
 */
import type { BlockFlag, BlockRole, EpaperDocument } from '../model/document';

export const SUGGESTION_KINDS = [
  'split-sentence', // §1 join a sentence split across a column/block break
  'headline', // §2 a headline not marked as one (may start a new article)
  'article-roles', // §3 kicker / subtitle / byline roles
  'set-aside', // §4 captions, labels, running heads/feet, jump lines
  'duplicate', // §5 near-verbatim repeat of nearby text
  'out-of-order', // §6 fragment out of reading order
  'truncated', // §7 article ending mid-sentence
  'cjk-spaces', // §9 spaces between CJK characters
  'punctuation', // §10 half-width punctuation and look-alikes in Chinese text
  'line-paragraphs', // §11 paragraphs rebuilt from one-line-per-OCR-line text
] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Replace `text.slice(start, end)` of a block with `text`. `expected` guards against stale suggestions. */
export interface TextEdit {
  blockId: string;
  start: number;
  end: number;
  text: string;
  expected: string;
}

export type BlockOperation =
  /** Append `second` to `first` with `separator`; `second` leaves the body and lives on in `first.mergedFrom`. */
  | { op: 'join'; first: string; second: string; separator: string }
  /**
   * Split a block at a text offset; the tail becomes a new block with `role` (default: same role) and id
   * `tailId` when given (so later operations of the same suggestion can name it; refused if in use).
   */
  | { op: 'split'; blockId: string; at: number; role?: BlockRole; tailId?: string }
  | { op: 'set-role'; blockId: string; role: BlockRole }
  /** Take a block out of the body, keeping it (caption, furniture, duplicate copy …). */
  | { op: 'set-aside'; blockId: string; kind: string; reason: string }
  /** Move blocks (in the given order) into an article, before `beforeBlockId` (null: at the end). */
  | { op: 'move'; blockIds: string[]; toArticleId: string; beforeBlockId: string | null }
  /** Start a new article at `blockId`: it and every block after it in its article move to a new article. */
  | { op: 'split-article'; blockId: string }
  | { op: 'flag'; blockId: string; flag: BlockFlag };

export interface Suggestion {
  /** Stable for the same finding on the same document (kind + blocks + range), so the UI can track it. */
  id: string;
  kind: SuggestionKind;
  articleId: string;
  /** Blocks the suggestion reads or changes (for highlighting and staleness checks). */
  blockIds: string[];
  edits?: TextEdit[];
  ops?: BlockOperation[];
  /** Shown to the user, both languages. */
  reason: { zh: string; en: string };
  /** 0–1. At or above SAFE_CONFIDENCE "apply safe fixes" applies it without asking. */
  confidence: number;
}

export const SAFE_CONFIDENCE = 0.9;

/** One repair pass: a pure function from a document to suggestions. Never mutates the document. */
export type RepairPass = (doc: EpaperDocument) => Suggestion[];
