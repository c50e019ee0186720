/**
 * The repair engine: runs every registered pass over a document (`suggest`) and applies the selected
 * suggestions in rounds (`applyAll`, the one batch applier). Within a round, block operations apply
 * first, each only when none of its blocks changed earlier in the round; then the text edits of all
 * suggestions on untouched blocks, block by block, last offset first (textlint's fixer). Then the passes
 * run again on the new document, so every suggestion of the next round has fresh offsets and block ids.
 * It stops when a round applies nothing, or at the round cap.
 */
import type { Block, EpaperDocument } from '../model/document';
import { blockLookup } from '../model/block-index';
import { SAFE_CONFIDENCE, type Suggestion } from './types';
import { applyOpRound } from './op-round';
import { PASSES, type RegisteredPass } from './registry';
import { applyEditRound } from './round';
import { runCached } from './pass-cache';
import { afterEdits, afterJoins, composeMaps, followRejected } from './rejected';

export interface SuggestOptions {
  passes?: readonly RegisteredPass[];
  /**
   * False: no pass keeps what it needs to re-read the next small change quickly (duplicate-update.ts's
   * shingle index), for a caller that changes the document in many places before it reads it again.
   */
  incremental?: boolean;
}

/** Join pairs (block → block appended to it), following a chain of joins into one first block. */
function joinPairs(s: Suggestion): string[] | null {
  if (s.edits?.length || !s.ops?.length || s.ops.some((o) => o.op !== 'join')) return null;
  const last = new Map<string, string>();
  return s.ops.map((o) => {
    if (o.op !== 'join') return '';
    const prev = last.get(o.first) ?? o.first;
    last.set(o.first, o.second);
    return `${prev}>${o.second}`;
  });
}

/** Operations that would change nothing (a flag the block already has, the role it already has). */
function isNoop(s: Suggestion, blockOf: (id: string) => Block | undefined): boolean {
  if (s.edits?.length || !s.ops?.length) return false;
  return s.ops.every((op) => {
    // `at` is left out: edits after the flag move the end of the text, the finding is the same.
    if (op.op === 'flag') return !!blockOf(op.blockId)?.flags?.some((f) => f.kind === op.flag.kind && f.note === op.flag.note);
    if (op.op === 'set-role') return blockOf(op.blockId)?.role === op.role;
    return false;
  });
}

/** The publisher's own text is exact: the passes mend what OCR and pasting break, not what the paper wrote. */
const onlyPublisherText = (s: Suggestion, blockOf: (id: string) => Block | undefined): boolean =>
  s.blockIds.length > 0 && s.blockIds.every((id) => blockOf(id)?.source?.origin === 'publisher');

/**
 * Whether the engine drops a suggestion (no-op or publisher text only). It depends only on the blocks it
 * names, and the caches hand back a suggestion object only while those blocks are the same objects, so the
 * verdict is kept per suggestion object.
 */
const dropped = new WeakMap<Suggestion, boolean>();

/**
 * All suggestions of all passes, in pass order. A finding made twice (same id, or only joins that another
 * suggestion already makes) is kept once; one that would change nothing is dropped, so the engine's own
 * output gets no suggestions, and so is one that touches only the publisher's text.
 */
export function suggest(doc: EpaperDocument, options: SuggestOptions = {}): Suggestion[] {
  const blocks = blockLookup(doc);
  // Without a publisher block (most pages) only a block operation can be dropped: a text edit is never a no-op.
  const publisher = doc.articles.some((a) => a.blocks.some((b) => b.source?.origin === 'publisher'));
  const seen = new Set<string>();
  const joined = new Set<string>();
  const out: Suggestion[] = [];
  for (const pass of options.passes ?? PASSES) {
    for (const s of runCached(pass.run, pass.scope, doc, options.incremental === false ? { windowed: pass.windowed } : pass)) {
      if (seen.has(s.id)) continue;
      let drop = !publisher && !s.ops?.length ? false : dropped.get(s);
      if (drop === undefined) {
        const blockOf = (id: string) => blocks.block(id, s.articleId);
        dropped.set(s, (drop = isNoop(s, blockOf) || onlyPublisherText(s, blockOf)));
      }
      if (drop) continue;
      const pairs = joinPairs(s);
      if (pairs && pairs.every((p) => joined.has(p))) continue;
      seen.add(s.id);
      pairs?.forEach((p) => joined.add(p));
      out.push(s);
    }
  }
  return out;
}

export interface ApplyAllOptions extends SuggestOptions {
  /** Which suggestions to apply (accept all of a kind, safe fixes …). Default: confidence ≥ `minConfidence`. */
  select?: (s: Suggestion) => boolean;
  /** Used when there is no `select`. Default SAFE_CONFIDENCE ("apply safe fixes"). */
  minConfidence?: number;
  /** Ids of suggestions on `doc` the user rejected: never applied, followed through the rounds (rejected.ts). */
  rejected?: readonly string[];
  /** The engine that re-suggests after each round (the editor injects its own). Default: `suggest` with `passes`. */
  suggest?: (doc: EpaperDocument) => Suggestion[];
  maxRounds?: number;
}

export interface ApplyAllResult {
  doc: EpaperDocument;
  /** Every suggestion applied, in order. */
  applied: Suggestion[];
  /** Suggestions on the final document, left for review (not selected, rejected, or could not apply). */
  pending: Suggestion[];
  /** `options.rejected` and the ids rejected findings took on in later rounds (a change before them moved them). */
  rejected: string[];
  rounds: number;
}

/**
 * The one batch applier: the CLI's `clean --apply`, the editor's "accept all of a kind" and "apply safe
 * fixes" all come here, so a batch gives the same document wherever it runs (docs/decisions/007-one-applier.md).
 */
export function applyAll(doc: EpaperDocument, options: ApplyAllOptions = {}): ApplyAllResult {
  const min = options.minConfidence ?? SAFE_CONFIDENCE;
  const select = options.select ?? ((s: Suggestion) => s.confidence >= min);
  // Each round changes the page in many places: no pass prepares for a keystroke (the editor injects its own `suggest`).
  const find = options.suggest ?? ((d: EpaperDocument) => suggest(d, { ...options, incremental: false }));
  const maxRounds = options.maxRounds ?? 12;
  const applied: Suggestion[] = [];
  let current = doc;
  let rounds = 0;
  let all = find(current);
  const rejected = new Set(options.rejected ?? []);
  const done = new Set<string>();
  while (rounds < maxRounds) {
    // A block operation applied once in this call is not applied again (a pass that re-suggests it would
    // loop). Text edits need no guard: their ids carry offsets, which shift as text changes.
    const chosen = all.filter((s) => select(s) && !rejected.has(s.id) && !(s.ops?.length && done.has(s.id)));
    if (chosen.length === 0) break;
    rounds += 1;
    const start = current;
    // Structure first: roles and set-asides decide what the character passes may touch (a byline keeps its spaces).
    const ops = applyOpRound(current, chosen.filter((x) => x.ops?.length));
    current = ops.doc;
    for (const s of ops.applied) applied.push(s);
    ops.applied.forEach((s) => done.add(s.id));
    const touched = ops.touched;
    const edits = chosen.filter((x) => !x.ops?.length && !x.blockIds.some((id) => touched.has(id)) && !(x.edits ?? []).some((e) => touched.has(e.blockId)));
    const round = applyEditRound(current, edits, ops.uniqueBlockIds);
    current = round.doc;
    for (const s of round.applied) applied.push(s); // a loop: spreading 100 000 arguments overflows the stack
    if (current === start) break;
    const before = all;
    all = find(current);
    // Nothing rejected, nothing to follow: the position maps index every block of the page.
    if (rejected.size === 0) continue;
    const moved = composeMaps(afterJoins(start, ops.applied.flatMap((s) => s.ops ?? [])), afterEdits(round.applied.flatMap((s) => s.edits ?? [])));
    for (const id of followRejected(before, rejected, moved, all)) rejected.add(id);
  }
  // Left for review: below the threshold, or could not apply (conflict, round cap) — never one already applied.
  return { doc: current, applied, pending: all.filter((s) => !(s.ops?.length && done.has(s.id))), rejected: [...rejected], rounds };
}
