import { describe, expect, it } from 'vitest';
import type { BBox } from '../../lib/model/document';
import { CONFIDENT_COVERAGE_WARNING, confidentShare, coverageNote, coverageProblem } from '../../lib/model/coverage';
import { confidenceScale } from '../../lib/ocr';
import { PADDLE_ENGINE_NAME } from '../../lib/ocr/paddle';
import { planConfidentCoverage, planRegion } from '../../lib/plan';
import { canvas } from './support/canvas';

const word = (text: string, confidence: number) => ({ text, confidence, bbox: [0, 0, 1, 1] as BBox });

describe('confidentShare: how much of a line OCR read with confidence', () => {
  it.each([
    ['every character at 100', [word('市民', 100), word('赏花', 100)], [0, 100], 1],
    ['tesseract words count by their characters', [word('市民在', 90), word('花', 50)], [0, 100], (3 * 0.9 + 0.5) / 4],
    ['PP-OCR at its scale: 75 counts nothing', [word('市', 75), word('民', 100)], [75, 100], 0.5],
    ['PP-OCR near miss: 76 counts a little', [word('市', 76)], [75, 100], 0.04],
    ['blank words are no characters', [word(' ', 0), word('市', 80)], [0, 100], 0.8],
  ] as const)('%s', (_, words, scale, expected) => {
    expect(confidentShare({ confidence: 0, words: [...words] }, scale)).toBeCloseTo(expected, 5);
  });

  it('falls back to the line confidence when the line has no words', () => {
    expect(confidentShare({ confidence: 85 }, [0, 100])).toBeCloseTo(0.85);
  });

  it('scales PP-OCR’s probabilities, not tesseract’s', () => {
    expect(confidenceScale(PADDLE_ENGINE_NAME)).toEqual([75, 100]);
    expect(confidenceScale('tesseract.js 7')).toEqual([0, 100]);
  });
});

describe('planConfidentCoverage and the warning it gives', () => {
  const size = 16;
  const pitch = Math.round(size * 1.5);
  const c = canvas(260, 280);
  c.column(10, 10, 10, 12, size);
  const plan = planRegion(c.raster(), { id: 'r', box: [0, 0, 260, 280], polygon: [] });
  const boxes: BBox[] = Array.from({ length: 10 }, (_, i) => [10, 10 + i * pitch, 10 + 12 * size, 10 + i * pitch + size]);
  it.each([
    ['every line read with confidence', boxes.map(() => 1), 1, undefined],
    ['every line at 0.8: at the threshold, no warning', boxes.map(() => 0.8), 0.8, undefined],
    ['every line at 0.79 (a blurred page): warns', boxes.map(() => 0.79), 0.79, 'unsure'],
    ['two lines of ten unreadable, the rest sure', boxes.map((_, i) => (i < 2 ? 0 : 1)), 0.8, undefined],
    ['three lines of ten unreadable', boxes.map((_, i) => (i < 3 ? 0 : 1)), 0.7, 'unsure'],
  ] as const)('%s → %s', (_, reads, expected, problem) => {
    const confident = planConfidentCoverage(plan, boxes.map((bbox, i) => ({ bbox, read: reads[i] })), []);
    expect(confident).toBeCloseTo(expected, 1);
    expect(coverageProblem({ ocrCoverage: 1, ocrConfidentCoverage: confident })).toBe(problem);
  });

  it('unread ink is the first warning; the note gives the measure it is about', () => {
    expect(CONFIDENT_COVERAGE_WARNING).toBe(0.8);
    expect(coverageNote({ ocrCoverage: 0.5, ocrConfidentCoverage: 0.4 })).toEqual({ problem: 'unread', percent: 50 });
    expect(coverageNote({ ocrCoverage: 0.95, ocrConfidentCoverage: 0.62 })).toEqual({ problem: 'unsure', percent: 62 });
    expect(coverageNote({ ocrCoverage: 0.95 })).toBeUndefined();
  });
});
