import { describe, expect, it } from 'vitest';
import { planRegion } from '../../lib/plan';
import { paperGray, photoExtent } from '../../lib/plan/photo-extent';
import { canvas } from './support/canvas';

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

  it('stops at a paper row: a band of sky two pixels away from the photo is not reached', () => {
    const c = canvas(200, 200);
    c.fill([10, 20, 190, 60], 190); // a tinted band…
    c.fill([10, 62, 190, 180], 90); // …two paper rows above the photo
    const gray = c.raster();
    expect(photoExtent(gray, [10, 62, 190, 180], paperGray(gray, 128))).toEqual([10, 62, 190, 180]);
  });

  it('takes the paper from the light pixels, leaving out the white of a hotspot mask', () => {
    const c = canvas(100, 100);
    c.fill([0, 0, 100, 70], 240); // grey paper over most of the region, the rest mask white
    expect(paperGray(c.raster(), 128)).toBe(240);
  });
});
