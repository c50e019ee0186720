/**
 * Records the tesseract.js result the conversion tests replay (`npm run` this once with
 * `node bin/run-ts.mjs tests/ocr/record-fixture.ts`). Region B of the rendered two-article page, upscaled
 * 2×, so the fixture exercises both the crop offset and the scale. Back-references, symbols and choices
 * are dropped: the conversion does not read them.
 */
import { writeFile } from 'node:fs/promises';
import { createWorker } from 'tesseract.js';
import { decodeImage, nodeOcrPaths } from '../../cli/node-ocr';
import { prepareRegion } from '../../lib/image';
import { DEFAULT_PARAMETERS } from '../../lib/ocr';
import { PAGE_SIZE, REGION_B, renderLines, twoArticleLines } from './render-text';

const page = await renderLines(PAGE_SIZE.width, PAGE_SIZE.height, twoArticleLines());
const prepared = prepareRegion(await decodeImage(page.png), REGION_B, { scale: 2 });
const worker = await createWorker(['chi_sim', 'eng'], 1, { ...(await nodeOcrPaths()), cacheMethod: 'none' }, { debug_file: '/dev/null' } as Record<string, string>);
await worker.setParameters(DEFAULT_PARAMETERS);
const { data } = await worker.recognize(Buffer.from(prepared.png), {}, { text: true, blocks: true });
await worker.terminate();

const box = ({ x0, y0, x1, y1 }: { x0: number; y0: number; x1: number; y1: number }) => ({ x0, y0, x1, y1 });
const blocks = (data.blocks ?? []).map((b) => ({
  text: b.text,
  confidence: b.confidence,
  bbox: box(b.bbox),
  paragraphs: b.paragraphs.map((p) => ({
    text: p.text,
    confidence: p.confidence,
    bbox: box(p.bbox),
    lines: p.lines.map((l) => ({
      text: l.text,
      confidence: l.confidence,
      bbox: box(l.bbox),
      words: l.words.map((w) => ({ text: w.text, confidence: w.confidence, bbox: box(w.bbox) })),
    })),
  })),
}));
const fixture = { region: REGION_B, offset: prepared.offset, scale: prepared.scale, page: { text: data.text, confidence: data.confidence, blocks } };
await writeFile(new URL('./fixtures/region-b-scale2.json', import.meta.url), JSON.stringify(fixture, null, 1) + '\n');
console.log('recorded', blocks.length, 'blocks');
