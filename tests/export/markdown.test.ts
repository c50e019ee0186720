import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleToMarkdown, escapeMarkdown, exportFiles, pageToMarkdown, zipFiles } from '../../lib/export';
import { unzipSync, strFromU8 } from 'fflate';
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
      author: '■本报记者 张三',
      newspaper: '示例日报',
      date: '2024-05-16',
      page: '03',
      page_name: '要闻',
      source: 'http://example.test/node_3.htm',
      unreviewed_suggestions: 2,
      tags: ['epaper'],
    });
  });

  it('places kicker before and subtitle after the headline, captions after the body, furniture left out', () => {
    const body = md.replace(/^---[\s\S]*?---\n\n/, '');
    expect(body).toBe('## 引题：某某\n# 主标题 #1\n## 副标题\n\n*■本报记者 张三*\n\n第一段。\n\n第二段。\n\n> 图为现场。\n');
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
});
