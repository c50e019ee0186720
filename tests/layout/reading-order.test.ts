import { describe, expect, it } from 'vitest';
import { groupParagraphs, readingOrder, splitAtWideGaps } from '../../lib/layout';
import { joinLines } from '../../lib/text';
import { flow, grid, line, para } from './synthetic';

const size = 20;
const measure = 12;
const textOf = (lines: { text: string }[]) => joinLines(lines.map((l) => l.text));

describe('reading order from column gaps', () => {
  it.each([2, 3, 4, 5])('reads %i columns under a spanning headline top to bottom, left to right', (count) => {
    const paragraphs = Array.from({ length: count * 2 }, (_, i) => para(String.fromCharCode(65 + i), 20 + ((i * 13) % 30)));
    const lines = flow(paragraphs, { size, measure, columns: grid(count, 0, 100, Math.ceil(paragraphs.join('').length / measure / count) + 2, size, measure) });
    const headline = line('标题横跨全部栏目', 20, 20, 48);
    const columns = readingOrder([...lines].reverse().concat(headline));
    expect(columns[0].lines).toEqual([headline]);
    const body = columns.slice(1).flatMap((c) => c.lines);
    expect(body.map((l) => l.text)).toEqual(lines.map((l) => l.text));
  });

  // A headline centred over four columns but narrower than the middle two: the gaps beside the first and the
  // last column run clear through it, and its top stands under 2.5 body sizes above the columns' first lines.
  const fourColumns = () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => para(String.fromCharCode(65 + i), 20 + ((i * 13) % 30)));
    return flow(paragraphs, { size, measure, columns: grid(4, 0, 100, Math.ceil(paragraphs.join('').length / measure / 4) + 2, size, measure) });
  };

  it('reads a short headline over the middle columns before the first column', () => {
    const lines = fourColumns();
    const headline = line('标题居中不及首栏', 510 - 4 * 36, 60, 36);
    const order = readingOrder([...lines].reverse().concat(headline)).flatMap((c) => c.lines);
    expect(order.map((l) => l.text)).toEqual([headline, ...lines].map((l) => l.text));
  });

  it('near miss: an intertitle level with the other columns\' first lines is read in its column', () => {
    const left = flow([para('L', 70)], { size, measure, columns: grid(1, 0, 100, 6, size, measure) });
    const intertitle = line('小标题', (measure + 1) * size, 100, 26);
    const right = flow([para('R', 50)], { size, measure, columns: [{ x: (measure + 1) * size, y: 140, lines: 6 }] });
    const order = readingOrder([...right, intertitle, ...left]).flatMap((c) => c.lines);
    expect(order.map((l) => l.text)).toEqual([...left, intertitle, ...right].map((l) => l.text));
  });

  it('reads a band of columns, a spanning subheading, then the next band', () => {
    const top = flow([para('A', 40), para('B', 30)], { size, measure, columns: grid(2, 0, 0, 4, size, measure) });
    const sub = line('小标题跨过两栏的中缝', 100, 140, 26);
    const bottom = flow([para('C', 40), para('D', 30)], { size, measure, columns: grid(2, 0, 200, 4, size, measure) });
    const order = readingOrder([...bottom, sub, ...top]).flatMap((c) => c.lines);
    expect(order.map((l) => l.text)).toEqual([...top, sub, ...bottom].map((l) => l.text));
  });

  it('finds a column next to an unrelated column of different leading', () => {
    const left = flow([para('L', 60)], { size, measure, columns: grid(1, 0, 0, 10, size, measure) });
    const right = flow([para('R', 50)], { size: 16, measure: 14, gap: 11, columns: [{ x: 300, y: 5, lines: 10 }] });
    const cols = readingOrder([...right, ...left]);
    expect(cols.map((c) => c.lines.map((l) => l.text[0]).join(''))).toEqual([left.map((l) => l.text[0]).join(''), right.map((l) => l.text[0]).join('')]);
  });
});

describe('paragraphs from lines', () => {
  it('rebuilds paragraphs from indents and short last lines, joining across column breaks', () => {
    const paragraphs = [para('甲', 50), para('乙', 23), para('丙', 70), para('丁', 11)];
    const lines = flow(paragraphs, { size, measure, columns: grid(3, 0, 0, 6, size, measure) });
    const groups = groupParagraphs(readingOrder(lines));
    expect(groups.map((g) => textOf(g.lines))).toEqual(paragraphs);
  });

  it('starts a paragraph where the vertical gap grows even without an indent', () => {
    const a = [line('一二三四五六七八九十', 0, 0, size), line('一二三四五六七八九十', 0, 30, size), line('一二三四五六七八九十', 0, 60, size)];
    const b = [line('甲乙丙丁戊己庚辛壬癸', 0, 120, size), line('甲乙丙丁戊己庚辛壬癸', 0, 150, size)];
    const groups = groupParagraphs(readingOrder([...a, ...b]));
    expect(groups.map((g) => g.lines.length)).toEqual([3, 2]);
  });

  it('ends a centred line (a subtitle) before a flush-left one of about the same size right under it', () => {
    // Laid out like a fixture page: subtitle centred over three columns, byline flush left, body below a photo.
    const subtitle = line('工业投资消费市场双双回暖新兴产业贡献率提升', 8 * size, 0, 22);
    const byline = line('■本报记者某某通讯员某某', 0, 30, size);
    const body = flow([para('正', 90)], { size, measure: 10, columns: grid(3, 0, 300, 4, size, 10) });
    const groups = groupParagraphs(readingOrder([subtitle, byline, ...body]));
    expect(groups.slice(0, 2).map((g) => textOf(g.lines))).toEqual(['工业投资消费市场双双回暖新兴产业贡献率提升', '■本报记者某某通讯员某某']);
  });

  it('keeps a centred headline that wraps onto a second line as one block', () => {
    const first = line('城市书房延长开', 40, 0, 36);
    const second = line('放时间', 110, 44, 34);
    const body = flow([para('正', 40)], { size, measure: 12, columns: grid(1, 0, 100, 4, size, 12) });
    const groups = groupParagraphs(readingOrder([first, second, ...body]));
    expect(textOf(groups[0].lines)).toBe('城市书房延长开放时间');
  });

  it('keeps a last line of one character and a full stop in its paragraph', () => {
    // tesseract ends the box at the dot: `书。` is 1.3 characters wide, not 2.
    const lines = [line('本报讯即日起全县十二家城市', 0, 0, size), line('书房开放时间延长至晚上十点等', 0, 30, size), { ...line('书。', 0, 60, size), bbox: [0, 60, 26, 80] as [number, number, number, number] }];
    expect(groupParagraphs(readingOrder(lines)).map((g) => g.lines.length)).toEqual([3]);
  });

  it('keeps a paragraph whole when its last column line is full (sentence continues)', () => {
    const text = para('续', measure * 4 - 2);
    const lines = flow([text], { size, measure, columns: grid(2, 0, 0, 2, size, measure) });
    expect(groupParagraphs(readingOrder(lines)).map((g) => textOf(g.lines))).toEqual([text]);
  });
});

describe('lines merged across a column gap', () => {
  it('are cut at a word gap wider than one character', () => {
    const merged = line('左栏文字右栏文字', 0, 0, size);
    merged.words = [
      { text: '左栏文字', bbox: [0, 0, 80, 20], confidence: 90 },
      { text: '右栏文字', bbox: [140, 0, 220, 20], confidence: 80 },
    ];
    expect(splitAtWideGaps(merged).map((l) => [l.text, l.bbox[0]])).toEqual([['左栏文字', 0], ['右栏文字', 140]]);
    merged.words[1].bbox = [95, 0, 175, 20];
    expect(splitAtWideGaps(merged)).toHaveLength(1);
  });
});

describe('a line split by a dropped mark', () => {
  it('keeps a piece narrower than a column line with its neighbour (OCR dropped 。” before it)', () => {
    const l = line('村民自愿捐出来的村党', 0, 0, size);
    // One box per character, as PP-OCR gives: 的 at 7, then a two-character hole where 。” were.
    l.words = [...'村民自愿捐出来的'].map((ch, i) => ({ text: ch, bbox: [i * size, 0, (i + 1) * size, size], confidence: 90 }));
    l.words.push({ text: '村党', bbox: [10 * size, 0, 12 * size, size], confidence: 90 });
    expect(splitAtWideGaps(l)).toEqual([l]);
  });

  it('near miss: a piece three characters wide is a column line and is cut off', () => {
    const l = line('左栏文字右栏起', 0, 0, size);
    l.words = [
      { text: '左栏文字', bbox: [0, 0, 4 * size, size], confidence: 90 },
      { text: '右栏起', bbox: [6 * size, 0, 9 * size, size], confidence: 90 },
    ];
    expect(splitAtWideGaps(l).map((p) => p.text)).toEqual(['左栏文字', '右栏起']);
  });
});
