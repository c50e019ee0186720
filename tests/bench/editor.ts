/**
 * Editor keystroke latency on a full newspaper page: one `editText` through the reducer (minimal edit,
 * applier, history, re-running the engine, re-sorting pending suggestions). Uses the real repair engine
 * when lib/repair/engine.ts exists, else the editor tests' suggestion double; also times the reducer
 * with no engine, to separate the editor's own cost. A second row types into a 5 MB paste of plain OCR
 * text (one article of thousands of lines, as the paste dialog imports it).
 * Run: node bin/run-ts.mjs tests/bench/editor.ts
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { importText } from '../../lib/import';
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
  paste?: { bytes: number; characters: number; articles: number; blocks: number; suggestions: number; keystrokes: number; keystrokeMs: { median: number; max: number } };
}

const CORPUS = fileURLToPath(new URL('../repair/corpus', import.meta.url));
/** Characters the typography rules read (datelines, bylines, credits, jump lines): kept as they are. */
const TYPOGRAPHY = new Set('本报讯记者通讯员实习生摄影图为文新华社电日月年第版转接上下责任编辑校对美编供发全媒体融');

/**
 * About `bytes` of UTF-8 pasted OCR text: the corpus pages (outputs of several OCR tools) one after another,
 * each copy with its other Han characters shifted to different ones, so copies are not repeats of each
 * other (the duplicate pass would rightly take a verbatim 5 MB repeat for copies).
 */
export function pastedText(bytes: number): string {
  const pages = readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(CORPUS, f), 'utf8'));
  const parts: string[] = [];
  let size = 0;
  for (let n = 0; size < bytes; n += 1) {
    const text = pages[n % pages.length].replace(/\p{Script=Han}/gu, (c) => {
      if (TYPOGRAPHY.has(c) || n < pages.length) return c;
      return String.fromCodePoint(0x4e00 + ((c.codePointAt(0)! - 0x4e00 + n * 7919) % 0x5000));
    });
    parts.push(text);
    size += Buffer.byteLength(text) + 2;
  }
  return parts.join('\n\n');
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
  const middle = doc.articles[Math.floor(doc.articles.length / 2)];
  const target = middle.blocks[Math.max(1, Math.floor(middle.blocks.length / 2))];
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
  result.paste = benchPaste(engine.suggest);
  console.log(
    `editor keystroke on a full page (${result.blocks} blocks, ${result.characters} chars, ${result.suggestions} suggestions, engine: ${result.engine}): ` +
      `median ${result.keystrokeMs.median} ms, p95 ${result.keystrokeMs.p95} ms, max ${result.keystrokeMs.max} ms; ` +
      `reducer without engine: median ${result.reducerOnlyMs.median} ms, p95 ${result.reducerOnlyMs.p95} ms`,
  );
  console.log(`editor keystroke in a ${result.paste.bytes} byte paste (${result.paste.blocks} blocks in ${result.paste.articles} article(s), ${result.paste.suggestions} suggestions): ` +
    `median ${result.paste.keystrokeMs.median} ms, max ${result.paste.keystrokeMs.max} ms over ${result.paste.keystrokes} keystrokes`);
  return result;
}

/** Keystrokes into a 5 MB paste: few of them, each may cost a whole read of the page. */
function benchPaste(suggest: EditorDeps['suggest'], bytes = 5_000_000, keystrokes = 10): NonNullable<EditorBenchResult['paste']> {
  const text = pastedText(bytes);
  const doc = importText(text, { name: 'paste' });
  const blocks = doc.articles.flatMap((a) => a.blocks);
  const times = timeKeystrokes({ suggest }, doc, keystrokes);
  return {
    bytes: Buffer.byteLength(text), characters: text.length, articles: doc.articles.length, blocks: blocks.length,
    suggestions: suggest(structuredClone(doc)).length, keystrokes, keystrokeMs: { median: q(times, 0.5), max: q(times, 1) },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await benchEditor();
