import { describe, expect, it } from 'vitest';
import { regionToArticle } from '../../lib/layout';
import { sideLabels } from '../../lib/layout/side-labels';
import type { BBox } from '../../lib/model/document';
import { joinLines } from '../../lib/text';
import { line, para, regionOf } from './synthetic';

const size = 20;
const meta = { imageSize: { width: 1000, height: 1000 } } as never;
/** `n` full lines of a column at x, from y down (1.5 line pitch), each its own text. */
const column = (tag: string, x: number, y: number, n: number) => Array.from({ length: n }, (_, i) => line(para(String.fromCharCode(tag.charCodeAt(0) + i), 10), x, y + i * 30, size));

describe('side labels: text set beside a picture', () => {
  // Two columns of four lines; under the first, a QR code with its label to the right of it.
  const left = column('甲', 0, 0, 4);
  const right = column('乙', 220, 0, 4);
  const qr: BBox = [0, 130, 60, 190];
  const label = line('扫码了解报名详情', 70, 150, 14);

  it('reads a QR code’s label after the columns, not between them', () => {
    const region = { ...regionOf([...left, ...right, label]), photos: [qr] };
    const text = regionToArticle(region, meta).blocks.map((b) => b.text).join('');
    expect(text).toBe(joinLines([...left, ...right, label].map((l) => l.text)));
  });

  it('finds the label beside the picture (right or left of it)', () => {
    expect(sideLabels([...left, ...right, label], [qr], size)).toEqual([[label]]);
    const onLeft = line('扫码观看', 140, 150, 14);
    expect(sideLabels([onLeft], [[200, 130, 260, 190]], size)).toEqual([[onLeft]]);
  });

  it.each([
    // A column beside a photo goes on under it at the same left edge: its lines are body text.
    ['a column that continues under the picture', [line(para('丙', 10), 70, 130, size), line(para('丁', 10), 70, 160, size), line(para('戊', 10), 70, 200, size)]],
    ['a line under the picture, not beside it', [line('图片说明文字', 0, 200, 14)]],
    ['a line three characters off its side', [line('扫码了解报名', 130, 150, 14)]],
    ['four lines beside it (a column, not a label)', [0, 1, 2, 3].map((i) => line('说明文字', 70, 130 + i * 15, 12))],
  ])('near miss: %s is no label', (_, lines) => {
    expect(sideLabels([...left, ...right, ...lines], [qr], size)).toEqual([[]]);
  });
});
