import { describe, expect, it } from 'vitest';
import { isBylineText, ocrToDocument } from '../../lib/layout';
import { flow, grid, line, para, regionOf } from './synthetic';

const size = 20;
const measure = 12;
const roles = (doc: ReturnType<typeof ocrToDocument>) => doc.articles[0].blocks.map((b) => `${b.role}:${b.text.slice(0, 4)}`);

describe('roles from type size and position', () => {
  const kicker = line('引题较小字号', 100, 0, 28);
  const headline = line('主标题最大字号', 60, 40, 52);
  const subtitle = line('副题在主题之下', 100, 104, 28);
  const byline = line('■本报记者 张三', 0, 150, size);
  const body = flow([para('正', 60), para('文', 40), para('段', 30)], { size, measure, columns: grid(2, 0, 190, 7, size, measure) });

  it('finds kicker, headline, subtitle and byline around the largest type', () => {
    const doc = ocrToDocument([regionOf([...body, byline, subtitle, headline, kicker])], {});
    expect(roles(doc)).toEqual(['kicker:引题较小', 'headline:主标题最', 'subtitle:副题在主', 'byline:■本报记', 'paragraph:正', 'paragraph:文', 'paragraph:段'].map((s) => (s.startsWith('paragraph') ? expect.stringMatching(new RegExp(`^${s}`)) : s)));
  });

  it('takes a body-size section label opening the article for a kicker', () => {
    const label = line('提醒', 0, 10, size);
    const doc = ocrToDocument([regionOf([label, headline, ...body])], {});
    expect(roles(doc).slice(0, 2)).toEqual(['kicker:提醒', 'headline:主标题最']);
  });

  it('gives no headline when no line is clearly larger than the body', () => {
    const doc = ocrToDocument([regionOf([line('普通大小的一行', 0, 0, 22), ...body])], {});
    expect(doc.articles[0].blocks.map((b) => b.role)).not.toContain('headline');
  });

  it('keeps block sources: the box and the lines each block came from', () => {
    const doc = ocrToDocument([regionOf([...body, headline])], {});
    const block = doc.articles[0].blocks[1];
    expect(block.source?.regionId).toBe('r1');
    expect(block.source?.lines?.map((l) => l.text).join('')).toBe(block.text);
    expect(block.source?.bbox?.[1]).toBe(190);
  });
});

describe('captions next to a photo', () => {
  it('marks the short text right below a blank (photo) area as caption, not the body around it', () => {
    // Column 1: body; column 2: a photo 12 characters wide and 6 lines tall, a caption, then body again.
    const left = flow([para('左', 80)], { size, measure, columns: grid(1, 0, 0, 12, size, measure) });
    const caption = line('图为某地新貌 记者摄', 260, 190, 16);
    const right = flow([para('右', 50)], { size, measure, columns: [{ x: 260, y: 230, lines: 6 }] });
    const doc = ocrToDocument([regionOf([...left, caption, ...right])], {});
    const captions = doc.articles[0].blocks.filter((b) => b.role === 'caption');
    expect(captions.map((b) => b.text)).toEqual(['图为某地新貌 记者摄']);
    expect(doc.articles[0].blocks.filter((b) => b.role === 'paragraph')).toHaveLength(2);
  });

  it('does not take the blank end of a short last column for a photo', () => {
    const lines = flow([para('甲', 100), para('乙', 12)], { size, measure, columns: grid(2, 0, 0, 9, size, measure) });
    const doc = ocrToDocument([regionOf(lines)], {});
    expect(doc.articles[0].blocks.map((b) => b.role)).toEqual(['paragraph', 'paragraph']);
  });
});

describe('running heads and feet', () => {
  it('sets page-edge lines apart as furniture but keeps body text near the edge', () => {
    const head = line('衡阳日报 2022年10月24日 星期一', 0, 10, 16);
    const foot = line('责任编辑 李四', 0, 1960, 16);
    const lines = flow([para('正', 200)], { size, measure: 40, columns: [{ x: 0, y: 150, lines: 6 }] });
    const doc = ocrToDocument([regionOf([head, ...lines, foot])], { imageSize: { width: 1400, height: 2000 } });
    expect(doc.articles[0].blocks.map((b) => b.role)).toEqual(['furniture', 'paragraph', 'furniture']);
  });

  it.each([
    ['■本报记者 张三', true],
    ['本报记者 张三 通讯员 李四', true],
    ['衡阳日报讯（全媒体记者 向吟）', true],
    ['文/王五 图/赵六', true],
    ['记者从市发改委获悉用电量增长', false],
    ['大家纷纷表示要坚定不移', false],
    ['记者了解到', false], // the role word then prose, no name set off
    ['■相关链接', false], // a ■ subheading: the marker alone is not a byline
  ])('byline text %s → %s', (text, expected) => expect(isBylineText(text)).toBe(expected));
});
