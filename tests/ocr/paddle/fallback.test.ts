import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../lib/image';
import { detectionReason, lineStats, type CropLineStats } from '../../../lib/ocr/paddle/fallback';
import { darkMask, findLines } from '../../../lib/ocr/paddle/lines';

type Rect = [number, number, number, number];

/** A white gray crop with black rectangles [x0, y0, x1, y1). */
function crop(width: number, height: number, rects: Rect[]): Raster {
  const data = new Uint8ClampedArray(width * height).fill(255);
  for (const [x0, y0, x1, y1] of rects) for (let y = y0; y < y1; y += 1) data.fill(0, y * width + Math.max(0, x0), y * width + Math.min(width, x1));
  return { width, height, channels: 1, data };
}

/** A line of `n` glyphs, 20 px square, 10 px apart, from x = 10; each glyph is a frame with a bar through its middle, like 日. */
const glyphs = (y: number, n: number, dy = 0): Rect[] =>
  Array.from({ length: n }, (_, i) => {
    const x = 10 + 30 * i;
    const t = y + Math.round((dy * i) / Math.max(1, n - 1));
    return [
      [x, t, x + 20, t + 3],
      [x, t + 9, x + 20, t + 11],
      [x, t + 17, x + 20, t + 20],
      [x, t, x + 3, t + 20],
      [x + 17, t, x + 20, t + 20],
    ] as Rect[];
  }).flat();

function statsOf(gray: Raster): CropLineStats {
  const mask = darkMask(gray);
  return lineStats(mask, gray.width, gray.height, findLines(gray, 1, mask));
}

describe('lineStats on crops', () => {
  it('finds nothing wrong with a column of separate lines', () => {
    const s = statsOf(crop(400, 130, [...glyphs(5, 12), ...glyphs(35, 12), ...glyphs(65, 12), ...glyphs(95, 8)]));
    expect(s.lines).toBe(4);
    expect(s.inkCovered).toBe(1);
    expect(s.middleValley).toBeGreaterThan(0.25);
    expect(s.slope).toBeLessThan(0.1);
    expect(detectionReason(s)).toBeNull();
  });

  it('sees two lines set solid, joined by a frame edge down the side, as one band with an empty middle', () => {
    // The band's rows are never blank (the 2 px edge at the left), so the profile makes one 46 px line.
    const s = statsOf(crop(400, 60, [...glyphs(5, 12), ...glyphs(28, 12), [0, 0, 2, 60]]));
    expect(s.lines).toBe(1);
    expect(s.middleValley).toBeLessThan(0.15);
    expect(detectionReason(s)).toBe('joined-lines');
  });

  it('sees a line that climbs a whole line height from one end to the other as slanted', () => {
    const s = statsOf(crop(400, 60, glyphs(25, 12, -22)));
    expect(s.slope).toBeGreaterThan(0.4);
    expect(detectionReason(s)).toBe('slanted');
  });

  it('does not judge the middle or the slant of a short line (two glyphs like コ: an all but empty middle)', () => {
    const ko = (x: number): Rect[] => [[x, 5, x + 20, 8], [x, 22, x + 20, 25], [x + 18, 5, x + 20, 25]];
    const s = statsOf(crop(100, 40, [...ko(10), ...ko(40)]));
    expect(s.lines).toBe(1);
    expect(s.middleValley).toBe(1);
    expect(detectionReason(s)).toBeNull();
  });

  it('does not count a rule across the crop as ink the lines miss', () => {
    const s = statsOf(crop(400, 70, [...glyphs(5, 12), [0, 40, 400, 42], ...glyphs(48, 12)]));
    expect(s.inkCovered).toBe(1);
    expect(detectionReason(s)).toBeNull();
  });
});

describe('detectionReason (table)', () => {
  const fine: CropLineStats = { lines: 8, inkCovered: 1, middleValley: 0.7, tallestPerUsual: 1.05, slope: 0.05 };
  const cases: [string, Partial<CropLineStats>, string | null][] = [
    ['a column of ordinary lines', {}, null],
    ['a fifth of the ink outside every line', { inkCovered: 0.8 }, 'uncovered-ink'],
    ['ink just inside the limit', { inkCovered: 0.91 }, null],
    ['a long line with an all but empty middle row', { middleValley: 0.04 }, 'joined-lines'],
    ['a long line with a thin middle row, as 二 or 三 make in a line', { middleValley: 0.25 }, null],
    ['a line twice the usual height', { tallestPerUsual: 2.1 }, 'tall-line'],
    ['a line a little taller than the usual (a subhead)', { tallestPerUsual: 1.5 }, null],
    ['a line climbing half its height', { slope: 0.5 }, 'slanted'],
    ['a slightly tilted scan', { slope: 0.2 }, null],
    ['several at once: uncovered ink is named first', { inkCovered: 0.5, middleValley: 0.02 }, 'uncovered-ink'],
  ];
  it.each(cases)('%s', (_, change, reason) => {
    expect(detectionReason({ ...fine, ...change })).toBe(reason);
  });

  it('takes its limits as a parameter', () => {
    const limits = { inkCovered: 0.99, middleValley: 0.15, tallestPerUsual: 1.8, slope: 0.4 };
    expect(detectionReason({ ...fine, inkCovered: 0.95 }, limits)).toBe('uncovered-ink');
  });
});
