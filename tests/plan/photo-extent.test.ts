import { describe, expect, it } from 'vitest';
import { planRegion } from '../../lib/plan';
import { paperGray, photoExtent } from '../../lib/plan/photo-extent';
import type { BBox } from '../../lib/model/document';
import { canvas } from './support/canvas';
import { jpegPage, type Shape } from './support/jpeg-page';

const size = 16;

/** A headline on paper, a photo whose upper part is a light sky with a sign panel in it, a caption under it. */
function page(skyGray: number, gapAboveSky = 0) {
  const c = canvas(420, 400);
  c.textRow(20, 10, 8, 2 * size); // headline
  c.fill([20, 70 + gapAboveSky, 400, 150], skyGray); // sky (light, but not paper)
  c.fill([200, 90, 330, 120], 40); // sign panel…
  for (let k = 0; k < 6; k += 1) c.fill([208 + k * 20, 96, 222 + k * 20, 114], 250); // …with light letters
  c.fill([20, 150, 400, 340], 90); // the photo's dark part
  c.textRow(20, 350, 14, size); // caption
  return c.raster();
}

describe('photoExtent: a photo over its light part too', () => {
  it('grows the photo block up over a sky 60 levels darker than the paper, to the white under the headline', () => {
    const plan = planRegion(page(190), { id: 'r', box: [0, 0, 420, 400], polygon: [] });
    expect(plan.photos).toHaveLength(1);
    const [x0, y0, x1, y1] = plan.photos[0];
    expect(y0).toBeLessThanOrEqual(71);
    expect(y0).toBeGreaterThanOrEqual(60);
    expect([x0 < 30, x1 > 390, y1 >= 338 && y1 <= 345]).toEqual([true, true, true]);
  });

  it('near miss: a band only 10 levels darker than the paper is paper, the photo stays where its ink starts', () => {
    const plan = planRegion(page(245), { id: 'r', box: [0, 0, 420, 400], polygon: [] });
    expect(plan.photos[0]?.[1]).toBeGreaterThanOrEqual(88);
  });

  it.each([
    [3, 'stops at the white: a tinted band three paper rows above the photo is not reached', 63],
    [2, 'crosses a sharpening halo: two paper-light rows at the photo’s edge, then its sky', 20],
  ])('%s rows: %s', (gap, _, top) => {
    const c = canvas(200, 200);
    c.fill([10, 20, 190, 60], 190); // a tinted band…
    c.fill([10, 60 + gap, 190, 180], 90); // …`gap` paper rows above the photo's dark part
    const gray = c.raster();
    expect(photoExtent(gray, [10, 60 + gap, 190, 180], paperGray(gray, 128))).toEqual([10, top, 190, 180]);
  });

  it.each([
    ['edge', 'stops at a halo inside the picture: paper rows are passed only at the photo\'s own edge', 100],
    ['inside', 'passes a two-row halo between a drawing\'s flat areas, to the white above it', 40],
    ['inside', 'near miss: three paper rows inside are white, and stop it there too', 100, 3],
  ] as [('edge' | 'inside'), string, number, number?][])('halos %s: %s', (halos, _, top, halo = 2) => {
    const c = canvas(200, 400); // mostly paper
    c.fill([10, 40, 190, 130], 190); // a drawing's flat pale areas…
    c.fill([10, 100 - halo, 190, 100], 255); // …a light halo where two of them meet…
    c.fill([10, 130, 190, 180], 60); // …and its dark band, where the photo block starts
    const gray = c.raster();
    expect(photoExtent(gray, [10, 130, 190, 180], paperGray(gray, 128), [], halos)).toEqual([10, top, 190, 180]);
  });

  it('takes the paper from the light pixels, leaving out the white of a hotspot mask', () => {
    const c = canvas(100, 100);
    c.fill([0, 0, 100, 70], 240); // grey paper over most of the region, the rest mask white
    expect(paperGray(c.raster(), 128)).toBe(240);
  });
});

describe('photoExtent on a page JPEG: a tinted side box touching a photo', () => {
  const body = 12;
  const lines = ['社区卫生服务中心本周起延长门诊时间，', '工作日晚上八点前均可挂号就诊，', '周末上午增设老年人专用窗口，', '预约电话已在各小区公告栏张贴。'];
  const column = Array.from({ length: 12 }, (_, i) => '街巷改造涉及管网更新、路面修复和绿化补种，'.slice(i % 3, i % 3 + 18));
  /** A headline, then a tinted box of four body lines whose tint runs straight into a photo's pale sky. */
  const layout = (box: 'tinted box' | 'sign in the sky'): Shape[] => [
    { text: ['老城区街巷改造完工'], x: 20, y: 34, size: 22, pitch: 0 },
    box === 'tinted box'
      ? { rect: [16, 50, 324, 132], fill: '#cfd4dc' } // the tint, 20 levels under the paper…
      : { rect: [16, 50, 324, 132], top: '#c8cfd9', bottom: '#c8cfd9' }, // …or the top of the sky, the same level
    box === 'tinted box' ? { text: lines, x: 24, y: 70, size: body, pitch: 18 } : { text: [lines[0]], x: 24, y: 98, size: body, pitch: 0 },
    { rect: [16, 132, 324, 190], top: '#c8cfd9', bottom: '#b9c2cd' }, // the sky, lighter than the ink threshold
    { rect: [16, 190, 324, 270], fill: '#4a4f55' }, // the ground and buildings: the photo's dark part
    { rect: [60, 205, 110, 250], fill: '#8c8172' },
    { rect: [180, 200, 260, 255], fill: '#2c2f33' },
    { text: ['街巷改造后的新貌。'], x: 20, y: 290, size: body, pitch: 0 }, // the caption
    { text: column, x: 344, y: 70, size: body, pitch: 18 }, // the article's column beside them, on paper
  ];
  const region = { id: 'r', box: [0, 0, 580, 300] as BBox, polygon: [] };

  it('stops the photo at the box: its four lines stay a side box, out of the picture', async () => {
    const plan = planRegion(await jpegPage(580, 300, layout('tinted box')), region);
    expect(plan.photos).toHaveLength(1);
    const [, top, , bottom] = plan.photos[0];
    // The box's last line ends near y 124; the photo reaches over the sky to about 132, not above it.
    expect(top).toBeGreaterThanOrEqual(124);
    expect(top).toBeLessThanOrEqual(190);
    expect(bottom).toBeGreaterThanOrEqual(268);
    expect(plan.asides.some((a) => a[1] <= 62 && a[3] >= 120)).toBe(true);
  });

  it('near miss: one line of type standing in the sky is the picture’s sign, and the photo grows over it', async () => {
    const plan = planRegion(await jpegPage(580, 300, layout('sign in the sky')), region);
    expect(plan.photos).toHaveLength(1);

    expect(plan.photos[0][1]).toBeLessThanOrEqual(86);
  });
});
