import { describe, expect, it } from 'vitest';
import { readingOrder } from '../../lib/layout';
import type { LayoutLine } from '../../lib/layout';
import { flow, line, para } from './synthetic';

// Body type 20 px, columns 12 characters wide one character apart: x = 0, 260, 520.
const size = 20;
const measure = 12;
const col = (i: number) => i * (measure + 1) * size;
/** One paragraph filling the columns, its last line three characters short. */
const body = (tag: string, columns: { x: number; y: number; lines: number }[]) =>
  flow([para(tag, columns.reduce((n, c) => n + c.lines, 0) * measure - 5)], { size, measure, columns });
const order = (lines: LayoutLine[]) => readingOrder([...lines].reverse()).flatMap((c) => c.lines.map((l) => l.text));
const texts = (...runs: LayoutLine[][]) => runs.flat().map((l) => l.text);

describe('a headline set in over the later columns of its article', () => {
  it.each([
    ['level with the head', 0],
    ['between the head and the body under it', 45],
  ])('is read before the first column that starts %s', (_, firstTop) => {
    const head = line('标题横跨两栏', col(1) + 40, 0, 40);
    const text = body('正', [
      { x: col(0), y: firstTop, lines: 8 },
      { x: col(1), y: 70, lines: 6 },
      { x: col(2), y: 70, lines: 6 },
    ]);
    expect(order([head, ...text])).toEqual(texts([head], text));
  });

  it('is read first when centred over the middle column, with a byline heading the first', () => {
    const head = line('县城新增口袋', col(1) + 10, 0, 36);
    const byline = line('■记者某某', col(0), 45, size);
    const text = body('正', [
      { x: col(0), y: 80, lines: 5 },
      { x: col(1), y: 80, lines: 5 },
      { x: col(2), y: 80, lines: 5 },
    ]);
    expect(order([head, byline, ...text])).toEqual(texts([head, byline], text));
  });

  it('keeps a subtitle stacked under it', () => {
    const head = line('标题横跨两栏', col(1) + 40, 0, 40);
    const subtitle = line('副题也跨两栏的中缝', col(1) + 60, 46, 26);
    const text = body('正', [
      { x: col(0), y: 0, lines: 8 },
      { x: col(1), y: 100, lines: 5 },
      { x: col(2), y: 100, lines: 5 },
    ]);
    expect(order([head, subtitle, ...text])).toEqual(texts([head, subtitle], text));
  });

  it('near miss: a column running down from above the head is another article and is read before it', () => {
    const other = body('他', [{ x: col(0), y: -90, lines: 10 }]);
    const head = line('标题横跨两栏', col(1) + 40, 0, 40);
    const text = body('正', [
      { x: col(1), y: 70, lines: 6 },
      { x: col(2), y: 70, lines: 6 },
    ]);
    expect(order([head, ...other, ...text])).toEqual(texts(other, [head], text));
  });

  it('near miss: a column under a headline of its own is another article and is read before the next head', () => {
    const leftHead = line('左侧另一篇', col(0) + 20, 0, 40);
    const left = body('左', [{ x: col(0), y: 70, lines: 6 }]);
    const head = line('标题横跨两栏', col(1) + 40, 0, 40);
    const text = body('正', [
      { x: col(1), y: 70, lines: 6 },
      { x: col(2), y: 70, lines: 6 },
    ]);
    expect(order([leftHead, ...left, head, ...text])).toEqual(texts([leftHead], left, [head], text));
  });

  it('near miss: an intertitle in the middle of a column stays where it is', () => {
    const head = line('标题横跨两栏', col(1) + 40, 0, 40);
    const first = body('甲', [{ x: col(0), y: 0, lines: 8 }]);
    const upper = body('乙', [{ x: col(1), y: 70, lines: 3 }]);
    const intertitle = line('小标题在栏中', col(1) + 40, 170, 28);
    const lower = body('丙', [
      { x: col(1), y: 210, lines: 2 },
      { x: col(2), y: 70, lines: 6 },
    ]);
    expect(order([head, ...first, ...upper, intertitle, ...lower])).toEqual(texts([head], first, upper, [intertitle], lower));
  });

  it('near miss: an intertitle heading a column, smaller than the headline over all columns, stays in its column', () => {
    const head = line('大标题横跨全部三栏', 100, 0, 60);
    const first = body('甲', [{ x: col(0), y: 90, lines: 6 }]);
    const intertitle = line('小标题在栏首', col(1) + 40, 90, 28);
    const rest = body('乙', [
      { x: col(1), y: 130, lines: 5 },
      { x: col(2), y: 90, lines: 5 },
    ]);
    expect(order([head, ...first, intertitle, ...rest])).toEqual(texts([head], first, [intertitle], rest));
  });

  it('near miss: a photo caption beside the head stays with the column it heads', () => {
    const head = line('标题横跨两栏', col(1) + 40, 0, 40);
    const caption = [line('图为新建的口袋公园一角', col(0), 40, 16), line('记者某某摄', col(0), 60, 16)];
    const text = body('正', [
      { x: col(0), y: 100, lines: 5 },
      { x: col(1), y: 70, lines: 6 },
      { x: col(2), y: 70, lines: 6 },
    ]);
    expect(order([head, ...caption, ...text])).toEqual(texts([head], caption, text));
  });
});
