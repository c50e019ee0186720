/**
 * The repair step every command that writes a document runs (`clean`, `ocr`, `demo`): apply the
 * suggestions of the chosen level through the one applier, and render the result with true counts of
 * what is left for review. `--apply none` lists each suggestion instead — kind, place, old → new,
 * reason, confidence — so a user sees what would change before letting it.
 */
import type { EpaperDocument } from '../lib/model/document';
import { applyAll } from '../lib/repair/engine';
import { SAFE_CONFIDENCE, SUGGESTION_KINDS, type Suggestion, type SuggestionKind } from '../lib/repair/types';
import { documentJson, pageToMarkdown, unreviewedByArticle, unreviewedOnPage } from '../lib/export';

export type ApplyLevel = 'safe' | 'all' | 'none';
export const APPLY_LEVELS: readonly ApplyLevel[] = ['safe', 'all', 'none'];
export const APPLY_HELP = 'which repair suggestions to apply: safe (confidence ≥ 0.9), all, none (list them on stderr)';
const THRESHOLD: Record<ApplyLevel, number> = { safe: SAFE_CONFIDENCE, all: 0, none: Infinity };

export interface RepairStep {
  doc: EpaperDocument;
  applied: Suggestion[];
  pending: Suggestion[];
  unreviewedByArticle: Record<string, number>;
}

export function repairStep(doc: EpaperDocument, level: ApplyLevel): RepairStep {
  const result = applyAll(doc, { minConfidence: THRESHOLD[level] });
  return { doc: result.doc, applied: result.applied, pending: result.pending, unreviewedByArticle: unreviewedByArticle(result.pending) };
}

export function renderRepaired(step: RepairStep, format: 'md' | 'json', markdown: { markUncertain?: boolean; includeSetAside?: boolean } = {}): string {
  return format === 'json'
    ? documentJson(step.doc, { suggestions: step.pending })
    : pageToMarkdown(step.doc, { unreviewed: unreviewedOnPage(step.unreviewedByArticle), markUncertain: markdown.markUncertain, includeSetAside: markdown.includeSetAside });
}

const clip = (s: string, n = 40) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** One line per suggestion: `kind  article/block  old → new  (confidence) reason`. */
export function listSuggestions(doc: EpaperDocument, suggestions: readonly Suggestion[]): string {
  const text = new Map(doc.articles.flatMap((a) => a.blocks.map((b) => [b.id, b.text] as const)));
  return suggestions.map((s) => {
    const place = `${s.articleId}/${s.blockIds.join(',')}`;
    const change = s.edits?.length
      ? s.edits.map((e) => `“${e.expected}” → “${e.text}”`).join(', ')
      : (s.ops ?? []).map((o) => ('blockId' in o ? `${o.op}${'role' in o && o.role ? `=${o.role}` : ''} “${clip(text.get(o.blockId) ?? '', 16)}”` : o.op)).join(', ');
    return `${s.kind.padEnd(15)} ${place.padEnd(14)} ${s.confidence.toFixed(2)}  ${change}  — ${s.reason.en}`;
  }).join('\n');
}

/** Per kind: found (applied + left), applied, left for review. */
export function summarise(applied: Suggestion[], pending: Suggestion[]): string {
  const count = (list: Suggestion[], k: SuggestionKind) => list.filter((s) => s.kind === k).length;
  const rows = SUGGESTION_KINDS.map((k) => [k, count(applied, k) + count(pending, k), count(applied, k), count(pending, k)] as const).filter((r) => r[1] > 0);
  const lines = rows.map(([k, f, a, p]) => `${k.padEnd(16)} found ${String(f).padStart(4)}  applied ${String(a).padStart(4)}  left for review ${String(p).padStart(4)}`);
  return [...lines, `${'total'.padEnd(16)} found ${String(applied.length + pending.length).padStart(4)}  applied ${String(applied.length).padStart(4)}  left for review ${String(pending.length).padStart(4)}`].join('\n');
}
