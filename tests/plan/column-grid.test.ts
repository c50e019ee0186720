/**
 * Body columns told by their even grid (lib/plan/column-grid.ts): on profiles, and through inkBlocks on page
 * JPEGs — a byline over the first line of two columns a little under a character apart, a photo set into one
 * column beside a column of text, and their near-misses (the white after a comma, a column inside a photo).
 */
import { describe, expect, it } from 'vitest';
import { evenGrid } from '../../lib/plan/column-grid';
import { inkBlocks } from '../../lib/plan/ink-blocks';
import { jpegPage, type Shape } from './support/jpeg-page';

/** A column profile `width` long: 5 ink per x inside the spans, 0 elsewhere. */
const profile = (width: number, spans: [number, number][]) => Array.from({ length: width }, (_, x) => (spans.some(([s, e]) => x >= s && x < e) ? 5 : 0));

describe('evenGrid: the gutters of columns of one width', () => {
  const text = 10;
  it.each([
    ['three columns 100 wide, 8 apart', profile(316, [[0, 100], [108, 208], [216, 316]]), [[100, 108], [208, 216]]],
    ['two columns, the second\'s ink 4 short (its lines end in 。)', profile(204, [[0, 100], [108, 204]]), [[100, 108]]],
    ['a gutter beside a comma\'s wider white in the first column', profile(208, [[0, 60], [71, 100], [108, 208]]), [[100, 108]]],
    ['paper around the ink', profile(230, [[10, 110], [118, 218]]), [[110, 118]]],
    ['columns whose lines all end in 。 or ，: ink 7 short, the left edges at the pitch', profile(316, [[0, 93], [108, 201], [216, 316]]), [[93, 108], [201, 216]]],
    ['a white near the right edge (a short line\'s end at the pitch) is no gutter', profile(326, [[0, 100], [108, 208], [216, 316], [324, 326]]), [[100, 108], [208, 216]]],
    ['near miss: a comma\'s white in one column (parts 130 and 59)', profile(200, [[0, 130], [141, 200]]), null],
    ['near miss: columns of unequal widths', profile(248, [[0, 100], [108, 248]]), null],
    ['near miss: a gutter under half a character (the white inside a justified line)', profile(204, [[0, 100], [104, 204]]), null],
    ['near miss: parts narrower than a body column (list numbers and their items)', profile(106, [[0, 50], [56, 106]]), null],
    ['near miss: one column', profile(100, [[0, 100]]), null],
  ] as const)('%s', (_what, p, gutters) => {
    expect(evenGrid([...p], text, 0)).toEqual(gutters);
  });
});

describe('inkBlocks on columns a little under a character apart', () => {
  const size = 12;
  const pitch = 18;
  // What estimateTextHeight measures for 12 px serif type on these pages.
  const text = 11;
  const col = 14 * size;
  const gutter = 9;
  const x2 = 20 + col + gutter;
  const lines = ['园内铺设了步道安装了健身器材和', '座椅种植了桂花紫薇等乡土树种家', '住桂花巷的王阿姨说以前这里堆满', '杂物现在每天傍晚都来散步邻居们', '也常在这里聊天小区的环境一下子', '变好了附近的老人孩子都爱来这里'].map((l) => l.slice(0, 14));

  it('a byline over the first line of two columns: cut at the gutter, not at the white after a comma', async () => {
    const shapes: Shape[] = [
      { text: ['■记者 韦禾'], x: 20, y: 30, size, pitch },
      { text: [lines[0]], x: 20, y: 30 + pitch, size, pitch },
      { text: ['方米不等，'], x: x2, y: 30 + pitch, size, pitch },
      { text: ['园内铺设了步道安'], x: x2 + 6 * size, y: 30 + pitch, size, pitch },
    ];
    const blocks = inkBlocks(await jpegPage(420, 70, shapes), [0, 0, 420, 70], text);
    expect(blocks.map((b) => [b.box[0] < x2 - gutter, b.box[2] > x2])).toEqual([[true, false], [false, true]]);
  });

  it('inside a column, the white after commas in two lines and beside a short third is no gutter', async () => {
    const shapes: Shape[] = [
      { text: [lines[0], lines[1], lines[2]], x: 20, y: 30, size, pitch },
      { text: ['开进城北花园小区，为居民现场', '办理社保卡居住证，半天时间共', '办结事项。'], x: x2, y: 30, size, pitch },
    ];
    const blocks = inkBlocks(await jpegPage(420, 90, shapes), [0, 0, 420, 90], text);
    expect(blocks).toHaveLength(2);
    expect(blocks[1].box[0]).toBeGreaterThanOrEqual(x2 - 1);
  });

  // One paragraph's two lines: the first indented two characters, a white between two of its glyphs where
  // an even grid's gutter would be, the second ending before that white. No line runs the left part's measure.
  const indented = { text: ['立秋过后城东湿地公园的荷'], x: 20 + 2 * size, y: 30, size, pitch };
  const rest = { text: ['花进入盛开期吸引了众多市民游'], x: x2, y: 30, size, pitch };

  it('one paragraph, its first line indented and its last short: one block, not cut at a white in its first line', async () => {
    const shapes: Shape[] = [indented, rest, { text: ['客前来赏花拍照。'], x: 20, y: 30 + pitch, size, pitch }];
    const blocks = inkBlocks(await jpegPage(420, 70, shapes), [0, 0, 420, 70], text);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].box[2]).toBeGreaterThan(x2 + 10 * size);
  });

  it('near miss: the same first line over a line that runs the column: two columns, cut at the gutter', async () => {
    const shapes: Shape[] = [indented, rest, { text: [lines[1]], x: 20, y: 30 + pitch, size, pitch }];
    const blocks = inkBlocks(await jpegPage(420, 70, shapes), [0, 0, 420, 70], text);
    expect(blocks.map((b) => [b.box[0] < x2 - gutter, b.box[2] > x2])).toEqual([[true, false], [false, true]]);
  });

  it('a photo set into a column: the column beside it stays text', async () => {
    const shapes: Shape[] = [
      { text: lines.slice(0, 2), x: 20, y: 30, size, pitch },
      { rect: [20, 30 + 2 * pitch, 20 + col, 30 + 9 * pitch], fill: '#6d7270' },
      { rect: [40, 40 + 3 * pitch, 20 + col - 30, 30 + 5 * pitch], fill: '#b8ad9c' },
      { text: ['老街新貌。 摄'], x: 20, y: 30 + 10 * pitch, size, pitch },
      { text: [...lines, ...lines.slice(0, 5)], x: x2, y: 30, size, pitch },
    ];
    const blocks = inkBlocks(await jpegPage(420, 240, shapes), [0, 0, 420, 240], text);
    const photos = blocks.filter((b) => b.kind === 'photo');
    expect(photos).toHaveLength(1);
    expect(photos[0].box[2]).toBeLessThanOrEqual(x2 - gutter + 2);
    const beside = blocks.filter((b) => b.box[0] >= x2 - 1);
    expect(beside.map((b) => b.kind)).toEqual(['text']);
    expect(beside[0].rows).toBe(11);
  });

  it('four columns under a photo across the first two: the grid of two pairs is cut again into the columns', async () => {
    const xs = [0, 1, 2, 3].map((k) => 20 + k * (col + gutter));
    const shapes: Shape[] = [
      { rect: [20, 30, xs[1] + col, 30 + 5 * pitch], fill: '#6d7270' },
      { text: lines.slice(0, 4), x: xs[0], y: 30 + 6 * pitch, size, pitch },
      { text: lines.slice(1, 5), x: xs[1], y: 30 + 6 * pitch, size, pitch },
      { text: [...lines, ...lines.slice(0, 4)], x: xs[2], y: 30, size, pitch },
      { text: [...lines.slice(1), ...lines.slice(0, 5)], x: xs[3], y: 30, size, pitch },
    ];
    const blocks = inkBlocks(await jpegPage(xs[3] + col + 20, 240, shapes), [0, 0, xs[3] + col + 20, 240], text);
    const texts = blocks.filter((b) => b.kind === 'text');
    // Every text block stands in one column.
    for (const b of texts) expect(xs.filter((x) => b.box[0] < x + col && b.box[2] > x)).toHaveLength(1);
    expect(texts.map((b) => xs.findIndex((x) => b.box[0] < x + col && b.box[2] > x))).toEqual([0, 1, 2, 3]);
  });

  it('near miss: a photo across both columns stays one photo over the gutter', async () => {
    const shapes: Shape[] = [
      { rect: [20, 30, x2 + col, 30 + 7 * pitch], fill: '#6d7270' },
      { text: lines.slice(0, 4), x: 20, y: 30 + 8 * pitch, size, pitch },
      { text: lines.slice(2, 6), x: x2, y: 30 + 8 * pitch, size, pitch },
    ];
    const blocks = inkBlocks(await jpegPage(420, 240, shapes), [0, 0, 420, 240], text);
    const photos = blocks.filter((b) => b.kind === 'photo');
    expect(photos).toHaveLength(1);
    expect(photos[0].box[2] - photos[0].box[0]).toBeGreaterThan(2 * col);
  });
});

describe('a cut at a full character needs three lines, or a picture', () => {
  const size = 12;
  it('two lines, the second short: the white after a comma in the first is no gutter', async () => {
    const shapes: Shape[] = [
      { text: ['本报讯 城南菜市场提升改造近日完工，'], x: 20, y: 30, size, pitch: 18 },
      { text: ['摊位统一更换了招牌'], x: 20 + 18 * size, y: 30, size, pitch: 18 },
      { text: ['地面重新铺设了防滑地砖。'], x: 20, y: 48, size, pitch: 18 },
    ];
    expect(inkBlocks(await jpegPage(420, 60, shapes), [0, 0, 420, 60], 11)).toHaveLength(1);
  });

  it('near miss: a QR-like square beside its one-line label is still cut off it', async () => {
    const shapes: Shape[] = [
      { rect: [20, 20, 86, 86], fill: '#111' },
      { rect: [30, 30, 76, 76], fill: '#eee' },
      { rect: [40, 40, 66, 66], fill: '#111' },
      { text: ['扫一扫 看施工进度'], x: 110, y: 58, size, pitch: 18 },
    ];
    const blocks = inkBlocks(await jpegPage(260, 100, shapes), [0, 0, 260, 100], 11);
    expect(blocks).toHaveLength(2);
    expect(blocks[1].box[0]).toBeGreaterThanOrEqual(100);
  });
});
