/**
 * Editor keystroke latency on a full newspaper page: one `editText` through the reducer (minimal edit,
 * applier, history, re-running the engine, re-sorting pending suggestions). Uses the real repair engine
 * when lib/repair/engine.ts exists, else the editor tests' suggestion double; also times the reducer
 * with no engine, to separate the editor's own cost. Run: node bin/run-ts.mjs tests/bench/editor.ts
 */
import { pathToFileURL } from 'node:url';
import { createEditorReducer, initEditorState, type EditorDeps } from '../../lib/editor/state';
import type { EpaperDocument } from '../../lib/model/document';
import { samplePageDoc, testSuggest } from '../editor/fixtures';

export interface EditorBenchResult {
  engine: string;
  blocks: number;
  characters: number;
  suggestions: number;
  keystrokeMs: { median: number; p95: number; max: number };
  reducerOnlyMs: { median: number; p95: number };
}

async function loadEngine(): Promise<{ name: string; suggest: EditorDeps['suggest'] }> {
  // A computed path: the engine may not exist yet, and its absence must not break type-checking.
  const path = '../../lib/repair/engine.ts';
  try {
    const mod = (await import(/* @vite-ignore */ path)) as { suggest?: EditorDeps['suggest'] };
    if (mod.suggest) return { name: 'lib/repair/engine', suggest: mod.suggest };
  } catch {
    /* not written yet */
  }
  return { name: 'test double (tests/editor/fixtures.ts)', suggest: testSuggest };
}

/** The sample page with ASCII commas, as tesseract leaves them: hundreds of pending suggestions. */
function tesseractLikePage(): EpaperDocument {
  const doc = samplePageDoc();
  for (const a of doc.articles) for (const b of a.blocks) b.text = b.raw = b.text.replace(/，/g, ',');
  return doc;
}

function timeKeystrokes(deps: EditorDeps, doc: EpaperDocument, n: number): number[] {
  const reduce = createEditorReducer(deps);
  let state = initEditorState(doc, deps);
  const target = doc.articles[Math.floor(doc.articles.length / 2)].blocks[1];
  const times: number[] = [];
  let text = target.text;
  for (let i = 0; i < n; i += 1) {
    text = text.slice(0, 10) + '字' + text.slice(10);
    const t0 = performance.now();
    state = reduce(state, { type: 'editText', blockId: target.id, text, at: i * 100 });
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b);
}

const q = (sorted: number[], p: number) => Number(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))].toFixed(3));

export async function benchEditor(keystrokes = 200): Promise<EditorBenchResult> {
  const engine = await loadEngine();
  const doc = tesseractLikePage();
  const blocks = doc.articles.flatMap((a) => a.blocks);
  timeKeystrokes({ suggest: engine.suggest }, doc, 20); // warm-up
  const full = timeKeystrokes({ suggest: engine.suggest }, doc, keystrokes);
  const bare = timeKeystrokes({ suggest: () => [] }, doc, keystrokes);
  const result: EditorBenchResult = {
    engine: engine.name,
    blocks: blocks.length,
    characters: blocks.reduce((n, b) => n + b.text.length, 0),
    suggestions: engine.suggest(doc).length,
    keystrokeMs: { median: q(full, 0.5), p95: q(full, 0.95), max: q(full, 1) },
    reducerOnlyMs: { median: q(bare, 0.5), p95: q(bare, 0.95) },
  };
  console.log(
    `editor keystroke on a full page (${result.blocks} blocks, ${result.characters} chars, ${result.suggestions} suggestions, engine: ${result.engine}): ` +
      `median ${result.keystrokeMs.median} ms, p95 ${result.keystrokeMs.p95} ms, max ${result.keystrokeMs.max} ms; ` +
      `reducer without engine: median ${result.reducerOnlyMs.median} ms, p95 ${result.reducerOnlyMs.p95} ms`,
  );
  return result;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchEditor();
