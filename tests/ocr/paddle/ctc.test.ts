import { describe, expect, it } from 'vitest';
import { ctcClasses, ctcDecode } from '../../../lib/ocr/paddle';

// A dictionary file as ppocr_keys_v1.txt is laid out: one key per line, trailing newline.
const CLASSES = ctcClasses('中\n国\n人\n。\n1\n');
const BLANK = 0;
const SPACE = CLASSES.length - 1;
const at = (c: string) => CLASSES.indexOf(c);

/** One step per entry: [best class, its probability]; the rest of the step's mass spread over the others. */
function steps(...best: [number, number, number?][]): Float32Array {
  const n = CLASSES.length;
  const out = new Float32Array(best.length * n);
  best.forEach(([cls, p, runnerUp], t) => {
    const rest = (1 - p) / (n - 1);
    for (let c = 0; c < n; c += 1) out[t * n + c] = rest;
    out[t * n + cls] = p;
    // A near miss: the second class just below the best.
    if (runnerUp !== undefined) out[t * n + runnerUp] = p - 0.01;
  });
  return out;
}

describe('ctcClasses', () => {
  it('puts the blank first and a space last, around the dictionary lines', () => {
    expect(CLASSES).toEqual(['', '中', '国', '人', '。', '1', ' ']);
    expect(ctcClasses('中\r\n国\r\n')).toEqual(['', '中', '国', ' ']);
  });

  it('refuses an empty dictionary', () => {
    expect(() => ctcClasses('')).toThrow(/dictionary is empty/);
  });
});

describe('ctcDecode', () => {
  it.each<[string, [number, number, number?][], string]>([
    ['merges a repeated class into one character', [[at('中'), 0.9], [at('中'), 0.8], [at('国'), 0.9]], '中国'],
    ['keeps a doubled character split by a blank', [[at('人'), 0.9], [BLANK, 0.9], [at('人'), 0.9]], '人人'],
    ['drops blanks at both ends', [[BLANK, 0.99], [at('1'), 0.7], [BLANK, 0.99]], '1'],
    ['reads the last class as a space', [[at('中'), 0.9], [SPACE, 0.8], [at('国'), 0.9]], '中 国'],
    ['takes the best class on a near miss, not the runner-up', [[at('国'), 0.4, at('中')], [BLANK, 0.9]], '国'],
    ['takes the best class when the blank is the runner-up', [[at('。'), 0.5, BLANK]], '。'],
    ['takes the blank when a character is the runner-up', [[at('中'), 0.9], [BLANK, 0.5, at('中')], [at('中'), 0.9]], '中中'],
    ['reads nothing from all blanks', [[BLANK, 0.9], [BLANK, 0.9]], ''],
  ])('%s', (_, input, text) => {
    expect(ctcDecode(steps(...input), input.length, CLASSES).map((c) => c.char).join('')).toBe(text);
  });

  it('keeps the best probability of a run and the steps it spans', () => {
    const chars = ctcDecode(steps([BLANK, 0.9], [at('中'), 0.6], [at('中'), 0.95], [BLANK, 0.9], [at('国'), 0.55]), 5, CLASSES);
    expect(chars).toEqual([
      { char: '中', prob: expect.closeTo(0.95, 5), first: 1, last: 2 },
      { char: '国', prob: expect.closeTo(0.55, 5), first: 4, last: 4 },
    ]);
  });

  it('fails when the output is shorter than steps × classes (model and dictionary do not match)', () => {
    expect(() => ctcDecode(new Float32Array(10), 3, CLASSES)).toThrow(/expected 3×7/);
  });
});
