/**
 * The import graph, checked from the source: data flows detect → plan → ocr → layout → pipeline → document →
 * export and never comes back, lib/ stays free of the extension and the CLI, and components stay
 * presentational. A folder that needs a new neighbour is a design change: edit ALLOWED and
 * docs/architecture.md together.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/** Folders each lib folder may import from (type-only imports count: they couple the code just the same). */
const ALLOWED: Record<string, string[]> = {
  'lib/model': [],
  'lib/text': [],
  'lib/i18n': [],
  'lib/detect': ['lib/model'],
  // The panel's page workers carry rasters, OCR jobs and results, and articles checked by lib/model's validator.
  'lib/messaging': ['lib/detect', 'lib/image', 'lib/model', 'lib/ocr'],
  'lib/image': ['lib/model', 'lib/detect'],
  'lib/plan': ['lib/image', 'lib/model', 'lib/detect'],
  'lib/ocr': ['lib/plan', 'lib/image', 'lib/model', 'lib/detect'],
  'lib/layout': ['lib/ocr', 'lib/model', 'lib/text', 'lib/detect'],
  // Content pages are HTML like the e-paper page: read with the same DOM helpers, mapped to the model's roles.
  'lib/content': ['lib/model', 'lib/text', 'lib/detect'],
  'lib/pipeline': ['lib/detect', 'lib/image', 'lib/plan', 'lib/ocr', 'lib/layout', 'lib/model', 'lib/content'],
  'lib/repair': ['lib/model', 'lib/text'],
  'lib/editor': ['lib/repair', 'lib/model', 'lib/text'],
  'lib/import': ['lib/model', 'lib/text'],
  'lib/export': ['lib/model', 'lib/image', 'lib/text', 'lib/repair'],
  'lib/storage': ['lib/editor', 'lib/model'],
  // Sequences page reads over a page list (lib/detect); the reading itself is the caller's.
  'lib/issue': ['lib/detect'],
};

/** Source without comments, so a comment that names an API is not taken for a use of it. */
const code = (file: string): string => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
const EXTENSION_API = /\b(?:browser|chrome)\.(?:runtime|tabs|storage|downloads|permissions|scripting|sidePanel)\b/;
const usingExtensionApi = (top: string): string[] =>
  sourceFiles(join(ROOT, top)).filter((f) => EXTENSION_API.test(code(f))).map((f) => relative(ROOT, f));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** `lib/ocr/engine.ts` → `lib/ocr`; `components/editor/X.tsx` → `components`. */
function folderOf(path: string): string {
  const parts = relative(ROOT, path).split('/');
  return parts[0] === 'lib' ? `lib/${parts[1]}` : parts[0];
}

/** Folder → folders it imports from (relative specifiers only; packages are knip's business). */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const top of ['lib', 'cli', 'entrypoints', 'components']) {
    for (const file of sourceFiles(join(ROOT, top))) {
      const from = folderOf(file);
      const source = code(file);
      for (const m of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?['"](\.{1,2}\/[^'"]+)['"]/g)) {
        const to = folderOf(resolve(dirname(file), m[1]));
        if (to === from) continue;
        if (!graph.has(from)) graph.set(from, new Set());
        graph.get(from)!.add(to);
      }
    }
  }
  return graph;
}

/** Every elementary cycle's smallest rotation, found by depth-first search from each node. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>();
  const walk = (start: string, node: string, path: string[]) => {
    for (const next of graph.get(node) ?? []) {
      if (next === start) {
        const i = path.indexOf([...path].sort()[0]);
        found.add([...path.slice(i), ...path.slice(0, i)].join(' → '));
      } else if (!path.includes(next)) walk(start, next, [...path, next]);
    }
  };
  for (const node of graph.keys()) walk(node, node, [node]);
  return [...found].sort();
}

describe('import graph', () => {
  const graph = folderGraph();

  it('has no cycle between folders', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('finds the cycle a back edge would make (the check itself works)', () => {
    const withBackEdge = new Map(graph);
    withBackEdge.set('lib/model', new Set(['lib/export']));
    expect(cycles(withBackEdge)).toContain('lib/export → lib/model');
  });

  it.each(Object.entries(ALLOWED))('%s imports only from the folders before it', (folder, allowed) => {
    const extra = [...(graph.get(folder) ?? [])].filter((to) => !allowed.includes(to));
    expect(extra, `${folder} imports from ${extra.join(', ')}`).toEqual([]);
  });

  it('knows every lib folder', () => {
    const folders = readdirSync(join(ROOT, 'lib')).filter((f) => statSync(join(ROOT, 'lib', f)).isDirectory());
    expect(folders.map((f) => `lib/${f}`).filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('keeps components presentational: no entrypoint or CLI code, no browser extension API', () => {
    expect([...(graph.get('components') ?? [])].filter((to) => to === 'entrypoints' || to === 'cli')).toEqual([]);
    expect(usingExtensionApi('components')).toEqual([]);
  });

  it('keeps lib/ free of the extension and the CLI', () => {
    for (const [from, tos] of graph) {
      if (!from.startsWith('lib/')) continue;
      expect([...tos].filter((to) => !to.startsWith('lib/')), from).toEqual([]);
    }
    expect(usingExtensionApi('lib')).toEqual([]);
  });
});
