/**
 * The page pipeline on a real rendered page: plan regions from the image, OCR their blocks with
 * tesseract.js, lay the lines out into articles, and score against the fixture's truth. Bounds sit a
 * margin above what the bench measures (docs/benchmarks.md, *OCR*), so a layout regression fails here.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, ocrPage } from '../../cli/node-ocr';
import type { EpaperDocument } from '../../lib/model/document';
import { fixturePages, type BenchPage } from './support/fixture-pages';
import { pageCer, scoreDocument } from './support/score';

const page: BenchPage | undefined = fixturePages().find((p) => p.name === 'dongchuan-pd-p01');

describe.runIf(page)('layout on a fixture page (tesseract.js)', () => {
  let doc: EpaperDocument;

  beforeAll(async () => {
    const image = await decodeImage(page!.png);
    ({ doc } = await ocrPage(image, { meta: {}, image: null, regions: page!.regions, adapter: 'test', warnings: [] }, { workers: 2, engine: 'tesseract' }));
  });

  it('reads the articles in order with a low character error rate', () => {
    const text = doc.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
    const rate = pageCer(page!.truth, text);
    console.log(`dongchuan-pd-p01: page CER ${(rate * 100).toFixed(2)} %`);
    // Measured 1.24 %; bound ×1.5 + 1 point.
    expect(rate).toBeLessThan(0.029);
  });

  it('finds every headline and most paragraph breaks', () => {
    const scores = scoreDocument(page!.truth, doc);
    console.log(`headlines ${scores.filter((s) => s.headline).length}/${scores.length}, paragraph F1 ${(scores.reduce((s, a) => s + a.paragraphF1, 0) / scores.length).toFixed(3)}`);
    expect(scores.filter((s) => s.headline).length).toBeGreaterThanOrEqual(scores.length - 1);
    // Measured F1 0.94.
    expect(scores.reduce((s, a) => s + a.paragraphF1, 0) / scores.length).toBeGreaterThan(0.85);
  });
});
