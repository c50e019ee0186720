/**
 * The block pipeline on a real rendered page: plan regions from the image, OCR their blocks with
 * tesseract.js, lay the lines out into articles, and score against the fixture's truth. Bounds sit a
 * margin above what the bench measured (docs/benchmarks.md, *OCR*), so a layout regression fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeImage, nodeOcrPaths } from '../../cli/node-ocr';
import { ocrToDocument, segmentPage } from '../../lib/layout';
import type { EpaperDocument } from '../../lib/model/document';
import { createOcrEngine, type OcrEngine } from '../../lib/ocr';
import { fixturePages, type BenchPage } from './support/fixture-pages';
import { ocrByBlocks } from './support/ocr-blocks';
import { pageCer, scoreDocument } from './support/score';

const page: BenchPage | undefined = fixturePages().find((p) => p.name === 'dongchuan-pd-p01');

describe.runIf(page)('layout on a fixture page (tesseract.js)', () => {
  let engine: OcrEngine;
  let doc: EpaperDocument;

  beforeAll(async () => {
    engine = createOcrEngine({ paths: await nodeOcrPaths(), workers: 2 });
    const image = await decodeImage(page!.png);
    const result = await ocrByBlocks(engine, image, page!.regions);
    doc = ocrToDocument(result.regions, { imageSize: { width: page!.width, height: page!.height } }, {}, { photos: result.photos });
  });
  afterAll(() => engine?.terminate());

  it('reads the articles in order with a low character error rate', () => {
    const text = doc.articles.flatMap((a) => a.blocks.map((b) => b.text)).join('');
    expect(pageCer(page!.truth, text)).toBeLessThan(0.08);
  });

  it('finds every headline and most paragraph breaks', () => {
    const scores = scoreDocument(page!.truth, doc);
    expect(scores.filter((s) => s.headline).length).toBeGreaterThanOrEqual(scores.length - 1);
    expect(scores.reduce((s, a) => s + a.paragraphF1, 0) / scores.length).toBeGreaterThan(0.75);
  });

  it('splits the page into its articles again when the hotspots are not used', () => {
    const lines = doc.articles.flatMap((a) => a.blocks.flatMap((b) => b.source?.lines ?? []).map((l) => ({ ...l, words: l.words ?? [], regionId: a.id })));
    const segments = segmentPage(lines, { width: page!.width, height: page!.height }).filter((s) => !s.furniture);
    const owners = segments.map((s) => new Set(s.lines.map((l) => l.regionId)));
    expect(segments).toHaveLength(page!.regions.length);
    expect(owners.every((o) => o.size === 1)).toBe(true);
  });
});
