/**
 * One applier (docs/decisions/007-one-applier.md): the editor's "apply safe fixes" and "accept all of a
 * kind" give the very document `applyAll` gives — the CLI's `clean --apply safe` — on every repair page
 * fixture and on generated documents, and a rejected suggestion stays unapplied through every round.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import type { EpaperDocument } from '../../lib/model/document';
import { createEditorReducer, initEditorState } from '../../lib/editor/state';
import { applyAll, suggest } from '../../lib/repair/engine';
import { SUGGESTION_KINDS } from '../../lib/repair/types';
import { cleanText } from '../../cli/clean';
import { docArb } from '../repair/arbitraries';
import { sampleDoc } from '../repair/fixtures/doc';
import { makeDoc, texts } from '../repair/helpers';
import { SAMPLE } from '../support/sample';
import { samplePageDoc } from './fixtures';

const deps = { suggest: (doc: EpaperDocument) => suggest(doc) };
const reduce = createEditorReducer(deps);
const editorSafe = (doc: EpaperDocument, rejected: string[] = []) => reduce(initEditorState(doc, deps, { rejected }), { type: 'applySafe' });

const PAGES = join(__dirname, '../repair/pages');
const pageFiles = readdirSync(PAGES).filter((f) => /\.(md|txt)$/.test(f));
/** Every page the repair tests read: tests/repair/pages/*, and the shared sample as each test suite loads it. */
const pages: [string, () => EpaperDocument][] = [
  ...pageFiles.map((f): [string, () => EpaperDocument] => [f, () => importText(readFileSync(join(PAGES, f), 'utf8'), { name: f })]),
  ['sample page (importer)', () => importText(readFileSync(SAMPLE, 'utf8'), { name: 'sample' })],
  ['sample page (tests/repair/fixtures/doc.ts)', sampleDoc],
  ['sample page (tests/editor/fixtures.ts)', samplePageDoc],
];

describe.each(pages)('%s', (_name, load) => {
  it('"apply safe fixes" in the editor = applyAll(doc, safe)', () => {
    const doc = load();
    const engine = applyAll(doc);
    const editor = editorSafe(doc);
    expect(engine.applied.length).toBeGreaterThan(0);
    expect(editor.doc).toEqual(engine.doc);
    expect(editor.message).toMatchObject({ code: 'applied', n: engine.applied.length });
  });

  it('"accept all" of each kind in the editor = applyAll with that kind selected', () => {
    const doc = load();
    const state = initEditorState(doc, deps);
    for (const kind of new Set(state.suggestions.map((s) => s.kind))) {
      const engine = applyAll(doc, { select: (s) => s.kind === kind });
      expect(reduce(state, { type: 'acceptKind', kind }).doc, kind).toEqual(engine.doc);
    }
  });
});

describe('the byline of county-daily-lines.md (the two appliers used to disagree)', () => {
  const file = join(PAGES, 'county-daily-lines.md');
  const doc = importText(readFileSync(file, 'utf8'), { name: 'county-daily-lines.md' });
  const bylines = (d: EpaperDocument) => d.articles.flatMap((a) => a.blocks).filter((b) => b.text.startsWith('■本报记者')).map((b) => b.text);

  it('keeps the space between 本报记者 and the name in the editor, as `clean --apply safe` does', () => {
    // The roles round comes first, so cjk-spaces sees a byline (where the space belongs), not a paragraph.
    expect(bylines(editorSafe(doc).doc)).toEqual(['■本报记者 赵磊']);
    expect(cleanText(readFileSync(file, 'utf8'), { name: 'county-daily-lines.md', apply: 'safe' }).output).toContain('■本报记者 赵磊');
  });
});

describe('rejected suggestions in a batch', () => {
  it('are not applied, also when an earlier fix in the block moved them to a new id', () => {
    const doc = makeDoc(['经济 发展,电力先行。']);
    const s0 = initEditorState(doc, deps);
    const comma = s0.suggestions.find((s) => s.kind === 'punctuation')!;
    expect(comma.edits![0]).toMatchObject({ start: 5, expected: ',' });
    const safe = reduce(reduce(s0, { type: 'reject', id: comma.id }), { type: 'applySafe' });
    expect(texts(safe.doc)).toEqual(['经济发展,电力先行。']);
    // The same finding, one character further left now: still rejected, so not listed for review either.
    expect(safe.pending.filter((s) => s.kind === 'punctuation')).toEqual([]);
    expect(safe.rejected).toContain(comma.id);
    // Near miss: without the rejection the comma is fixed in the same batch.
    expect(texts(reduce(s0, { type: 'applySafe' }).doc)).toEqual(['经济发展，电力先行。']);
  });

  it('stay rejected when the user merges their block into the one before', () => {
    const doc = makeDoc(['今年以来，我市锚定全面落实战略', '定位和使命任务,大力开展攻坚年行动。']);
    const s0 = initEditorState(doc, deps);
    const comma = s0.suggestions.find((s) => s.kind === 'punctuation')!;
    const merged = reduce(reduce(s0, { type: 'reject', id: comma.id }), { type: 'mergeBlocks', first: 'b1', second: 'b2' });
    expect(texts(merged.doc)).toEqual(['今年以来，我市锚定全面落实战略定位和使命任务,大力开展攻坚年行动。']);
    expect(merged.suggestions.filter((s) => s.kind === 'punctuation')).toHaveLength(1);
    expect(merged.pending).toEqual([]);
    expect(texts(reduce(merged, { type: 'applySafe' }).doc)).toEqual(texts(merged.doc));
  });

  it('and the rest of the batch still applies; one undo step brings back the document and the rejection list', () => {
    const doc = makeDoc(['经济 发展,电力先行。']);
    const rejected = reduce(initEditorState(doc, deps), { type: 'reject', id: suggest(doc).find((s) => s.kind === 'punctuation')!.id });
    const safe = reduce(rejected, { type: 'applySafe' });
    expect(safe.message).toMatchObject({ code: 'applied', n: 1, skipped: 0 });
    const undone = reduce(safe, { type: 'undo' });
    expect(undone.doc).toBe(doc);
    expect(undone.rejected).toEqual(rejected.rejected);
  });
});

describe('generated documents', () => {
  const RUNS = { numRuns: 150, seed: 20261201 };

  it('"apply safe fixes" = applyAll(doc, safe), with and without a rejected suggestion', () => {
    fc.assert(fc.property(docArb, fc.nat(), (doc, pick) => {
      expect(editorSafe(doc).doc).toEqual(applyAll(doc).doc);
      const found = suggest(doc);
      if (!found.length) return;
      const rejected = [found[pick % found.length].id];
      expect(editorSafe(doc, rejected).doc).toEqual(applyAll(doc, { rejected }).doc);
    }), RUNS);
  });

  it('"accept all" of a kind = applyAll with that kind selected', () => {
    fc.assert(fc.property(docArb, fc.constantFrom(...SUGGESTION_KINDS), (doc, kind) => {
      const editor = reduce(initEditorState(doc, deps), { type: 'acceptKind', kind }).doc;
      expect(editor).toEqual(applyAll(doc, { select: (s) => s.kind === kind }).doc);
    }), RUNS);
  });
});
