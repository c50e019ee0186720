/**
 * The text-detection fallback of the PP-OCR engine, crop by crop: for every job crop of a page, the line
 * statistics fallback.ts decides on, whether (and why) the detector would run, how many lines the ink
 * profile found against how many boxes the detector finds, and the milliseconds of each. With `--save DIR`
 * each crop that fires is written as PNG with its detection boxes drawn, to look at.
 * Run: `node bin/run-ts.mjs tests/bench/paddle-det.ts PAGE [realistic|rendered|jpeg] [--all] [--save DIR]`
 * (`--all` prints every crop, not only the ones that fire). Page CER and time per line source are
 * ocr-engines.ts's (`… --child PAGE realistic paddle|paddle-lines|paddle-det 2`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { nodeRecModel } from '../../cli/paddle-model';
import { decodeImage } from '../../cli/node-ocr';
import { decodeGrayPng, encodePng, type Raster } from '../../lib/image';
import { createOcrEngine } from '../../lib/ocr';
import { detectText } from '../../lib/ocr/paddle/detect';
import { detectionReason, lineStats } from '../../lib/ocr/paddle/fallback';
import { darkMask, findLines, type LineBox } from '../../lib/ocr/paddle/lines';
import { readPage } from '../../lib/pipeline';
import { fixturePages } from '../layout/support/fixture-pages';
import { realisticPages } from './realistic';

function drawBoxes(gray: Raster, boxes: LineBox[]): Raster {
  const data = new Uint8ClampedArray(gray.data);
  for (const [x0, y0, x1, y1] of boxes) {
    for (let x = x0; x < x1; x += 1) for (const y of [y0, y1 - 1]) data[y * gray.width + x] = 128;
    for (let y = y0; y < y1; y += 1) for (const x of [x0, x1 - 1]) data[y * gray.width + x] = 128;
  }
  return { ...gray, data };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const argv = process.argv.slice(2);
  const saveAt = argv.indexOf('--save');
  const save = saveAt >= 0 ? argv[saveAt + 1] : undefined;
  const [name, kind = 'realistic'] = argv.filter((a, i) => !a.startsWith('--') && argv[i - 1] !== '--save');
  const page = (kind === 'realistic' ? realisticPages() : fixturePages()).find((p) => p.name === name);
  if (!page) throw new Error(`no fixture page ${name}`);
  if (save) mkdirSync(save, { recursive: true });
  const model = await nodeRecModel('node', 2)();
  const det = await model.det!.get();
  let n = 0;
  let fired = 0;
  const engine = createOcrEngine({
    workers: 1,
    info: { engine: 'bench', languages: ['ch'] },
    createWorker: async () => ({
      async recognize(png, parameters) {
        const gray = decodeGrayPng(png);
        const t0 = performance.now();
        const mask = darkMask(gray);
        const lines = findLines(gray, 1, mask);
        const stats = lineStats(mask, gray.width, gray.height, lines);
        const reason = detectionReason(stats);
        const tStats = performance.now() - t0;
        const t1 = performance.now();
        const boxes = reason || argv.includes('--all') ? await detectText(det, gray) : [];
        const tDet = performance.now() - t1;
        n += 1;
        if (reason) fired += 1;
        if (reason || argv.includes('--all')) {
          const s = `${stats.lines} lines, ink ${stats.inkCovered.toFixed(2)}, valley ${stats.middleValley.toFixed(2)}, tall/usual ${stats.tallestPerUsual.toFixed(2)}, slope ${stats.slope.toFixed(2)}`;
          console.log(`crop ${n} ${gray.width}×${gray.height} psm ${parameters?.tessedit_pageseg_mode}: ${reason ?? 'fine'} (${s}); det ${boxes.length} boxes; stats ${tStats.toFixed(1)} ms, det ${tDet.toFixed(0)} ms`);
          if (save) {
            writeFileSync(join(save, `${name}-${n}-${reason ?? 'fine'}.png`), encodePng(gray));
            writeFileSync(join(save, `${name}-${n}-${reason ?? 'fine'}-boxes.png`), encodePng(drawBoxes(gray, boxes)));
          }
        }
        return { text: '', confidence: 0, blocks: [] };
      },
      terminate: async () => {},
      onDeath: () => {},
    }),
  });
  await readPage(engine, await decodeImage(page.png), { meta: {}, image: null, regions: page.regions, adapter: 'bench', warnings: [] }, {});
  await engine.terminate();
  console.log(`${name}: the detector fires on ${fired} of ${n} crops`);
}
