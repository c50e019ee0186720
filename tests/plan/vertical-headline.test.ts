/**
 * Vertical (竖排) headlines on rendered text (Noto Serif CJK through sharp's SVG): a one-glyph column of
 * display type beside a body column is cut off as its own block with its glyphs top to bottom; a photo's
 * edge, a narrow box of body text and a column of list numbers beside the body are not headlines.
 */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Raster } from '../../lib/image/raster';
import type { BBox } from '../../lib/model/document';
import { inkBlocks } from '../../lib/plan/ink-blocks';
import { jpegPage } from './support/jpeg-page';

const BODY = 13;
const LINES = ['近日县里将群众反映集中的十件', '民生实事列入清单逐项明确责任', '单位和完成时限并向社会公开民', '生无小事办实事关键在一个实字', '清单列出来容易件件落地却要下', '一番绣花功夫有的事情看似不大', '却关系到群众每天的柴米油盐有', '的工作牵涉部门多更需要打破推', '诿扯皮办得好不好群众说了算。', '各责任单位要多到一线听意见。'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

interface Piece { svg: string }
const text = (s: string, x: number, y: number, size: number, weight = 400): Piece => ({ svg: `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" font-family="Noto Serif CJK SC">${esc(s)}</text>` });
/** A body column of LINES at (x, top), 13 px type at 1.45 leading. */
const body = (x: number, top: number, lines = LINES): Piece[] => lines.map((l, i) => text(l, x, top + BODY + Math.round(i * BODY * 1.45), BODY));
/** A vertical headline: one glyph under another, `size` px, set solid with a tenth of a glyph between. */
const vertical = (s: string, x: number, top: number, size: number): Piece[] => [...s].map((ch, i) => text(ch, x, top + Math.round(size * 0.88 + i * size * 1.1), size, 900));

async function raster(width: number, height: number, pieces: Piece[], extra = ''): Promise<Raster> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><rect width="100%" height="100%" fill="#f2ecdc"/>${extra}${pieces.map((p) => p.svg).join('')}</svg>`;
  const { data, info } = await sharp(Buffer.from(svg)).greyscale().raw().toBuffer({ resolveWithObject: true });
  return { width: info.width, height: info.height, channels: 1, data: new Uint8ClampedArray(data) };
}

const inside = (a: BBox, b: BBox) => a[0] >= b[0] - 2 && a[2] <= b[2] + 2;
const MEASURE = 14 * BODY;

describe('vertical headlines: a one-glyph column beside the body', () => {
  it.each([
    ['right', 10 + MEASURE + 8, 10],
    ['left', 10, 10 + 34 + 8],
  ] as const)('on the %s is cut off the body with its glyphs top to bottom', async (_side, headX, bodyX) => {
    const image = await raster(300, 230, [...vertical('办实事要办到', headX, 12, 32), ...body(bodyX, 10)]);
    const blocks = inkBlocks(image, [0, 0, image.width, image.height], BODY);
    const heads = blocks.filter((b) => b.glyphs);
    expect(heads).toHaveLength(1);
    const [head] = heads;
    expect(head.glyphs).toHaveLength(6);
    expect(head.oneLine).toBe(true);
    expect(head.box[2] - head.box[0]).toBeLessThan(40);
    expect(inside(head.box, [headX, 0, headX + 34, 0])).toBe(true);
    // Glyphs run down the column in order, each about as tall as the column is wide.
    const tops = head.glyphs!.map((g) => g[1]);
    expect(tops).toEqual([...tops].sort((a, b) => a - b));
    // The body is read apart: no other block reaches into the headline's column.
    for (const b of blocks.filter((x) => x !== head)) expect(Math.min(b.box[2], head.box[2]) - Math.max(b.box[0], head.box[0])).toBeLessThanOrEqual(0);
    expect(blocks.filter((x) => x !== head).reduce((n, b) => n + b.rows, 0)).toBeGreaterThanOrEqual(LINES.length);
  });

  it('is found with big glyphs whose strokes leave white rows (三, 二, 古)', async () => {
    const image = await raster(300, 230, [...vertical('三古二言村', 10 + MEASURE + 8, 12, 32), ...body(10, 10)]);
    const heads = inkBlocks(image, [0, 0, image.width, image.height], BODY).filter((b) => b.glyphs);
    expect(heads.map((h) => h.glyphs!.length)).toEqual([5]);
  });

  it('is found when heavy glyphs\' flat strokes cross the whole column (井, 书: taken for rules, they split the glyphs)', async () => {
    // Bold sans on a page JPEG, as headlines are printed: blurred, its bars run the glyph's full width.
    // 12 px body (estimateTextHeight measures 11), a 2.2 em headline at 1.1 leading.
    const image = await jpegPage(300, 240, [{ text: [...'古井边的新书屋'], x: 10, y: 34, size: 26, pitch: 29, font: 'sans bold' }, { text: LINES, x: 46, y: 22, size: 12, pitch: 18 }]);
    const heads = inkBlocks(image, [0, 0, image.width, image.height], 11).filter((b) => b.glyphs);
    expect(heads.map((h) => h.glyphs!.length)).toEqual([7]);
  });

  it('is not found at a photo beside the body (ink in every row)', async () => {
    const photo = `<rect x="${10 + MEASURE + 8}" y="12" width="34" height="190" fill="#555"/><rect x="${10 + MEASURE + 14}" y="40" width="20" height="40" fill="#999"/>`;
    const image = await raster(300, 230, body(10, 10), photo);
    expect(inkBlocks(image, [0, 0, image.width, image.height], BODY).filter((b) => b.glyphs)).toEqual([]);
  });

  it('is not found at a narrow box of body-size text beside the body', async () => {
    const x = 10 + MEASURE + 8;
    const frame = `<rect x="${x}" y="12" width="36" height="190" fill="none" stroke="#222" stroke-width="1"/>`;
    const image = await raster(300, 230, [...body(10, 10), ...body(x + 4, 16, ['链接', '农机', '托管', '按亩', '付费', '省钱', '省心', '方便'])], frame);
    expect(inkBlocks(image, [0, 0, image.width, image.height], BODY).filter((b) => b.glyphs)).toEqual([]);
  });

  it.each([
    ['body-size list numbers', BODY, 1.45],
    ['large list numbers, one per item', 30, 2.2],
  ])('is not found at a column of %s beside the items', async (_what, size, step) => {
    const numbers = ['1', '2', '3', '4', '5', '6'].map((n, i) => text(`${n}.`, 10, 10 + size + Math.round(i * size * step), size, 700));
    const image = await raster(300, 400, [...numbers, ...body(10 + Math.round(size * 1.4) + 8, 10, LINES.concat(LINES.slice(0, 6)))]);
    expect(inkBlocks(image, [0, 0, image.width, image.height], BODY).filter((b) => b.glyphs)).toEqual([]);
  });
});
