import { describe, expect, it } from 'vitest';
import { choosePreprocessing, estimateTextHeight, ocrToDocument, segmentPage, segmentsToRegionOcr, segmentsToRegions } from '../../lib/layout';
import type { Raster } from '../../lib/image/raster';
import { flow, grid, line, para } from './synthetic';

const size = 20;
const measure = 12;
const page = { width: 1100, height: 1600 };

/** Three articles: two side by side (two columns each), one below spanning all four columns; a running head. */
function threeArticles() {
  const a = [line('甲文章的大标题', 20, 100, 48, 'A'), ...flow([para('甲', 90), para('甲', 50)], { size, measure, columns: grid(2, 0, 180, 7, size, measure), regionId: 'A' })];
  const b = [line('乙文章标题', 560, 100, 48, 'B'), ...flow([para('乙', 80), para('乙', 40)], { size, measure, columns: grid(2, 540, 180, 7, size, measure), regionId: 'B' })];
  const c = [
    line('丙引题', 300, 420, 28, 'C'),
    line('丙文章横跨四栏的标题', 150, 460, 56, 'C'),
    ...flow([para('丙', 150), para('丙', 60)], { size, measure, columns: grid(4, 0, 560, 6, size, measure), regionId: 'C' }),
  ];
  const head = line('某某日报 2022年10月24日 第3版', 0, 20, 16, 'F');
  return { a, b, c, head };
}

describe('segmentPage (no image map)', () => {
  it('splits a page into its articles by headlines and columns, kicker with its headline', () => {
    const { a, b, c, head } = threeArticles();
    const segments = segmentPage([head, ...c, ...b, ...a], page);
    const owners = segments.map((s) => [...new Set(s.lines.map((l) => l.regionId))].join(''));
    expect(owners).toEqual(['A', 'B', 'C', 'F']);
    expect(segments[3].furniture).toBe(true);
    expect(segments.map((s) => s.lines.length)).toEqual([a.length, b.length, c.length, 1]);
  });

  it('gives articles with headlines when the segments go through the layout', () => {
    const { a, b, c, head } = threeArticles();
    const doc = ocrToDocument(segmentsToRegionOcr(segmentPage([...a, ...b, ...c, head], page)), { imageSize: page });
    expect(doc.articles.map((art) => art.blocks.find((bl) => bl.role === 'headline')?.text ?? null)).toEqual(['甲文章的大标题', '乙文章标题', '丙文章横跨四栏的标题', null]);
    expect(doc.articles[2].blocks[0]).toMatchObject({ role: 'kicker', text: '丙引题' });
    expect(doc.articles[3].blocks.map((bl) => bl.role)).toEqual(['furniture']);
  });

  it('makes regions inside the image for a second, per-article OCR pass', () => {
    const { a, b } = threeArticles();
    const regions = segmentsToRegions(segmentPage([...a, ...b], page), { width: 1000, height: 1600 });
    expect(regions.map((r) => r.box)).toEqual([
      [0, 96, 504, 384],
      [536, 96, 1000, 384],
    ]);
  });

  it('gives a body-size section label at the left edge to the centred headline right below it', () => {
    const { a, b } = threeArticles();
    const label = line('今日关注', 0, 410, size, 'C');
    const c = [
      line('丙文章横跨四栏的标题', 150, 450, 56, 'C'),
      ...flow([para('丙', 150)], { size, measure, columns: grid(4, 0, 540, 6, size, measure), regionId: 'C' }),
    ];
    const segments = segmentPage([...a, ...b, label, ...c], page);
    expect(segments.map((s) => [...new Set(s.lines.map((l) => l.regionId))].join(''))).toEqual(['A', 'B', 'C']);
    expect(segments[2].lines[0].text).toBe('今日关注');
  });

  it('keeps untitled text as its own article', () => {
    const lines = flow([para('无', 60)], { size, measure, columns: grid(2, 0, 200, 4, size, measure) });
    expect(segmentPage(lines, page).map((s) => s.lines.length)).toEqual([lines.length]);
  });
});

/** Gray raster with dark text-like rows `rowHeight` px tall, every `pitch` px, in two strips of columns. */
function stripes(rowHeight: number, pitch: number): Raster {
  const width = 400;
  const height = 600;
  const data = new Uint8ClampedArray(width * height).fill(250);
  for (let y = 20; y + rowHeight < height; y += pitch) {
    for (let yy = y; yy < y + rowHeight; yy += 1) for (let x = 10; x < width - 10; x += 1) if (x % 7 < 4) data[yy * width + x] = 20;
  }
  return { width, height, channels: 1, data };
}

describe('choosePreprocessing', () => {
  it.each([
    [12, 18],
    [18, 27],
    [30, 45],
  ])('measures text rows %i px tall', (rowHeight, pitch) => {
    expect(estimateTextHeight(stripes(rowHeight, pitch))).toBe(rowHeight);
  });

  it('reports no text height on a blank image', () => {
    expect(estimateTextHeight({ width: 50, height: 50, channels: 1, data: new Uint8ClampedArray(2500).fill(255) })).toBe(0);
  });

  it('upscales small print 1.5× and leaves larger print (or an unknown size) alone', () => {
    expect([0, 9, 14, 15, 20, 28].map((textHeight) => choosePreprocessing({ textHeight }).scale)).toEqual([1, 1.5, 1.5, 1, 1, 1]);
    expect(choosePreprocessing({ textHeight: 12 })).toEqual({ scale: 1.5, parameters: {}, textHeight: 12 });
  });
});
