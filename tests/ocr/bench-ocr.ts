/**
 * OCR benchmark: a newspaper-like page (4 article columns of 20 px body text from the shared sample's
 * wording) rendered with Noto CJK, OCR'd per region with 1 and 2 workers, at scale 1, 2 and auto. Prints CER per region, seconds
 * per region and per page. Run: `node bin/run-ts.mjs tests/ocr/bench-ocr.ts`.
 */
import { readFileSync } from 'node:fs';
import { decodeImage, ocrPage } from '../../cli/node-ocr';
import type { Region } from '../../lib/detect/types';
import type { RegionOcr } from '../../lib/ocr';
import { cer } from '../support/cer';
import { renderLines, type TextLine } from './render-text';

import { SAMPLE } from '../support/sample';
const COLUMNS = 4;
const CHARS_PER_LINE = 16;
const LINES_PER_COLUMN = 40;
const SIZE = 20;
const LEADING = 30;
const COLUMN_WIDTH = CHARS_PER_LINE * SIZE + 40;

const text = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#') && !l.startsWith('!') && !l.startsWith('<'))
  .join('')
  .replace(/[*_`>\s]/g, '');
const chars = [...text];
const lines: TextLine[] = [];
const regions: Region[] = [];
const truth: Record<string, string> = {};
for (let c = 0; c < COLUMNS; c += 1) {
  const x = 20 + c * COLUMN_WIDTH;
  let column = '';
  for (let i = 0; i < LINES_PER_COLUMN; i += 1) {
    const start = (c * LINES_PER_COLUMN + i) * CHARS_PER_LINE;
    const line = chars.slice(start, start + CHARS_PER_LINE).join('');
    lines.push({ text: line, x, y: 40 + i * LEADING, size: SIZE });
    column += line;
  }
  const box: [number, number, number, number] = [x - 10, 10, x + COLUMN_WIDTH - 30, 40 + LINES_PER_COLUMN * LEADING];
  regions.push({ id: `col${c + 1}`, shape: 'rect', polygon: [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]], box });
  truth[`col${c + 1}`] = column;
}
const page = await renderLines(20 + COLUMNS * COLUMN_WIDTH, 60 + LINES_PER_COLUMN * LEADING, lines);
const image = await decodeImage(page.png);
console.log(`page ${image.width}×${image.height}, ${COLUMNS} regions, ${chars.slice(0, COLUMNS * LINES_PER_COLUMN * CHARS_PER_LINE).length} characters`);
const runs: [number | 'auto', number][] = [[1, 1], [1, 2], [2, 1], ['auto', 1], ['auto', 2]];
for (const [scale, workers] of runs) {
  const t0 = Date.now();
  const read: RegionOcr[] = [];
  const detection = { meta: {}, image: null, regions, adapter: 'bench', warnings: [] };
  await ocrPage(image, detection, { workers, fixedScale: scale === 'auto' ? undefined : scale, onArticle: (_, __, region) => read.push(region) });
  const wall = (Date.now() - t0) / 1000;
  const perRegion = regions.flatMap((r) => read.filter((x) => x.regionId === r.id)).map((r) => `${r.regionId} ×${r.scale} ${r.seconds} s CER ${(cer(truth[r.regionId], r.text) * 100).toFixed(1)} %`);
  console.log(`scale ${scale}, ${workers} worker(s): page ${wall.toFixed(1)} s (incl. worker start) | ${perRegion.join(' | ')}`);
}
