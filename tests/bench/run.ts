/**
 * `npm run bench [-- --quick] [-- --only repair,editor,ocr,coverage,bigpage]`: the benchmarks in one run —
 * repair engine scaling, editor keystroke latency, OCR accuracy and speed (needs Debian `tesseract-ocr` for
 * the native comparison), OCR coverage, and the CLI's peak memory on a big page (needs GNU time). Prints tables, writes every number to .bench/results.json and the report to
 * docs/benchmarks.md (tests/bench/report.ts). Only a full run replaces docs/benchmarks.md; a quick or
 * partial run writes its report to .bench/benchmarks.md, so the committed numbers always come from a
 * whole bench. Sections of docs/benchmarks.md marked "not part of the bench" (browser timings) are kept.
 * Ratios are the point: absolute times drift between runs.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { TESSERACT } from '../layout/support/native-tesseract';
import { benchBigPage } from './big-page';
import { benchCoverage } from './coverage';
import { benchEditor } from './editor';
import { benchOcr } from './ocr';
import { benchRepair } from './repair';
import { benchEnvironment, benchmarksMarkdown, sectionsKeptFrom, type BenchRun } from './report';

const BENCHES = ['repair', 'editor', 'ocr', 'coverage', 'bigpage'] as const;
type BenchName = (typeof BENCHES)[number];

function selectedBenches(argv: string[]): BenchName[] {
  const at = argv.indexOf('--only');
  if (at < 0) return [...BENCHES];
  const names = (argv[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = names.filter((n) => !(BENCHES as readonly string[]).includes(n));
  if (!names.length || unknown.length) throw new Error(`--only takes ${BENCHES.join(', ')} joined with "," (got "${argv[at + 1] ?? ''}")`);
  return names as BenchName[];
}

const argv = process.argv.slice(2);
const quick = argv.includes('--quick');
const only = selectedBenches(argv);
const full = !quick && only.length === BENCHES.length;
// Checked before anything runs, so a missing tool stops the bench at once, not after twenty minutes.
const missing = [
  ...(only.includes('ocr') && !existsSync(TESSERACT) ? [`the native tesseract CLI at ${TESSERACT} for the OCR bench (Debian packages "tesseract-ocr tesseract-ocr-chi-sim")`] : []),
  ...(only.includes('bigpage') && !existsSync('/usr/bin/time') ? ['GNU time at /usr/bin/time for the big-page bench (Debian package "time")'] : []),
];
if (missing.length) {
  console.error(`npm run bench needs ${missing.join(' and ')}: install them, or leave those benches out with --only (${BENCHES.join(',')}).`);
  process.exit(2);
}

const run: BenchRun = {
  date: new Date().toISOString(),
  node: process.version,
  quick,
  mode: full ? 'full' : [quick ? 'quick (`--quick`: one OCR page variant)' : '', only.length < BENCHES.length ? `only ${only.join(', ')}` : ''].filter(Boolean).join(', '),
  command: ['npm run bench', ...(argv.length ? ['--', ...argv] : [])].join(' '),
  ...benchEnvironment(),
};

if (only.includes('repair')) {
  console.log('\n== repair engine: suggest / applyAll by document size');
  run.repair = await benchRepair();
}
if (only.includes('editor')) {
  console.log('\n== editor: keystroke latency on a full page');
  run.editor = await benchEditor();
}
if (only.includes('ocr')) {
  console.log('\n== OCR: accuracy and speed on the fixture pages');
  run.ocr = await benchOcr({ quick });
}

if (only.includes('coverage')) {
  console.log('\n== OCR coverage: ink under recognised lines, whole and with one block lost');
  run.coverage = await benchCoverage({ quick });
}
if (only.includes('bigpage')) {
  console.log('\n== big page: peak memory of the CLI on a 12000×16000 page');
  run.bigPage = await benchBigPage({ quick });
}

await mkdir('.bench', { recursive: true });
await writeFile('.bench/results.json', `${JSON.stringify(run, null, 2)}\n`);
const report = full ? 'docs/benchmarks.md' : '.bench/benchmarks.md';
const previous = await readFile('docs/benchmarks.md', 'utf8').catch(() => '');
await writeFile(report, benchmarksMarkdown(run, sectionsKeptFrom(previous)));
console.log(`\nwrote .bench/results.json and ${report}`);
