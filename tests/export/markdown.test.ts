import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleToMarkdown, escapeMarkdown, exportFiles, pageToMarkdown, zipFiles } from '../../lib/export';
import { unzipSync, strFromU8 } from 'fflate';
import { decode } from 'fast-png';
import { makeDoc } from './doc';

const meta = { newspaper: '示例日报', date: '2024-05-16', pageNumber: '03', pageName: '要闻', url: 'http://example.test/node_3.htm' };

function frontMatter(md: string): Record<string, unknown> {
  const m = md.match(/^---\n([\s\S]*?)\n---\n/);
  expect(m, 'front matter block').not.toBeNull();
  return parse(m![1]);
}

describe('escaping', () => {
  it.each([
    ['# 不是标题', '\\# 不是标题'],
    ['- 不是列表', '\\- 不是列表'],
    ['1. 不是编号', '1\\. 不是编号'],
    ['> 不是引用', '\\> 不是引用'],
    ['*强调*和[链接](x)', '\\*强调\\*和\\[链接\\](x)'],
    ['a_b\\c', 'a\\_b\\\\c'],
    ['<script>alert(1)</script>', '\\<script\\>alert(1)\\</script\\>'],
    ['增长3.47%，普通文字', '增长3.47%，普通文字'],
    ['标题 #', '标题 \\#'],
  ])('%j → %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});

describe('article file', () => {
  const doc = makeDoc(
    [
      [
        ['kicker', '引题：某某'],
        ['headline', '主标题 #1'],
        ['subtitle', '副标题'],
        ['byline', '■本报记者 张三'],
        ['paragraph', '第一段。'],
        ['caption', '图为现场。'],
        ['paragraph', '第二段。'],
        ['furniture', '下转第2版'],
      ],
    ],
    meta,
  );
  const md = articleToMarkdown(doc, doc.articles[0], { unreviewed: 2 });

  it('writes front matter a note tool reads as properties', () => {
    const fm = frontMatter(md);
    expect(fm).toMatchObject({
      title: '主标题 #1',
      kicker: '引题：某某',
      subtitle: '副标题',
      author: ['张三'],
      byline: '■本报记者 张三',
      text_source: 'ocr',
      repair_checked: true,
      newspaper: '示例日报',
      date: '2024-05-16',
      page: '03',
      page_name: '要闻',
      source: 'http://example.test/node_3.htm',
      unreviewed_suggestions: 2,
      tags: ['epaper', '示例日报'],
    });
  });

  it('says no repair engine looked at the text instead of counting 0 unreviewed suggestions', () => {
    const fm = frontMatter(articleToMarkdown(doc, doc.articles[0]));
    expect(fm.repair_checked).toBe(false);
    expect(fm).not.toHaveProperty('unreviewed_suggestions');
    expect(frontMatter(articleToMarkdown(doc, doc.articles[0], { unreviewed: 0 }))).toMatchObject({ repair_checked: true, unreviewed_suggestions: 0 });
  });

  it('keeps the headline the only heading: kicker in bold before it, subtitle after, captions after the body, furniture left out', () => {
    const body = md.replace(/^---[\s\S]*?---\n\n/, '');
    expect(body).toBe('**引题：某某**\n# 主标题 #1\n**副标题**\n\n*■本报记者 张三*\n\n第一段。\n\n第二段。\n\n> 图为现场。\n');
    expect(md).not.toContain('下转第2版');
  });

  it('writes set-aside text as comments only when asked', () => {
    const withAside = articleToMarkdown(doc, doc.articles[0], { includeSetAside: true });
    expect(withAside).toContain('<!-- set-aside furniture: 下转第2版 -->');
  });
});

describe('page file and export set', () => {
  const doc = makeDoc(
    [
      [['headline', '同名标题'], ['paragraph', '甲。']],
      [['headline', '同名标题'], ['paragraph', '乙。']],
      [['paragraph', '没有标题的文章。']],
    ],
    meta,
  );

  it('puts every article under a level-2 headline below the page title', () => {
    const md = pageToMarkdown(doc);
    expect(md).toContain('\n# 示例日报 2024-05-16 第03版：要闻\n\n## 同名标题\n\n甲。\n\n## 同名标题\n\n乙。\n\n## （无标题）\n\n没有标题的文章。\n');
    expect(frontMatter(md).articles).toEqual(['同名标题', '同名标题']);
  });

  it('names files from the template, numbers duplicates, and zips them', () => {
    const files = exportFiles(doc, { per: 'both', folder: 'epaper-md', json: '{"schema":1}' });
    expect(files.map((f) => f.path)).toEqual([
      'epaper-md/2024-05-16-示例日报-第03版-要闻.md',
      'epaper-md/2024-05-16-示例日报-第03版-同名标题.md',
      'epaper-md/2024-05-16-示例日报-第03版-同名标题-2.md',
      'epaper-md/2024-05-16-示例日报-第03版-没有标题的文章。.md',
      'epaper-md/2024-05-16-示例日报-第03版-要闻.json',
    ]);
    const unzipped = unzipSync(zipFiles(files));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.path));
    expect(strFromU8(unzipped[files[1].path])).toBe(files[1].content);
  });

  it('adds each article’s part of the page image, named like its file, when given the page', () => {
    // A 40×30 gray page whose pixel value encodes x; two articles with boxes, one pasted (no boxes).
    const page = { width: 40, height: 30, channels: 1 as const, data: Uint8ClampedArray.from({ length: 1200 }, (_, i) => (i % 40) * 5) };
    const boxed = structuredClone(doc);
    boxed.meta = { ...meta, imageSize: { width: 40, height: 30 } };
    boxed.articles[0].blocks[0].source = { regionId: 'a1', bbox: [10, 10, 14, 12] };
    boxed.articles[0].blocks[1].source = { regionId: 'a1', bbox: [12, 14, 20, 16] };
    boxed.articles[1].blocks[0].source = { regionId: 'a2', bbox: [0, 0, 2, 2] };
    const files = exportFiles(boxed, { per: 'article', pageImage: page });
    const images = files.filter((f) => f.mime === 'image/png');
    expect(images.map((f) => f.path)).toEqual(['images/2024-05-16-示例日报-第03版-同名标题.png', 'images/2024-05-16-示例日报-第03版-同名标题-2.png']);
    const first = decode(images[0].content as Uint8Array);
    expect([first.width, first.height]).toEqual([10 + 12, 6 + 12]); // union [10,10,20,16] plus a 6 px margin
    expect(first.data[0]).toBe(4 * 5); // its left edge is page column 4
    const corner = decode(images[1].content as Uint8Array);
    expect([corner.width, corner.height]).toEqual([8, 8]); // the margin stops at the page's edge
    expect(() => exportFiles({ ...boxed, meta: { ...boxed.meta, imageSize: { width: 80, height: 60 } } }, { pageImage: page })).toThrow(
      'the page image is 40×30 but the document was read from a 80×60 image',
    );
  });
});

// Written for the issue-13 audit (made-up names and news): pasted text has no page facts and often no byline line.
describe('pasted text', () => {
  const doc = makeDoc([
    [
      ['headline', '梧川大桥夜间限行一个月'],
      ['paragraph', '本报讯 （通讯员 马骁腾） 因桥面维修，梧川大桥每晚禁止机动车通行。'],
    ],
    [
      ['headline', '湿地公园迎来首批候鸟'],
      ['byline', '本报记者 欧阳青禾 报道'],
      ['paragraph', '近日，梧川湿地公园迎来今年首批越冬候鸟。'],
      ['caption', '欧阳青禾 摄'],
    ],
  ]);

  it('titles the page by its first headline, not the tool', () => {
    const md = pageToMarkdown(doc, { unreviewed: 0 });
    expect(frontMatter(md).title).toBe('梧川大桥夜间限行一个月');
    expect(md).toContain('\n# 梧川大桥夜间限行一个月\n');
    expect(frontMatter(pageToMarkdown(makeDoc([[['paragraph', '没有标题的一段。']]]))).title).toBe('epaper-md');
  });

  it('credits the people the lead dateline names, and never the verb 报道', () => {
    expect(frontMatter(articleToMarkdown(doc, doc.articles[0])).author).toBeUndefined();
    expect(frontMatter(articleToMarkdown(doc, doc.articles[0]))).toMatchObject({ contributors: ['马骁腾'] });
    expect(frontMatter(articleToMarkdown(doc, doc.articles[1]))).toMatchObject({ author: ['欧阳青禾'], photographer: ['欧阳青禾'] });
  });

  it('near-miss: a dateline without a person in parentheses credits nobody', () => {
    const plain = makeDoc([[['headline', '标题'], ['paragraph', '本报讯（上接第1版）全市春耕进度加快。']]]);
    const fm = frontMatter(articleToMarkdown(plain, plain.articles[0]));
    expect(fm).not.toHaveProperty('author');
    expect(fm).not.toHaveProperty('contributors');
  });
});
