import { describe, expect, it } from 'vitest';
import { toTessLine } from '../../../lib/ocr/paddle/chars';
import type { DecodedChar } from '../../../lib/ocr/paddle/ctc';

/** Characters at the given first steps, one step each. */
const at = (text: string, steps: number[]): DecodedChar[] => [...text].map((char, i) => ({ char, prob: 0.9, first: steps[i], last: steps[i] }));

/** A line 0…200 px wide, 10 px per step, 20 px high; ink columns 1 where `inked` says. */
function read(chars: DecodedChar[], inked?: (x: number) => boolean) {
  const inkColumns = inked ? Uint8Array.from({ length: 200 }, (_, x) => (inked(x) ? 1 : 0)) : undefined;
  return toTessLine(chars, { x0: 0, y0: 0, x1: 200, y1: 20, originX: 0, stepPx: 10, inkColumns });
}

describe('toTessLine word boxes', () => {
  // Pitch 20 px (steps 0, 2, 4, 8, 10: centres 5, 25, 45, 85, 105): a 20 px gap between the third and fourth box, 55–75.
  const chars = at('学员正在学', [0, 2, 4, 8, 10]);
  const gapOf = (line: ReturnType<typeof read>) => line.words[3].bbox.x0 - line.words[2].bbox.x1;

  it.each([
    ['without ink columns the gap stays as the steps place it', undefined, 20],
    ['a gap over strokes (every column inked) closes: the boxes meet in its middle', () => true, 0],
    ['a gap half over strokes closes', (x: number) => x < 65, 0],
    ['near miss: a gap under half inked stays', (x: number) => x < 64, 20],
    ['a gap over paper stays (two columns a line was merged across)', (x: number) => x < 55 || x >= 75, 20],
  ] as const)('%s', (_, inked, gap) => {
    const line = read(chars, inked);
    expect(line.words.map((w) => w.text).join('')).toBe('学员正在学');
    expect(gapOf(line)).toBe(gap);
    if (gap === 0) expect(line.words[2].bbox.x1).toBe(65);
  });
});
