import { describe, expect, it } from 'vitest';
import { alignedOcrTexts, characterErrorRate, comparedBlocks, publisherArticle, withOcrAlternative, type PublisherText } from '../../lib/content';
import type { Region } from '../../lib/detect/types';
import type { Article, Block } from '../../lib/model/document';
import { suggest } from '../../lib/repair/engine';
import { fromJson, toJson } from '../../lib/model/json';

const region: Region = { id: 'a1', shape: 'rect', polygon: [[0, 0], [100, 0], [100, 80], [0, 80]], box: [0, 0, 100, 80], href: 'http://x.cn/content_1.htm', title: '5G信号覆盖全县' };
const text: PublisherText = {
  url: 'http://x.cn/content_1.htm',
  adapter: 'founder',
  headline: '5G信号覆盖全县',
  bylines: ['■本报记者 刘明哲'],
  paragraphs: ['本报讯 全县行政村实现5G网络全覆盖。', '网络覆盖率达到98%。'],
  captions: [],
};
const ocrBlock = (id: string, role: Block['role'], t: string): Block => ({ id, role, text: t, raw: t, source: { regionId: 'a1', bbox: [0, 0, 10, 10], confidence: 80 } });
const ocr: Article = {
  id: 'a1',
  regionId: 'a1',
  blocks: [
    ocrBlock('a1-b1', 'label', '聚焦'),
    ocrBlock('a1-b2', 'headline', '5G信号履盖全县'),
    ocrBlock('a1-b3', 'byline', '国本报记者 刘明哲'),
    ocrBlock('a1-b4', 'paragraph', '本报讯 全县行政村实现5G网络全覆盖。'),
    ocrBlock('a1-b5', 'paragraph', '网络覆盖率达到989%。'),
    ocrBlock('a1-b6', 'furniture', '（下转第2版）'),
  ],
};

describe('characterErrorRate', () => {
  it('is the edit distance over the reference length, whitespace ignored', () => {
    expect(characterErrorRate('覆盖率98%', '履盖率989%')).toBeCloseTo(2 / 6, 10);
    expect(characterErrorRate('本报讯 记者', '本报讯记者')).toBe(0);
    expect(characterErrorRate('', '')).toBe(0);
    expect(characterErrorRate('', '多余')).toBe(1);
  });
});

describe('the publisher’s article', () => {
  it('has one block per part, each marked as the publisher’s, in the hotspot’s box', () => {
    const a = publisherArticle(text, region);
    expect(a.blocks.map((b) => [b.id, b.role, b.text])).toEqual([
      ['a1-p1', 'headline', '5G信号覆盖全县'],
      ['a1-p2', 'byline', '■本报记者 刘明哲'],
      ['a1-p3', 'paragraph', '本报讯 全县行政村实现5G网络全覆盖。'],
      ['a1-p4', 'paragraph', '网络覆盖率达到98%。'],
    ]);
    expect(a.blocks.every((b) => b.source?.origin === 'publisher' && b.source.bbox === region.box)).toBe(true);
    expect(a).toMatchObject({ textSource: 'publisher', href: region.href, hotspotTitle: region.title, publisher: { url: text.url, outcome: 'used', reader: 'founder' } });
  });

  it('with OCR beside it: each block’s OCR reading, the page-only blocks kept, the error rate', () => {
    const both = withOcrAlternative(publisherArticle(text, region), ocr);
    expect(both.textSource).toBe('both');
    expect(both.blocks.map((b) => [b.role, b.text, b.alternative?.text])).toEqual([
      ['label', '聚焦', undefined],
      ['headline', '5G信号覆盖全县', '5G信号履盖全县'],
      ['byline', '■本报记者 刘明哲', '国本报记者 刘明哲'],
      ['paragraph', '本报讯 全县行政村实现5G网络全覆盖。', '本报讯 全县行政村实现5G网络全覆盖。'],
      ['paragraph', '网络覆盖率达到98%。', '网络覆盖率达到989%。'],
      ['furniture', '（下转第2版）', undefined],
    ]);
    // 覆→履, ■→国, one 9 too many: 3 edits over the publisher's characters (spaces not counted).
    const chars = '5G信号覆盖全县■本报记者刘明哲本报讯全县行政村实现5G网络全覆盖。网络覆盖率达到98%。'.length;
    expect(both.publisher?.ocrCer).toBeCloseTo(3 / chars, 4);
  });

  it('lines OCR up by role order, so a caption OCR read mid-article still pairs with the caption', () => {
    const pub = comparedBlocks([ocrBlock('p1', 'caption', '图为新建基站。'), ocrBlock('p2', 'headline', '标题'), ocrBlock('p3', 'paragraph', '正文第一段。')]);
    const read = comparedBlocks([ocrBlock('o1', 'headline', '标题'), ocrBlock('o2', 'caption', '图为新建基站.'), ocrBlock('o3', 'paragraph', '正文第一段。')]);
    expect(pub.map((b) => b.id)).toEqual(['p2', 'p3', 'p1']);
    expect(alignedOcrTexts(pub, read)).toEqual(['标题', '正文第一段。', '图为新建基站.']);
  });

  it('every OCR character ends up in some block’s alternative, even text the publisher lacks', () => {
    const pub = [ocrBlock('p1', 'headline', '标题'), ocrBlock('p2', 'paragraph', '正文。')];
    const read = [ocrBlock('o1', 'headline', '标题'), ocrBlock('o2', 'paragraph', '正文。'), ocrBlock('o3', 'paragraph', '多读出的一段。')];
    expect(alignedOcrTexts(pub, read)).toEqual(['标题', '正文。 多读出的一段。']);
  });
});

describe('the document JSON', () => {
  it('keeps each block’s origin and OCR alternative and the article’s publisher facts', () => {
    const both = withOcrAlternative(publisherArticle(text, region), ocr);
    const doc = { schema: 1 as const, meta: {}, articles: [both] };
    expect(fromJson(JSON.parse(JSON.stringify(toJson(doc))))).toEqual(doc);
  });
});

describe('repair and the publisher’s text', () => {
  it('suggests nothing on the publisher’s blocks, and still mends OCR blocks of the same kind', () => {
    const pub = publisherArticle({ ...text, paragraphs: ['全县 行政村实现5G网络全覆盖。'] }, region);
    const doc = { schema: 1 as const, meta: {}, articles: [pub, { ...ocr, id: 'a2', blocks: [ocrBlock('a2-b1', 'paragraph', '乡镇 公路全部硬化。')] }] };
    const touched = suggest(doc).flatMap((s) => s.blockIds);
    expect(touched).toContain('a2-b1');
    expect(touched.filter((id) => id.startsWith('a1-'))).toEqual([]);
  });
});
