import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { convertPage, toPageBox, toRegionOcr, type TessPage } from '../../lib/ocr';
import type { BBox } from '../../lib/model';
import { ARTICLE_B } from './render-text';

/** tesseract.js output for region B of the rendered page, cropped at offset [470, 10] and upscaled 2× (record-fixture.ts). */
const fixture = JSON.parse(readFileSync(new URL('./fixtures/region-b-scale2.json', import.meta.url), 'utf8')) as {
  region: { id: string; box: BBox };
  offset: [number, number];
  scale: number;
  page: TessPage;
};

describe('toPageBox', () => {
  it('undoes the upscale, then adds the crop offset', () => {
    expect(toPageBox({ x0: 20, y0: 40, x1: 100, y1: 61 }, { offset: [470, 10], scale: 2 })).toEqual([480, 30, 520, 41]);
  });

  it('rounds outward so the box still covers the ink', () => {
    expect(toPageBox({ x0: 3, y0: 3, x1: 7, y1: 7 }, { offset: [0, 0], scale: 2 })).toEqual([1, 1, 4, 4]);
  });
});

describe('convertPage on a recorded tesseract result', () => {
  const region = toRegionOcr(fixture.region.id, fixture.region.box, fixture.page, fixture);
  const lines = region.blocks.flatMap((b) => b.paragraphs.flatMap((p) => p.lines));

  it('keeps every line, word, paragraph and block box inside the region on the page', () => {
    const [rx0, ry0, rx1, ry1] = fixture.region.box;
    const boxes = region.blocks.flatMap((b) => [b.bbox, ...b.paragraphs.flatMap((p) => [p.bbox, ...p.lines.flatMap((l) => [l.bbox, ...l.words.map((w) => w.bbox)])])]);
    expect(boxes.length).toBeGreaterThan(10);
    for (const [x0, y0, x1, y1] of boxes) {
      expect(x0).toBeGreaterThanOrEqual(rx0);
      expect(y0).toBeGreaterThanOrEqual(ry0);
      expect(x1).toBeLessThanOrEqual(rx1);
      expect(y1).toBeLessThanOrEqual(ry1);
      expect(x1).toBeGreaterThan(x0);
      expect(y1).toBeGreaterThan(y0);
    }
  });

  it('places the headline where it was drawn (x 480, 34 px type on baseline 60)', () => {
    const [x0, y0, , y1] = lines[0].bbox;
    expect(Math.abs(x0 - 480)).toBeLessThanOrEqual(3);
    expect(y0).toBeGreaterThanOrEqual(60 - 34);
    expect(y1).toBeLessThanOrEqual(60 + 8);
  });

  it('spaces body lines 38 px apart on the page, not 76 px as in the 2× crop', () => {
    const body = lines.slice(1).map((l) => l.bbox[1]);
    expect(body).toHaveLength(ARTICLE_B.body.length);
    for (let i = 1; i < body.length; i += 1) expect(Math.abs(body[i] - body[i - 1] - 38)).toBeLessThanOrEqual(2);
  });

  it('trims the trailing newlines tesseract puts on lines and joins paragraphs with blank lines', () => {
    for (const l of lines) expect(l.text).toBe(l.text.trim());
    expect(region.text.split('\n\n')).toHaveLength(region.blocks.flatMap((b) => b.paragraphs).length);
    expect(region.text.split('\n')).toContain(lines[1].text);
  });

  it('records the scale the region was read at', () => {
    expect(region.scale).toBe(2);
  });

  it('carries confidences from tesseract and weights the region mean by text length', () => {
    expect(region.confidence).toBeGreaterThan(50);
    expect(region.confidence).toBeLessThanOrEqual(100);
    expect(lines.every((l) => l.words.every((w) => w.confidence >= 0 && w.confidence <= 100))).toBe(true);
  });

  it('keeps the line text as tesseract read it, spaces between Han characters included (the repair pass proposes removing them)', () => {
    const box = { x0: 0, y0: 0, x1: 40, y1: 10 };
    const line = { text: '社 区 图书馆 ， GDP 增长\n', confidence: 80, bbox: box, words: [] };
    const page: TessPage = { text: line.text, confidence: 80, blocks: [{ text: line.text, confidence: 80, bbox: box, paragraphs: [{ text: line.text, confidence: 80, bbox: box, lines: [line] }] }] };
    expect(convertPage(page, { offset: [0, 0], scale: 1 })[0].paragraphs[0].lines[0].text).toBe('社 区 图书馆 ， GDP 增长');
  });

  it('drops blocks without text (photos, rules) instead of keeping empty shells', () => {
    const withEmpty: TessPage = {
      ...fixture.page,
      blocks: [...fixture.page.blocks!, { text: '', confidence: 0, bbox: { x0: 0, y0: 0, x1: 5, y1: 5 }, paragraphs: [{ text: '', confidence: 0, bbox: { x0: 0, y0: 0, x1: 5, y1: 5 }, lines: [{ text: ' \n', confidence: 0, bbox: { x0: 0, y0: 0, x1: 5, y1: 5 }, words: [] }] }] }],
    };
    expect(convertPage(withEmpty, fixture)).toHaveLength(region.blocks.length);
    expect(convertPage({ text: '', confidence: 0, blocks: null }, fixture)).toEqual([]);
  });
});
