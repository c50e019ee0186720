import { describe, expect, it } from 'vitest';
import { inkBlocks, withoutRules } from '../../lib/plan/ink-blocks';
import { planRegion } from '../../lib/plan';
import { canvas } from './support/canvas';
import { jpegPage, type Shape } from './support/jpeg-page';

describe('inkBlocks: a region cut on the image before OCR', () => {
  const size = 16;
  const measure = 12 * size;
  const gap = 1.5 * size;
  function page() {
    const c = canvas(900, 700);
    c.textRow(40, 20, 14, 2 * size); // headline over three columns
    c.textRow(80, 70, 12, Math.round(1.3 * size)); // subtitle
    for (let k = 0; k < 3; k += 1) c.column(20 + k * (measure + gap), 110, 12, 12, size);
    c.textRow(20, 420, 20, Math.round(1.6 * size)); // second headline, over two columns
    c.column(20, 470, 8, 12, size);
    c.column(20 + measure + gap, 470, 8, 12, size);
    c.fill([20 + 2 * (measure + gap), 470, 20 + 3 * measure + 2 * gap, 610], 120); // photo
    c.textRow(20 + 2 * (measure + gap), 620, 10, 12); // caption under it
    return c.raster();
  }

  it('reads headline, subtitle and columns in order, then the next band, and marks the photo', () => {
    const blocks = inkBlocks(page(), [0, 0, 900, 700], 14);
    const at = blocks.map((b) => `${b.kind}@${Math.round(b.box[0] / 10)},${Math.round(b.box[1] / 10)}`);
    expect(at).toEqual(['text@4,2', 'text@8,7', 'text@2,11', 'text@24,11', 'text@45,11', 'text@2,42', 'text@2,47', 'text@24,47', 'photo@45,47', 'text@45,62']);
  });

  it('does not cut a line at the white beside a punctuation mark', () => {
    const c = canvas(400, 60);
    c.textRow(10, 10, 6, size);
    c.textRow(10 + 7.2 * size, 10, 6, size); // 1.2 em hole inside one line
    expect(inkBlocks(c.raster(), [0, 0, 400, 60], 14)).toHaveLength(1);
  });

  it('cuts columns that a vertical rule separates', () => {
    const c = canvas(500, 300);
    c.column(10, 10, 10, 12, size);
    c.fill([10 + measure + 10, 5, 10 + measure + 12, 290]); // rule in the gap
    c.column(10 + measure + gap, 10, 10, 12, size);
    expect(inkBlocks(c.raster(), [0, 0, 500, 300], 14).map((b) => b.box[0])).toEqual([10 + Math.round(size * 0.08), Math.round(10 + measure + gap + size * 0.08)]);
  });

  it('cuts where the lines change size, even without a wide white band', () => {
    const c = canvas(400, 240);
    c.fill([10, 10, 60, 34]); // a dark label panel…
    c.fill([16, 15, 54, 29], 255); // …with light "text" in it
    c.crossRow(10, 44, 7, 36); // two-line headline set close above the body
    c.crossRow(10, 86, 7, 36);
    c.column(10, 132, 5, 14, size);
    const blocks = inkBlocks(c.raster(), [0, 0, 400, 240], size);
    expect(blocks.map((b) => [b.box[1], b.rows])).toEqual([
      [10, 1],
      [44, 2],
      [132, 5],
    ]);
    expect(blocks.map((b) => b.inverted)).toEqual([true, false, false]);
  });

  it('keeps a neighbour in the notch of an L-shaped hotspot out of the plan, and reads a dark panel inverted', () => {
    const c = canvas(600, 400);
    c.column(10, 10, 6, 30, size); // the article: full width on top…
    c.column(10, 220, 8, 12, size); // …and down the left below
    c.fill([400, 220, 470, 244]); // the neighbour in the notch: a dark label and a column
    c.fill([406, 225, 464, 239], 255);
    c.column(400, 260, 5, 10, size);
    const polygon: [number, number][] = [[0, 0], [600, 0], [600, 210], [380, 210], [380, 400], [0, 400]];
    const plan = planRegion(c.raster(), { id: 'r', box: [0, 0, 600, 400], polygon });
    expect(plan.parts.every((p) => p.box[0] < 380 || p.box[3] <= 210)).toBe(true);
    expect(plan.parts.every((p) => p.polygon === polygon && !p.invert)).toBe(true);
    const neighbour = planRegion(c.raster(), { id: 'n', box: [380, 210, 600, 400], polygon: [[380, 210], [600, 210], [600, 400], [380, 400]] });
    expect(neighbour.parts.map((p) => p.invert)).toEqual([true, false]);
    expect(neighbour.parts[0].box).toEqual([400, 220, 470, 244]); // cut at the panel's edge: no white frame to invert
  });

  it('plans one OCR part per block with a PSM that fits it (the photo read as sparse text), each part naming its region and number', () => {
    const plan = planRegion(page(), { id: 'r', box: [0, 0, 900, 700], polygon: [[0, 0], [900, 0], [900, 700], [0, 700]], href: 'http://x/r.html', title: '标题' });
    expect(plan.parts).toHaveLength(10);
    expect(plan.photos).toHaveLength(1);
    expect(plan.parts.map((p) => p.parameters.tessedit_pageseg_mode)).toEqual(['7', '7', '6', '6', '6', '7', '6', '6', '11', '7']);
    expect(plan.parts.map((p) => p.kind)).toEqual(['text', 'text', 'text', 'text', 'text', 'text', 'text', 'text', 'photo', 'text']);
    expect(plan.parts.map((p) => [p.regionId, p.partId])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => ['r', n]));
    expect(plan).toMatchObject({ regionId: 'r', box: [0, 0, 900, 700], href: 'http://x/r.html', title: '标题' });
  });

  it('leaves link and title out of the plan when the region has none', () => {
    const plan = planRegion(page(), { id: 'r', box: [0, 0, 900, 700], polygon: [[0, 0], [900, 0], [900, 700], [0, 700]] });
    expect('href' in plan || 'title' in plan).toBe(false);
  });
});

describe('columns a character apart', () => {
  const size = 16;
  const measure = 12 * size;
  /** Two columns of body lines `gap` characters apart (ink to ink about gap + 0.16 characters). */
  function twoColumns(gap: number, subtitle = false) {
    const c = canvas(500, 320);
    if (subtitle) c.textRow(30, 10, 14, Math.round(1.3 * size));
    const top = subtitle ? 50 : 10;
    c.column(10, top, 10, 12, size);
    c.column(Math.round(10 + measure + gap * size), top, 10, 12, size);
    return c.raster();
  }
  it.each([
    [1.5, 2],
    [1, 2],
    [0.5, 2],
    [0.2, 1], // closer than a glyph's own side bearings add up to: one block
  ])('a gutter of %s characters gives %s block(s)', (gap, n) => {
    const blocks = inkBlocks(twoColumns(gap), [0, 0, 500, 320], size);
    expect(blocks).toHaveLength(n);
    if (n === 2) expect(blocks[1].box[0]).toBe(Math.round(10 + measure + gap * size + size * 0.08));
  });

  it('a subtitle over narrow-gutter columns stays whole, and the columns below it still split', () => {
    const blocks = inkBlocks(twoColumns(0.5, true), [0, 0, 500, 320], size);
    expect(blocks.map((b) => b.box[0])).toEqual([30 + Math.round(1.3 * size * 0.08), 10 + Math.round(size * 0.08), Math.round(10 + measure + 0.5 * size + size * 0.08)]);
  });
});

describe('a region too big to plan at full size', () => {
  it('is planned on a reduced copy, its blocks still where the ink is (within the reduction)', () => {
    const size = 48;
    const c = canvas(3400, 2800);
    c.column(40, 40, 20, 20, size);
    c.column(40 + 21 * size, 40, 20, 20, size);
    c.fill([40 + 42 * size, 40, 3300, 1400], 100);
    const plan = planRegion(c.raster(), { id: 'big', box: [0, 0, 3400, 2800], polygon: [[0, 0], [3400, 0], [3400, 2800], [0, 2800]] });
    expect(plan.reduction).toBe(2);
    expect(plan.textHeight).toBeGreaterThanOrEqual(size - 2);
    expect(plan.parts.map((p) => p.kind)).toEqual(['text', 'text', 'photo']);
    const expected = [40 + size * 0.08, 40 + 21 * size + size * 0.08, 40 + 42 * size];
    plan.parts.forEach((p, i) => expect(Math.abs(p.box[0] + 4 - expected[i])).toBeLessThanOrEqual(2));
  });
});

describe('side boxes inside a column', () => {
  const size = 16;
  /** A column of body lines with a three-line box in its middle: framed, tinted, or neither. */
  function withBox(kind: 'frame' | 'tint' | 'rules only' | 'none', paper = 255) {
    const c = canvas(300, 420);
    c.fill([0, 0, 300, 420], paper);
    c.column(20, 10, 5, 12, size);
    const box: [number, number, number, number] = [14, 140, 20 + 12 * size + 6, 140 + 4 * 24];
    if (kind === 'tint') c.fill(box, paper - 30);
    if (kind === 'frame' || kind === 'rules only') {
      c.fill([box[0], box[1], box[2], box[1] + 2]);
      c.fill([box[0], box[3] - 2, box[2], box[3]]);
    }
    if (kind === 'frame') {
      c.fill([box[0], box[1], box[0] + 2, box[3]]);
      c.fill([box[2] - 2, box[1], box[2], box[3]]);
    }
    c.column(30, box[1] + 14, 3, 11, size);
    c.column(20, box[3] + 20, 6, 12, size);
    return inkBlocks(c.raster(), [0, 0, 300, 420], size);
  }
  it.each([
    ['frame', 255, true],
    ['tint', 255, true],
    ['tint', 236, true],
    ['rules only', 255, false], // two article rules above and below are no box
    ['none', 236, false], // grey paper is paper, not a tint
  ] as const)('a %s box on paper %s is a side box: %s', (kind, paper, boxed) => {
    const blocks = withBox(kind, paper);
    const inner = blocks.find((b) => b.box[1] > 140 && b.box[3] < 240);
    expect(inner, JSON.stringify(blocks.map((b) => b.box))).toBeDefined();
    expect(inner!.boxed).toBe(boxed);
    expect(blocks.filter((b) => b !== inner).every((b) => !b.boxed)).toBe(true);
  });
});

describe('white that is no cut', () => {
  it.each([
    ['a thin solid run with paper on both sides is a rule', [0, 2, 100, 100, 3, 0], [0, 2, 0, 0, 3, 0]],
    ['paper on one side is enough (a rule under dense type)', [70, 70, 70, 70, 100, 100, 3, 0], [70, 70, 70, 70, 0, 0, 3, 0]],
    ['a soft-sided rule: its light sides go with it', [0, 30, 100, 100, 40, 0], [0, 0, 0, 0, 0, 0]],
    ['dark rows on both sides: the solid rows inside a reversed band', [85, 80, 100, 100, 80, 85], [85, 80, 100, 100, 80, 85]],
    ['a solid run five rows thick is no rule', [0, 100, 100, 100, 100, 100, 0], [0, 100, 100, 100, 100, 100, 0]],
  ])('%s', (_, profile, out) => expect(withoutRules(profile, 100)).toEqual(out));

  const size = 16;
  it('a reversed headline band stays one block though its light type leaves solid rows across it', () => {
    const c = canvas(500, 80);
    c.fill([10, 10, 490, 46]); // the band
    for (let i = 0; i < 8; i += 1) {
      const x = 150 + i * 24;
      c.fill([x, 15, x + 20, 21], 255); // each light glyph's upper part…
      c.fill([x, 25, x + 20, 41], 255); // …and its lower part, solid rows between them
    }
    const blocks = inkBlocks(c.raster(), [0, 0, 500, 80], 12);
    expect(blocks.map((b) => [b.box, b.inverted])).toEqual([[[10, 10, 490, 46], true]]);
  });
});

describe('on a page JPEG', () => {
  const size = 12;
  const pitch = 17;
  it('a numbered list stays one block: the white after its "一、" "二、" lines up, but no column is that narrow', async () => {
    // Items indented two characters, their run-on lines from the column's edge: the white beside the
    // enumeration comma runs down the list a few characters in.
    const items = ['一、同一单元住户协商一致，推选代表作为申请人。', '二、委托有资质的单位进行设计，并征求相关住户', '见。', '三、向所在街道提交申请材料，经公示无异议后办', '理。', '四、电梯竣工验收合格后，可申请补助资金。'];
    const shapes: Shape[] = items.map((t, i) => ({ text: [t], x: /^[一二三四]/.test(t) ? 20 + 2 * size : 20, y: 30 + i * pitch, size, pitch: 0 }));
    const blocks = inkBlocks(await jpegPage(320, 150, shapes), [0, 0, 320, 150], size);
    expect(blocks).toHaveLength(1);
    expect(blocks[0].box[0]).toBeLessThanOrEqual(21);
  });

  it('near miss: body columns half a character apart are still cut', async () => {
    const words = '街巷改造涉及管网更新路面修复和绿化补种沿街店铺统一更换招牌';
    const lines = Array.from({ length: 6 }, (_, i) => (words + words).slice(3 * i, 3 * i + 20));
    const shapes: Shape[] = [20, 20 + Math.round(20.5 * size)].map((x) => ({ text: lines, x, y: 30, size, pitch }));
    const blocks = inkBlocks(await jpegPage(540, 150, shapes), [0, 0, 540, 150], size);
    expect(blocks.map((b) => b.kind)).toEqual(['text', 'text']);
    expect(blocks[1].box[0]).toBeGreaterThanOrEqual(20 + 20 * size);
  });
});
