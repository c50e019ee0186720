/**
 * Drawn pictures (lib/plan/drawn-pictures.ts) on page JPEGs: a column-wide drawing of flat pale areas split by
 * dark bands, with a sign painted on it, is planned as one photo part, where the ink cut alone makes text parts
 * of its bands and sign; a thick rule between paragraphs and a reversed headline band are no drawing.
 */
import { describe, expect, it } from 'vitest';
import { planRegion } from '../../lib/plan';
import type { BBox } from '../../lib/model/document';
import { jpegPage, type Shape } from './support/jpeg-page';

const size = 12;
const pitch = 18;
const lines = ['老城区的排水管网大多铺设于上', '世纪八九十年代雨水和污水共用', '一根管道一遇暴雨就容易倒灌此', '次改造共新建雨水管道二十一公'];
const text = (y: number, n = 4): Shape => ({ text: lines.slice(0, n), x: 20, y, size, pitch });
const W = 20 + 14 * size + 20;
const region = (h: number) => ({ id: 'r', box: [0, 0, W, h] as BBox, polygon: [[0, 0], [W, 0], [W, h], [0, h]] as [number, number][] });
const overlaps = (a: BBox, b: BBox) => Math.min(a[2], b[2]) > Math.max(a[0], b[0]) && Math.min(a[3], b[3]) > Math.max(a[1], b[1]);

describe('drawn pictures', () => {
  const x1 = 20 + 14 * size;
  const drawing: BBox = [20, 110, x1, 230];
  const drawn: Shape[] = [
    { rect: drawing, fill: '#c9ccc6' },
    { rect: [20, 150, x1, 160], fill: '#3a3f45' },
    ...Array.from({ length: 7 }, (_, i): Shape => ({ rect: [20 + i * 24, 185, 32 + i * 24, 193], fill: '#2b2b2b' })),
    { rect: [20, 210, x1, 218], fill: '#43464a' },
    { rect: [60, 192, 150, 208], fill: '#f0c419' },
    { text: ['前方施工 请绕行'], x: 64, y: 205, size: 11, pitch, fill: '#222', font: 'sans bold' },
  ];

  it('a drawing of flat pale areas and dark bands in a column is one photo part, its sign inside it', async () => {
    const image = await jpegPage(W, 330, [text(30), ...drawn, text(250)]);
    const plan = planRegion(image, region(330));
    const photos = plan.parts.filter((p) => p.kind === 'photo');
    expect(photos).toHaveLength(1);
    expect(photos[0].box[1]).toBeLessThanOrEqual(drawing[1] + 42);
    expect(photos[0].box[3]).toBeGreaterThanOrEqual(drawing[3] - 3);
    // Nothing of the drawing is left as a text part; the text above and below is.
    const texts = plan.parts.filter((p) => p.kind === 'text');
    expect(texts.filter((p) => overlaps(p.box, [drawing[0], drawing[1] + 42, drawing[2], drawing[3]]))).toEqual([]);
    expect(texts.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['a grey-blue sky as light as the paper: the picture reaches over it, and the sign in it is inside', '#d3e1ea', true],
    ['near miss: a sky of the paper\'s own colour is paper: the picture ends at the band', '#dcdad2', false],
  ])('%s', async (_what, sky, reaches) => {
    const shapes: Shape[] = [text(30), { rect: [20, 110, x1, 150], fill: sky }, { rect: [50, 118, 160, 136], fill: '#1f5c99' },
      { text: ['管网改造工程'], x: 56, y: 132, size: 12, pitch, fill: '#fff', font: 'sans bold' }, ...drawn.slice(1), { rect: [20, 160, x1, 230], fill: '#c9ccc6' },
      ...drawn.slice(2), text(250)];
    const plan = planRegion(await jpegPage(W, 330, shapes), region(330));
    const photos = plan.parts.filter((p) => p.kind === 'photo');
    expect(photos).toHaveLength(1);
    expect(photos[0].box[1] <= 113).toBe(reaches);
    expect(plan.parts.some((p) => p.kind === 'text' && p.box[1] >= 112 && p.box[3] <= 140)).toBe(!reaches);
  });

  it('near miss: a thick rule between paragraphs on paper is no drawing', async () => {
    const image = await jpegPage(W, 250, [text(30), { rect: [20, 110, x1, 118], fill: '#3a3f45' }, text(150)]);
    expect(planRegion(image, region(250)).parts.filter((p) => p.kind === 'photo')).toEqual([]);
  });

  it('near miss: a reversed headline band over the text is no drawing', async () => {
    const image = await jpegPage(W, 220, [{ rect: [20, 20, x1, 50], fill: '#1f5c99' }, { text: ['城区管网改造'], x: 40, y: 44, size: 22, pitch, fill: '#fff', font: 'sans bold' }, text(80)]);
    expect(planRegion(image, region(220)).parts.filter((p) => p.kind === 'photo')).toEqual([]);
  });
});
