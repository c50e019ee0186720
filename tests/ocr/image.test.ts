import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decode } from 'fast-png';
import { clampBox, cropToPolygon, encodePng, insidePolygon, invertRaster, prepareRegion, rgbaRaster, scaleRaster, toGray, type Raster } from '../../lib/image';
import { grayCropReduced } from '../../lib/image/crop';

/** A gray image whose pixel value encodes its position: v = 10·y + x. */
function gradient(width: number, height: number): Raster {
  const data = new Uint8ClampedArray(width * height);
  for (let y = 0; y < height; y += 1) for (let x = 0; x < width; x += 1) data[y * width + x] = 10 * y + x;
  return { width, height, channels: 1, data };
}

describe('rgbaRaster / toGray', () => {
  it('rejects a buffer whose size does not match the declared size', () => {
    expect(() => rgbaRaster(2, 2, new Uint8Array(15))).toThrow(/15 bytes, expected 2×2×4 = 16/);
  });

  it('converts RGBA to luma and treats transparent pixels as white paper', () => {
    const rgba = rgbaRaster(3, 1, new Uint8Array([255, 0, 0, 255, 0, 0, 0, 255, 0, 0, 0, 0]));
    const gray = toGray(rgba);
    expect(gray.channels).toBe(1);
    expect([...gray.data]).toEqual([76, 0, 255]);
  });

  it('inverts gray and colour but keeps alpha, without touching the input', () => {
    const rgba = rgbaRaster(2, 1, new Uint8Array([255, 0, 10, 255, 0, 0, 0, 128]));
    expect([...invertRaster(rgba).data]).toEqual([0, 255, 245, 255, 255, 255, 255, 128]);
    expect([...rgba.data]).toEqual([255, 0, 10, 255, 0, 0, 0, 128]);
    expect([...invertRaster(gradient(3, 1)).data]).toEqual([255, 254, 253]);
  });
});

describe('insidePolygon / clampBox', () => {
  const triangle: [number, number][] = [[0, 0], [10, 0], [0, 10]];
  it.each([
    [1, 1, true],
    [4, 4, true],
    [6, 6, false],
    [-1, 2, false],
  ])('(%d, %d) inside the triangle: %s', (x, y, inside) => {
    expect(insidePolygon(x, y, triangle)).toBe(inside);
  });

  it('clamps a box to the image and rounds outward', () => {
    expect(clampBox([-5, 2.4, 7.2, 100], 10, 20)).toEqual([0, 2, 8, 20]);
  });

  it('names the box and image size when the box is outside the image', () => {
    expect(() => clampBox([50, 50, 60, 60], 10, 20)).toThrow('region box [50, 50, 60, 60] lies outside the 10×20 image');
  });
});

describe('cropToPolygon', () => {
  it('copies exactly the box', () => {
    const crop = cropToPolygon(gradient(8, 6), [2, 1, 5, 3]);
    expect([crop.width, crop.height]).toEqual([3, 2]);
    expect([...crop.data]).toEqual([12, 13, 14, 22, 23, 24]);
  });

  it('paints pixels outside the polygon white and keeps those inside', () => {
    // An L-shaped hotspot: the top-right quarter of its box belongs to a neighbouring article.
    const polygon: [number, number][] = [[0, 0], [2, 0], [2, 2], [4, 2], [4, 4], [0, 4]];
    const crop = cropToPolygon(gradient(4, 4), [0, 0, 4, 4], polygon);
    expect(crop.data[0 * 4 + 3]).toBe(255); // top-right: outside
    expect(crop.data[0 * 4 + 1]).toBe(1); // top-left: inside, unchanged
    expect(crop.data[3 * 4 + 3]).toBe(33); // bottom-right: inside
  });

  it('masks exactly the pixels whose centre insidePolygon puts outside, for any polygon', () => {
    const point = fc.tuple(fc.double({ min: -3, max: 23, noNaN: true }), fc.double({ min: -3, max: 17, noNaN: true }));
    // Whole and half coordinates too: crossings that fall exactly on a pixel centre are the edge case.
    const snapped = fc.tuple(fc.integer({ min: -2, max: 44 }), fc.integer({ min: -2, max: 32 })).map(([x, y]) => [x / 2, y / 2] as [number, number]);
    fc.assert(
      fc.property(fc.array(fc.oneof(point, snapped), { minLength: 3, maxLength: 9 }), fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 6 })), (polygon, [bx, by]) => {
        const image: Raster = { width: 20, height: 14, channels: 1, data: new Uint8ClampedArray(20 * 14).fill(7) };
        const box: [number, number, number, number] = [bx, by, bx + 11, by + 7];
        const crop = cropToPolygon(image, box, polygon);
        for (let y = 0; y < crop.height; y += 1) {
          for (let x = 0; x < crop.width; x += 1) {
            const expected = insidePolygon(bx + x + 0.5, by + y + 0.5, polygon) ? 7 : 255;
            if (crop.data[y * crop.width + x] !== expected) return false;
          }
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  it('masks all four channels of RGBA pixels', () => {
    const rgba = rgbaRaster(2, 1, new Uint8Array([0, 0, 0, 255, 0, 0, 0, 255]));
    const crop = cropToPolygon(rgba, [0, 0, 2, 1], [[0, 0], [1, 0], [1, 1], [0, 1]]);
    expect([...crop.data]).toEqual([0, 0, 0, 255, 255, 255, 255, 255]);
  });
});

describe('scaleRaster', () => {
  it('keeps a flat image flat at any factor', () => {
    const flat: Raster = { width: 3, height: 2, channels: 1, data: new Uint8ClampedArray(6).fill(90) };
    for (const f of [0.5, 1.5, 2, 3]) expect(new Set(scaleRaster(flat, f).data)).toEqual(new Set([90]));
  });

  it('interpolates between neighbours when upscaling 2×', () => {
    const two: Raster = { width: 2, height: 1, channels: 1, data: new Uint8ClampedArray([0, 200]) };
    const up = scaleRaster(two, 2);
    expect([up.width, up.height]).toEqual([4, 2]);
    // Centres at 0.25 and 0.75 of the way: edges clamp, the middle two blend.
    expect([...up.data.slice(0, 4)]).toEqual([0, 50, 150, 200]);
  });

  it('averages when downscaling 2×', () => {
    const down = scaleRaster(gradient(4, 2), 0.5);
    expect([down.width, down.height]).toEqual([2, 1]);
    expect([...down.data]).toEqual([6, 8]); // means of {0,1,10,11} and {2,3,12,13}, rounded by the clamped array
  });

  it('rejects a non-positive factor', () => {
    expect(() => scaleRaster(gradient(2, 2), 0)).toThrow('scale factor must be a positive number, got 0');
  });
});

describe('encodePng / prepareRegion', () => {
  it('encodes a PNG that decodes to the same pixels', () => {
    const image = gradient(5, 3);
    const decoded = decode(encodePng(image));
    expect([decoded.width, decoded.height, decoded.channels]).toEqual([5, 3, 1]);
    expect([...decoded.data]).toEqual([...image.data]);
  });

  it('stores a job crop uncompressed (it only travels to a worker) with the same pixels', () => {
    const image = gradient(40, 30);
    const stored = prepareRegion(image, { box: [0, 0, 40, 30], polygon: [] }).png;
    expect([...decode(stored).data]).toEqual([...image.data]);
    expect(stored.length).toBeGreaterThan(40 * 30);
    expect(encodePng(image).length).toBeLessThan(stored.length);
  });

  it('returns the crop offset and scale needed to map OCR boxes back to the page', () => {
    const rgba = rgbaRaster(20, 10, new Uint8Array(20 * 10 * 4).fill(128));
    const prepared = prepareRegion(rgba, { box: [4.5, 2, 14, 9], polygon: [] }, { scale: 2 });
    expect(prepared.offset).toEqual([4, 2]);
    expect(prepared.box).toEqual([4, 2, 14, 9]);
    expect(prepared.scale).toBe(2);
    const png = decode(prepared.png);
    expect([png.width, png.height, png.channels]).toEqual([20, 14, 1]);
  });

  it('inverts the crop on request: light text on a dark panel reaches tesseract dark on light', () => {
    const panel = gradient(6, 2);
    const png = decode(prepareRegion(panel, { box: [1, 0, 4, 2], polygon: [] }, { invert: true }).png);
    expect([...png.data]).toEqual([254, 253, 252, 244, 243, 242]);
  });
});

describe('grayCropReduced: a region in gray at 1/factor, made row by row', () => {
  const rgba = (w: number, h: number, px: (x: number, y: number) => number) => {
    const data = new Uint8ClampedArray(w * h * 4);
    for (let y = 0; y < h; y += 1) for (let x = 0; x < w; x += 1) data.set([px(x, y), px(x, y), px(x, y), 255], (y * w + x) * 4);
    return { width: w, height: h, channels: 4 as const, data };
  };
  const image = rgba(8, 6, (x, y) => (x + y * 8) * 5);
  const triangle: [number, number][] = [[0, 0], [8, 0], [0, 6]];
  it('at factor 1 is the masked crop in gray', () => {
    expect(grayCropReduced(image, [1, 1, 7, 5], triangle, 1)).toEqual(toGray(cropToPolygon(image, [1, 1, 7, 5], triangle)));
  });
  it('at factor 2 averages 2×2 blocks (a short last row or column averages what it has) and masks at block centres', () => {
    const out = grayCropReduced(image, [0, 0, 8, 5], undefined, 2);
    expect([out.width, out.height]).toEqual([4, 3]);
    // The luma of a gray pixel is its value; the mean is rounded into the byte.
    expect(Math.abs(out.data[0] - ((0 + 1 + 8 + 9) * 5) / 4)).toBeLessThanOrEqual(0.5);
    expect(Math.abs(out.data[8] - ((32 + 33) * 5) / 2)).toBeLessThanOrEqual(0.5);
    const masked = grayCropReduced(image, [0, 0, 8, 6], triangle, 2);
    expect(masked.data[3]).toBe(255); // top-right block centre (7, 1) lies outside the triangle
    expect(masked.data[0]).not.toBe(255);
  });
});
