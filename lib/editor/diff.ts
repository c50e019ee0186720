/**
 * Raw OCR ↔ current text, character level, as plain segments the DiffView renders as elements
 * (never as HTML). diff_cleanupSemantic merges the scattered one-character matches that make raw
 * character diffs of Chinese text unreadable.
 */
import DiffMatchPatch from 'diff-match-patch';

export interface DiffSegment {
  op: 'equal' | 'insert' | 'delete';
  text: string;
}

const OPS = { [-1]: 'delete', 0: 'equal', 1: 'insert' } as const;

export function diffText(before: string, after: string, timeoutSeconds = 1): DiffSegment[] {
  const dmp = new DiffMatchPatch();
  dmp.Diff_Timeout = timeoutSeconds;
  const diffs = dmp.diff_main(before, after);
  dmp.diff_cleanupSemantic(diffs);
  return diffs.map(([op, text]) => ({ op: OPS[op as -1 | 0 | 1], text }));
}

/** Counts for a summary line ("12 characters changed"). */
export function diffStats(segments: DiffSegment[]): { inserted: number; deleted: number } {
  let inserted = 0;
  let deleted = 0;
  for (const s of segments) {
    if (s.op === 'insert') inserted += s.text.length;
    if (s.op === 'delete') deleted += s.text.length;
  }
  return { inserted, deleted };
}
