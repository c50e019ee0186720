/**
 * docs/benchmarks.md from one `npm run bench` run: where and how it ran, what each benchmark measures,
 * then its tables. Reads only what the benchmarks return (the shapes below are checked, not trusted: a
 * field the OCR bench stops returning shows up as a plain table of whatever it returns instead).
 */
import { execFileSync } from 'node:child_process';
import { availableParallelism, cpus } from 'node:os';

export interface BenchRun {
  date: string;
  node: string;
  quick: boolean;
  /** "full", or what a quick or partial run left out. */
  mode: string;
  command: string;
  cores: number;
  cpu: string;
  commit: string;
  repair?: unknown;
  editor?: unknown;
  ocr?: unknown;
  coverage?: unknown;
  bigPage?: unknown;
}

/** The machine and checkout the run happens on. */
export function benchEnvironment(): Pick<BenchRun, 'cores' | 'cpu' | 'commit'> {
  return { cores: availableParallelism(), cpu: cpus()[0]?.model.trim() ?? 'unknown', commit: gitCommit() };
}

function gitCommit(): string {
  try {
    const sha = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { encoding: 'utf8' }).trim();
    return dirty ? `${sha} with uncommitted changes` : sha;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

type Row = Record<string, unknown>;

const isObject = (v: unknown): v is Row => typeof v === 'object' && v !== null && !Array.isArray(v);
const isRows = (v: unknown): v is Row[] => Array.isArray(v) && v.length > 0 && v.every(isObject);
const pct = (x: unknown) => (typeof x === 'number' ? `${(x * 100).toFixed(1)} %` : '–');
const num = (x: unknown) => (typeof x === 'number' ? String(x) : '–');

function cell(v: unknown): string {
  if (v === undefined || v === null) return '–';
  const text = Array.isArray(v) ? v.join(', ') : isObject(v) ? JSON.stringify(v) : String(v);
  return text.replace(/\|/g, '\\|');
}

function markdownTable(header: string[], rows: unknown[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`)].join('\n');
}

/** Any list of flat records as a table (columns: every scalar key, in first-seen order). */
function genericTable(rows: Row[]): string {
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r).filter((k) => !isObject(r[k]) && !isRows(r[k]))))];
  return markdownTable(keys, rows.map((r) => keys.map((k) => r[k])));
}

/** Whatever a benchmark returned, when its shape is not the one this writer knows. */
function genericSection(value: unknown): string {
  if (isRows(value)) return genericTable(value);
  if (!isObject(value)) return '```json\n' + JSON.stringify(value, null, 2) + '\n```';
  return Object.entries(value)
    .map(([key, v]) => (isRows(v) ? `**${key}**\n\n${genericTable(v)}` : isObject(v) ? `**${key}**\n\n${genericTable([v])}` : `**${key}**: ${cell(v)}`))
    .join('\n\n');
}

function repairSection(result: unknown): string {
  const method = `Method: \`suggest\` (every pass) and \`applyAll\` (every suggestion, in rounds until nothing applies) on
documents of about 10 k, 100 k and 1 M characters. The documents are made by repeating the test pages of
\`tests/repair/pages/\` with fresh ids and varied digits. Each time is the median of three runs, wall and CPU (\`process.cpuUsage\`: a
shared machine stretches wall time, hardly CPU time). Near-linear scaling shows as a flat "ms per 1 k characters"
while the size grows ×10.`;
  const rows = isObject(result) && isRows(result.rows) ? result.rows : null;
  if (!rows || !('chars' in rows[0])) return `${method}\n\n${genericSection(result)}`;
  return `${method}\n\n${markdownTable(
    ['characters', 'blocks', 'suggestions', 'applied', 'rounds', 'suggest (ms)', 'suggest CPU (ms)', 'applyAll (ms)', 'applyAll CPU (ms)', 'applyAll ms per 1 k characters', 'CPU ms per 1 k characters'],
    rows.map((r) => [r.chars, r.blocks, r.suggestions, r.applied, r.rounds, r.suggestMs, r.suggestCpuMs ?? '', r.applyAllMs, r.applyAllCpuMs ?? '', r.msPer1kChars, r.cpuMsPer1kChars ?? '']),
  )}`;
}

function editorSection(result: unknown): string {
  const method = `Method: one keystroke (\`editText\`) through the editor's reducer on a full page of OCR text (the sample page
\`hengyang-daily-page.ocr.md\` that the tests read from the shared samples), with its commas made ASCII as
tesseract leaves them, so that many suggestions are pending. Each keystroke makes the
minimal edit, applies it, records history, re-runs the repair engine and re-sorts the suggestions. There are
200 keystrokes after 20 warm-up ones. The same reducer without an engine shows the editor's own share.`;
  const r = isObject(result) ? result : null;
  const ks = r && isObject(r.keystrokeMs) ? r.keystrokeMs : null;
  const bare = r && isObject(r.reducerOnlyMs) ? r.reducerOnlyMs : null;
  if (!r || !ks || !bare) return `${method}\n\n${genericSection(result)}`;
  return `${method}\n\nPage: ${num(r.blocks)} blocks, ${num(r.characters)} characters, ${num(r.suggestions)} pending suggestions; engine: ${cell(r.engine)}.\n\n${markdownTable(
    ['', 'median (ms)', 'p95 (ms)', 'max (ms)'],
    [
      ['keystroke with the repair engine', ks.median, ks.p95, ks.max],
      ['reducer alone (no engine)', bare.median, bare.p95, bare.max],
    ],
  )}${pasteRow(r.paste)}`;
}

/** The keystroke row on a 5 MB paste (tests/bench/editor.ts `benchPaste`). */
function pasteRow(paste: unknown): string {
  if (!isObject(paste) || !isObject(paste.keystrokeMs)) return '';
  return `\n\nKeystrokes into a pasted page: ${num(paste.bytes)} bytes of plain OCR text (the corpus pages of tests/repair/corpus one
after another, Han characters varied per copy), imported as the paste dialog does: ${num(paste.blocks)} blocks in ${num(paste.articles)}
article(s), ${num(paste.suggestions)} suggestions; ${num(paste.keystrokes)} keystrokes in the middle.\n\n${markdownTable(
    ['', 'median (ms)', 'max (ms)'],
    [['keystroke in a 5 MB paste', paste.keystrokeMs.median, paste.keystrokeMs.max]],
  )}`;
}

interface ArticleScore {
  headline?: unknown;
  paragraphF1?: unknown;
  captionsFound?: unknown;
  captionsExpected?: unknown;
  falseCaptions?: unknown;
}

const sum = (list: ArticleScore[], key: keyof ArticleScore) => list.reduce((s, a) => s + (typeof a[key] === 'number' ? (a[key] as number) : 0), 0);

function accuracyTable(rows: Row[]): string {
  return markdownTable(
    ['page variant', 'pipeline', 'scale per region', 'page CER', 'headlines found', 'paragraph-start F1', 'captions found / expected + false', 'seconds'],
    rows.map((r) => {
      const articles = (Array.isArray(r.articles) ? r.articles : []).filter(isObject) as ArticleScore[];
      const n = articles.length;
      return [
        r.variant,
        r.pipeline,
        Array.isArray(r.scales) ? r.scales.join(', ') : r.scales,
        pct(r.pageCer),
        n ? `${articles.filter((a) => a.headline).length}/${n}` : '–',
        n ? (sum(articles, 'paragraphF1') / n).toFixed(2) : '–',
        n ? `${sum(articles, 'captionsFound')}/${sum(articles, 'captionsExpected')} + ${sum(articles, 'falseCaptions')}` : '–',
        r.seconds,
      ];
    }),
  );
}

function ocrSpeedLines(result: Row): string[] {
  const lines: string[] = [];
  const speed = isObject(result.speed) ? result.speed : null;
  if (speed && isObject(speed.oneWorker) && isObject(speed.twoWorkers)) {
    lines.push(
      `- Workers, on "${cell(speed.page)}" (${num(speed.regions)} jobs, warm workers): 1 worker ${num(speed.oneWorker.pageSeconds)} s per page ` +
        `(${num(speed.oneWorker.regionSeconds)} s per job), 2 workers ${num(speed.twoWorkers.pageSeconds)} s per page: scaling ${pct(speed.scaling)} (target ≥ 85 %).`,
    );
  }
  const native = isObject(result.native) ? result.native : null;
  if (native) {
    lines.push(
      `- tesseract.js against the native \`tesseract\` CLI on the same ${num(native.crops)} crops, models and parameters: ` +
        `${num(native.tesseractJsSeconds)} s against ${num(native.nativeSeconds)} s, ${num(native.ratio)}× (target ≤ 1.2×).`,
    );
  }
  const plain = isObject(result.plainCli) ? result.plainCli : null;
  if (plain) {
    lines.push(
      `- The plain \`tesseract page.png stdout -l chi_sim+eng\` on the whole page "${cell(plain.page)}": CER ${pct(plain.cer)} in ${num(plain.seconds)} s, ` +
        `against ${pct(plain.ourCer)} for our pipeline: ${num(plain.improvement)}× lower (target ≥ 2×).`,
    );
  }
  return lines;
}

function ocrSection(result: unknown): string {
  const method = `Method: the fixture pages of \`tests/fixtures/pages/\` (rendered from specs, so the text, the reading order and
every box are known), each in three variants: as rendered (15–29 px body text), downscaled to about 15 px (or to
70 % when the page is already that small), and the downscaled page saved as JPEG quality 30. Each variant is
read by the pipelines named in the table:

- *region PSM 3*: each hotspot as one image, with tesseract's own layout analysis;
- *blocks*: the region plan (ink blocks, PSM 6/7 each) with the chosen resample factor;
- *blocks ×F*: the same plan with a fixed factor, the alternatives the choice was made against.

"Page CER" is the character error rate over the whole page in reading order, whitespace removed. Structure is
summed over the truth articles. Speed is measured on the JPEG variant with warm workers. See
[decisions 001, 002, 004 and 005](decisions/).`;
  const r = isObject(result) ? result : null;
  const rows = r && isRows(r.accuracy) && 'pageCer' in r.accuracy[0] ? r.accuracy : null;
  if (!r || !rows) return `${method}\n\n${genericSection(result)}`;
  const known = new Set(['accuracy', 'speed', 'native', 'plainCli', 'realistic']);
  const rest = Object.fromEntries(Object.entries(r).filter(([k]) => !known.has(k)));
  const parts = [method, accuracyTable(rows), ocrSpeedLines(r).join('\n'), realisticSection(r.realistic)];
  if (Object.keys(rest).length) parts.push(genericSection(rest));
  return parts.filter(Boolean).join('\n\n');
}

/** tests/bench/realistic.ts: the realistic pages, our pipeline against the plain tesseract CLI on the same boxes. */
function realisticSection(result: unknown): string {
  if (result === undefined) return '';
  const method = `### Realistic pages

\`tests/fixtures/realistic/\`: whole e-paper pages printed like real page JPEGs (serif 11–14 px body in columns
one character apart, bands, tinted boxes, photos with text in them, a QR code; blur, unsharp mask, JPEG with
4:2:0 chroma), evidence in each spec. *Page CER*: our pipeline (2 workers), whole page in reading order.
*Below 90 %*: articles whose recall (share of their truth characters found, any order) is under 90 %.
*CLI CER*: the plain \`tesseract\` CLI (chi_sim+eng, defaults) on each article's hotspot crop, errors over all
truth characters. Text inside photos is not article text. See [benchmarks-realistic.md](benchmarks-realistic.md).`;
  if (!isRows(result) || !('pageCer' in result[0])) return `${method}\n\n${genericSection(result)}`;
  const pages = markdownTable(['page', 'size', 'body px', 'characters', 'page CER', 'seconds', 'below 90 %', 'photo texts in the text', 'CLI CER', 'CLI seconds'],
    result.map((r) => [r.page, `${num(r.width)}×${num(r.height)}`, r.body, r.chars, pct(r.pageCer), r.seconds, Array.isArray(r.articlesBelow90) && r.articlesBelow90.length ? r.articlesBelow90 : 'none',
      `${num(r.photoTextsInText)}/${num(r.photoTexts)}`, pct(r.cliCer), r.cliSeconds]));
  const articles = markdownTable(['page', 'article', 'characters', 'CER', 'recall', 'CLI CER'],
    result.flatMap((r) => (isRows(r.articles) ? r.articles : []).map((a) => [r.page, a.id, a.chars, pct(a.cer), pct(a.recall), pct(a.cliCer)])));
  return `${method}\n\n${pages}\n\n${articles}`;
}

function notRun(name: string): string {
  return `Not run in this run (\`${name}\`).`;
}

/**
 * Sections of the previous file that no benchmark here produces (their heading says "not part of the
 * bench", e.g. the e2e timings in the browsers): carried over unchanged, each with its own measured-at line.
 */
export function sectionsKeptFrom(previous: string): string[] {
  return previous
    .split(/^(?=## )/m)
    .filter((s) => /^## .*not part of the bench/.test(s))
    .map((s) => s.trimEnd());
}

export function benchmarksMarkdown(run: BenchRun, kept: string[] = []): string {
  return `# Benchmarks

*Generated by \`${run.command}\` (tests/bench/run.ts). Do not edit by hand: run it again instead.*

| | |
|---|---|
| date | ${run.date} |
| commit | ${run.commit} |
| machine | ${run.cores} cores (\`nproc\`), ${run.cpu} |
| Node | ${run.node} |
| mode | ${run.mode} |

The machine is shared with other jobs, so absolute times move between runs by ±30 % or more. Compare the
ratios within one run (pipeline against pipeline, 1 worker against 2, tesseract.js against native); those
are what the decisions in [decisions/](decisions/) rest on. Every number is also in \`.bench/results.json\`.

## Repair engine: suggest and applyAll by document size

${run.repair === undefined ? notRun('benchRepair') : repairSection(run.repair)}

## Editor: keystroke latency on a full page

${run.editor === undefined ? notRun('benchEditor') : editorSection(run.editor)}

## OCR: accuracy and speed on the fixture pages

${run.ocr === undefined ? notRun('benchOcr') : ocrSection(run.ocr)}

## OCR coverage: ink under recognised lines

Method: each fixture page as rendered and as a downscaled JPEG q30, read by lib/pipeline; per article the
coverage (share of the region's ink under recognised line boxes), its CER, and the coverage once the lines
of its largest text part are dropped (a lost block) with the share of its characters that part held.
The warning threshold (lib/model/coverage.ts) must lie between the two coverage columns (**lost**).
**confident**: the realistic pages and the same fixture variants read with both engines; per article its
character recall (share of its truth characters found, any order), the ink coverage, the confident coverage
(ink counted by how sure OCR was of its characters) and the warning it gets. Every article below 90 %
recall must warn.

${run.coverage === undefined ? notRun('benchCoverage') : genericSection(run.coverage)}

## Big page: CLI peak memory

Method: a generated 12000×16000 JPEG page (two columns of glyph rows, a photo) read by \`epaper-md ocr\`
in a child process; peak resident memory from GNU time (\`/usr/bin/time -v\`).

${run.bigPage === undefined ? notRun('benchBigPage') : genericSection([run.bigPage])}
${kept.map((section) => `\n${section}\n`).join('')}`;
}
