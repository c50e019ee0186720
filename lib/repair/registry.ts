/**
 * Every repair pass, in the order the engine runs them. Order matters where passes overlap: structure
 * first — furniture and captions before headlines (a photo credit looks like a byline that would make the
 * caption above it a headline), then articles and roles — then paragraph rebuilding before sentence joins (a whole
 * paragraph of OCR lines is one suggestion, not one join per line), then the character-level passes.
 * A meta-test checks that every file in passes/ is listed here and documented.
 */
import type { RepairPass, SuggestionKind } from './types';
import type { PassScope } from './pass-cache';
import * as headline from './passes/headline';
import * as lateHead from './passes/late-head';
import * as articleRoles from './passes/article-roles';
import * as setAside from './passes/set-aside';
import * as outOfOrder from './passes/out-of-order';
import * as duplicate from './passes/duplicate';
import * as lineParagraphs from './passes/line-paragraphs';
import * as splitSentence from './passes/split-sentence';
import * as truncated from './passes/truncated';
import * as cjkSpaces from './passes/cjk-spaces';
import * as punctuation from './passes/punctuation';
import { duplicateUpdate } from './duplicate-update';

interface PassMeta {
  kind: SuggestionKind;
  title: { zh: string; en: string };
  description: { zh: string; en: string };
}

export interface RegisteredPass {
  meta: PassMeta;
  run: RepairPass;
  /** File name in lib/repair/passes/ (for the meta-test and docs). */
  file: string;
  /** What its findings for one article read beyond that article (pass-cache.ts): lets the engine re-read only what changed. */
  scope: PassScope;
  /**
   * Its findings never reach across a settled paragraph (pass-window.ts), so a long article is re-read only
   * in the windows around what changed. Not duplicate (a copy's source is anywhere earlier in the article
   * or the one before), nor the page passes (a fragment's continuation is anywhere on the page).
   */
  windowed?: boolean;
  /** The same findings as `run`, re-reading only what a small change can affect. */
  incremental?: RepairPass;
}

export const PASSES: readonly RegisteredPass[] = [
  { meta: setAside.meta, run: setAside.setAside, file: 'set-aside.ts', windowed: true, scope: 'article' },
  { meta: headline.meta, run: headline.headline, file: 'headline.ts', windowed: true, scope: 'article' },
  // Not windowed: the dateline lead between the byline and the head it moves is a settled paragraph.
  { meta: lateHead.meta, run: lateHead.lateHead, file: 'late-head.ts', scope: 'article' },
  { meta: articleRoles.meta, run: articleRoles.articleRoles, file: 'article-roles.ts', windowed: true, scope: 'pair' },
  { meta: outOfOrder.meta, run: outOfOrder.outOfOrder, file: 'out-of-order.ts', scope: 'page' },
  { meta: duplicate.meta, run: duplicate.duplicate, file: 'duplicate.ts', scope: 'pair', incremental: duplicateUpdate },
  { meta: lineParagraphs.meta, run: lineParagraphs.lineParagraphs, file: 'line-paragraphs.ts', windowed: true, scope: 'article' },
  { meta: splitSentence.meta, run: splitSentence.splitSentence, file: 'split-sentence.ts', windowed: true, scope: 'article' },
  { meta: truncated.meta, run: truncated.truncated, file: 'truncated.ts', scope: 'page' },
  { meta: cjkSpaces.meta, run: cjkSpaces.cjkSpaces, file: 'cjk-spaces.ts', scope: 'block' },
  { meta: punctuation.meta, run: punctuation.punctuation, file: 'punctuation.ts', scope: 'block' },
];

