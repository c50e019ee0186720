import { describe, expect, it } from 'vitest';
import type { Raster } from '../../../lib/image';
import type { DecodedChar } from '../../../lib/ocr/paddle/ctc';
import { withFaintStops } from '../../../lib/ocr/paddle/faint-stops';
import type { LineBox } from '../../../lib/ocr/paddle/lines';

// A line 16 px high (rows 10–26) of 16-px cells starting at x 10, on paper 224, in a 160 × 36 crop.
const PAPER = 224;
const H = 16;
const Y0 = 10;
type Rect = [number, number, number, number, number]; // x0, y0, x1, y1 (exclusive), gray

function crop(rects: Rect[]): Raster {
  const width = 160;
  const height = 36;
  const data = new Uint8ClampedArray(width * height).fill(PAPER);
  for (const [x0, y0, x1, y1, v] of rects) for (let y = y0; y < y1; y += 1) for (let x = x0; x < x1; x += 1) data[y * width + x] = v;
  return { width, height, channels: 1, data };
}

/** A dark glyph filling cell k (0-based) but a pixel at each side. */
const glyph = (k: number): Rect => [10 + 16 * k + 1, Y0, 10 + 16 * (k + 1) - 1, Y0 + H, 100];
/** A decoded character centred on cell k, at 4 crop px per step from x 0. */
const char = (c: string, k: number): DecodedChar => {
  const step = Math.round((10 + 16 * k + 8) / 4) - 1;
  return { char: c, prob: 0.99, first: step, last: step };
};
const geometry = (x1: number) => ({ line: [10, Y0, x1, Y0 + H] as LineBox, box: [0, 6, Math.min(160, x1 + 10), 30] as LineBox, stepPx: 4 });
const text = (cs: DecodedChar[]) => cs.map((c) => c.char).join('');

describe('withFaintStops', () => {
  const three = [char('国', 0), char('家', 1), char('好', 2)];
  // A faint blob (170 on 224 paper: lighter than the ink threshold) in the bottom-left of cell 3.
  const stop: Rect = [10 + 48 + 1, Y0 + 10, 10 + 48 + 6, Y0 + 15, 170];
  const cases: { name: string; rects: Rect[]; chars: DecodedChar[]; want: string }[] = [
    { name: 'a faint blob after the last character is a 。', rects: [glyph(0), glyph(1), glyph(2), stop], chars: three, want: '国家好。' },
    { name: 'nothing after the last character: nothing added', rects: [glyph(0), glyph(1), glyph(2)], chars: three, want: '国家好' },
    {
      name: 'a blob between two characters the model left a cell apart',
      rects: [glyph(0), glyph(1), glyph(2), stop, glyph(4)],
      chars: [...three, char('来', 4)],
      want: '国家好。来',
    },
    { name: 'a read 。 is not doubled', rects: [glyph(0), glyph(1), glyph(2), stop], chars: [...three, char('。', 3)], want: '国家好。' },
    { name: 'after a read ，: kept', rects: [glyph(0), glyph(1), stop], chars: [char('国', 0), char('，', 1)], want: '国，' },
    // Near misses: marks that are not stops.
    { name: 'ink above the blob too (a glyph, not a stop)', rects: [glyph(0), glyph(1), glyph(2), stop, [10 + 48 + 1, Y0, 10 + 48 + 6, Y0 + 4, 170]], chars: three, want: '国家好' },
    { name: 'a blob in the upper half (a closing quote)', rects: [glyph(0), glyph(1), glyph(2), [10 + 48 + 1, Y0, 10 + 48 + 6, Y0 + 5, 170]], chars: three, want: '国家好' },
    { name: 'a low stroke running into a glyph on its right (上, 辶)', rects: [glyph(0), glyph(1), glyph(2), [10 + 48 + 1, Y0 + 12, 10 + 48 + 8, Y0 + 15, 170], [10 + 48 + 8, Y0, 10 + 48 + 10, Y0 + H, 100]], chars: three, want: '国家好' },
    { name: 'a low rule a cell long (an underline)', rects: [glyph(0), glyph(1), glyph(2), [10 + 48 + 1, Y0 + 13, 10 + 64 + 12, Y0 + 15, 170]], chars: three, want: '国家好' },
    { name: 'a speck a pixel wide', rects: [glyph(0), glyph(1), glyph(2), [10 + 48 + 2, Y0 + 12, 10 + 48 + 3, Y0 + 14, 170]], chars: three, want: '国家好' },
    { name: 'paper grain a little darker than the paper', rects: [glyph(0), glyph(1), glyph(2), [10 + 48 + 1, Y0 + 10, 10 + 48 + 6, Y0 + 15, 210]], chars: three, want: '国家好' },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const g = geometry(10 + 16 * 3 - 1);
      expect(text(withFaintStops(c.chars, crop(c.rects), g))).toBe(c.want);
    });
  }

  it('puts the 。 at the blob, between the characters around it', () => {
    const out = withFaintStops(three, crop([glyph(0), glyph(1), glyph(2), stop]), geometry(57));
    expect(out[3].first).toBeGreaterThan(three[2].last);
    expect(out[3].first * 4).toBeGreaterThanOrEqual(stop[0] - 4);
    expect(out[3].first * 4).toBeLessThanOrEqual(stop[2]);
  });

  it('a line of one character uses its height as the pitch', () => {
    expect(text(withFaintStops([char('亩', 0)], crop([glyph(0), [10 + 16 + 1, Y0 + 10, 10 + 16 + 6, Y0 + 15, 170]]), geometry(25)))).toBe('亩。');
  });
});
