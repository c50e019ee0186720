/**
 * `npm run bench [-- --quick]`: every benchmark in one run — repair engine scaling, editor keystroke
 * latency, OCR accuracy and speed (needs Debian `tesseract-ocr` for the native comparison). Prints tables
 * and writes all numbers to .bench/results.json. Ratios are the point: absolute times drift between runs.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { benchEditor } from './editor';
import { benchOcr } from './ocr';
import { benchRepair } from './repair';

const quick = process.argv.includes('--quick');
const results: Record<string, unknown> = { date: new Date().toISOString(), node: process.version, quick };

console.log('\n== repair engine: suggest / applyAll by document size');
results.repair = await benchRepair();
console.log('\n== editor: keystroke latency on a full page');
results.editor = await benchEditor();
console.log('\n== OCR: accuracy and speed on the fixture pages');
results.ocr = await benchOcr({ quick });

await mkdir('.bench', { recursive: true });
await writeFile('.bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('\nwrote .bench/results.json');
