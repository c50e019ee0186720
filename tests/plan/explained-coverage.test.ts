/**
 * Coverage that needs no truth beyond the page's ink: a line box counts only as far as its characters
 * explain its ink (two lines read as one, a vertical headline bridging body lines), and rows of type in
 * a block the plan took for a picture are ink the article should hold.
 */
import { describe, expect, it } from 'vitest';
import type { BBox } from '../../lib/model/document';
import { lowCoverage } from '../../lib/model/coverage';
import { ems } from '../../lib/layout';
import { planCoverage, planRegion, type RegionPlan } from '../../lib/plan';
import { expectedEms, explainedShare, textRowsInPhoto } from '../../lib/plan/coverage';
import { canvas } from './support/canvas';

const body = 16;
const pitch = Math.round(body * 1.5);
const han = (n: number) => '新'.repeat(n);

/** A plan of the canvas, with the text height the plan measured on body text fixed (a test line alone may not show it). */
function planOf(c: ReturnType<typeof canvas>, w: number, h: number): RegionPlan {
  return { ...planRegion(c.raster(), { id: 'r', box: [0, 0, w, h], polygon: [] }), textHeight: body };
}

describe('explainedShare: how much of a line box its characters explain', () => {
  const c = canvas(900, 420);
  c.textRow(10, 10, 12, body); // a body line
  c.textRow(10, 40, 4, body); // a short last line
  c.crossRow(10, 70, 6, 48); // a headline in big type
  // Digits and Latin letters: narrow glyphs, about half an em apart.
  for (let i = 0; i < 20; i += 1) c.fill([10 + Math.round(i * body * 0.55), 140, 10 + Math.round(i * body * 0.55 + body * 0.45), 140 + body], 30);
  // Wide letter-spacing: one glyph every two ems.
  for (let i = 0; i < 6; i += 1) c.fill([10 + i * 2 * body, 170, 10 + i * 2 * body + Math.round(body * 0.84), 170 + body], 30);
  // Two body lines set tight (one box over both, as a line finder that missed the leading returns it).
  c.textRow(10, 200, 12, body);
  c.textRow(10, 200 + pitch, 12, body);
  // A vertical headline of big glyphs beside two body lines, its glyphs bridging their leading.
  for (let i = 0; i < 2; i += 1) c.fill([10, 260 + i * 40, 46, 296 + i * 40], 30);
  c.textRow(60, 270, 12, body);
  c.textRow(60, 270 + pitch, 12, body);
  const plan = planOf(c, 900, 420);
  const share = (bbox: BBox, text: string) => explainedShare(plan.ink, { bbox, ems: ems(text) }, body);

  it.each([
    ['a body line read in full', [10, 10, 10 + 12 * body, 10 + body], han(12), 1],
    ['a short last line', [10, 40, 10 + 4 * body, 40 + body], '户增收。', 1],
    ['a headline in big type, one character per glyph', [10, 70, 10 + 6 * 48, 70 + 48], han(6), 1],
    ['a line of digits and Latin letters', [10, 140, 10 + Math.round(20 * body * 0.55), 140 + body], '2024 ABCDEFGHIJ123456789', 1],
    ['a letter-spaced line', [10, 170, 10 + 11 * body, 170 + body], han(6), 1],
  ] as const)('%s: in full', (_, bbox, text, expected) => {
    expect(share([...bbox], text)).toBe(expected);
  });

  it.each([
    ['a body line read as one character', [10, 10, 10 + 12 * body, 10 + body], han(1), 0.15],
    ['two lines in one box, read as one line', [10, 200, 10 + 12 * body, 200 + pitch + body], han(12), 0.7],
    ['a vertical headline bridging two body lines, read as one line', [10, 260, 60 + 12 * body, 336], han(13), 0.72],
  ] as const)('%s: in part (under %s)', (_, bbox, text, most) => {
    expect(share([...bbox], text)).toBeLessThan(most);
  });

  it('expects about one character per body-size square of ink, whatever the type size', () => {
    expect(expectedEms(plan.ink, [10, 10, 10 + 12 * body, 10 + body], body)).toBeGreaterThan(10);
    expect(expectedEms(plan.ink, [10, 10, 10 + 12 * body, 10 + body], body)).toBeLessThan(14);
    expect(expectedEms(plan.ink, [10, 70, 10 + 6 * 48, 70 + 48], body)).toBeLessThan(7.5);
    expect(expectedEms(plan.ink, [10, 200, 10 + 12 * body, 200 + pitch + body], body)).toBeGreaterThan(20);
  });

  it('counts a box in full when its text width is unknown', () => {
    expect(explainedShare(plan.ink, { bbox: [10, 200, 10 + 12 * body, 200 + pitch + body] }, body)).toBe(1);
  });
});

describe('planCoverage with merged lines', () => {
  const c = canvas(260, 280);
  c.column(10, 10, 10, 12, body);
  const plan = planOf(c, 260, 280);
  const line = (i: number): BBox => [10, 10 + i * pitch, 10 + 12 * body, 10 + i * pitch + body];
  const read = (i: number) => ({ bbox: line(i), ems: i === 0 ? 10 : 12 });

  it('every line read: full coverage', () => {
    expect(planCoverage(plan, Array.from({ length: 10 }, (_, i) => read(i)), [])).toBeGreaterThanOrEqual(0.99);
  });

  it('four lines read as two boxes of one line’s text each: the lost lines show', () => {
    const merged = [0, 2].map((i) => ({ bbox: [10, line(i)[1], 10 + 12 * body, line(i + 1)[3]] as BBox, ems: 12 }));
    const coverage = planCoverage(plan, [...merged, ...Array.from({ length: 6 }, (_, i) => read(i + 4))], []);
    expect(coverage).toBeLessThan(0.9);
    expect(coverage).toBeGreaterThan(0.7);
    expect(lowCoverage({ ocrCoverage: coverage })).toBe(true);
  });
});

describe('textRowsInPhoto: rows of type in a block the plan took for a picture', () => {
  const c = canvas(560, 300);
  // A column of display-like glyphs (not solid, like real type) beside a solid picture, all in one "photo" part.
  for (let i = 0; i < 6; i += 1) c.crossRow(10, 10 + i * pitch, 12, body);
  c.fill([220, 10, 540, 160], 60);
  // Below: a picture of stacked solid bands (a striped field), body-high: solid, so no type.
  for (let i = 0; i < 5; i += 1) c.fill([220, 180 + i * pitch, 540, 180 + i * pitch + body], 40);
  const plan = planOf(c, 560, 300);
  const photo: BBox = [5, 5, 545, 295];

  it('finds the column’s rows and not the picture’s', () => {
    const rows = textRowsInPhoto(plan.ink, photo, body);
    expect(rows.length).toBeGreaterThanOrEqual(6);
    for (const r of rows) expect(r[0], `row at ${r.join(',')}`).toBeLessThan(220);
  });

  it('their ink counts as text the article should hold: unread, the article warns', () => {
    const asPhoto: RegionPlan = { ...plan, parts: [{ ...plan.parts[0], box: photo, kind: 'photo' }] };
    expect(planCoverage(asPhoto, [], [])).toBe(0);
    const column = Array.from({ length: 6 }, (_, i) => ({ bbox: [10, 10 + i * pitch, 10 + 12 * body, 10 + i * pitch + body] as BBox, ems: 12 }));
    expect(planCoverage(asPhoto, column, [])).toBeGreaterThanOrEqual(0.95);
  });

  it('a picture alone holds no rows of type', () => {
    const p = canvas(400, 200);
    p.fill([10, 10, 390, 190], 50);
    expect(textRowsInPhoto(planOf(p, 400, 200).ink, [5, 5, 395, 195], body)).toEqual([]);
  });
});
