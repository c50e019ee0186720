/**
 * A page too large to hold as RGBA is decoded strip by strip into one gray raster (the panel's
 * loadPageRaster): the strips together must give exactly the gray of converting the whole page at once.
 */
import { describe, expect, it } from 'vitest';
import { grayRaster, putGrayStrip, rgbaRaster, toGray } from '../../lib/image';

/** A page with varied colours and alpha, so any offset or channel mix-up shows in the gray values. */
function page(width: number, height: number): Uint8ClampedArray {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < width * height; p += 1) {
    data[p * 4] = (p * 37) % 256;
    data[p * 4 + 1] = (p * 91 + 13) % 256;
    data[p * 4 + 2] = (p * 53 + 7) % 256;
    data[p * 4 + 3] = p % 5 === 0 ? (p * 29) % 256 : 255;
  }
  return data;
}

function inStrips(width: number, height: number, rgba: Uint8ClampedArray, rows: number): Uint8ClampedArray {
  const target = grayRaster(width, height, new Uint8ClampedArray(width * height));
  for (let top = 0; top < height; top += rows) {
    const h = Math.min(rows, height - top);
    putGrayStrip(target, top, rgba.slice(top * width * 4, (top + h) * width * 4));
  }
  return target.data;
}

describe('putGrayStrip', () => {
  it.each([
    { name: 'strips that divide the page evenly', width: 7, height: 12, rows: 4 },
    { name: 'a last partial strip', width: 7, height: 13, rows: 4 },
    { name: 'one-row strips', width: 5, height: 6, rows: 1 },
    { name: 'one strip taller than the page', width: 6, height: 5, rows: 8 },
    { name: 'a single column', width: 1, height: 9, rows: 2 },
  ])('gives exactly the whole-page gray with $name', ({ width, height, rows }) => {
    const rgba = page(width, height);
    const whole = toGray(rgbaRaster(width, height, rgba)).data;
    expect(inStrips(width, height, rgba, rows)).toEqual(whole);
  });

  it('fills only the rows of its strip, at their place', () => {
    const target = grayRaster(2, 3, new Uint8ClampedArray(6).fill(7));
    // One row: black opaque, then fully transparent (reads as white paper).
    putGrayStrip(target, 1, new Uint8ClampedArray([0, 0, 0, 255, 10, 20, 30, 0]));
    expect([...target.data]).toEqual([7, 7, 0, 255, 7, 7]);
  });

  it.each([
    { name: 'past the last row', top: 2, bytes: 2 * 2 * 4 },
    { name: 'not whole rows', top: 0, bytes: 3 * 4 },
    { name: 'at a negative row', top: -1, bytes: 2 * 4 },
  ])('refuses a strip $name', ({ top, bytes }) => {
    const target = grayRaster(2, 3, new Uint8ClampedArray(6));
    expect(() => putGrayStrip(target, top, new Uint8ClampedArray(bytes))).toThrow(/does not fit a 2×3 page/);
  });

  it('refuses an RGBA target', () => {
    const target = rgbaRaster(1, 1, new Uint8ClampedArray(4));
    expect(() => putGrayStrip(target, 0, new Uint8ClampedArray(4))).toThrow(/gray/);
  });
});
