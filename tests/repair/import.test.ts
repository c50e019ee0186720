import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importText, ImportError } from '../../lib/import';
import { pageToMarkdown, articleToMarkdown } from '../../lib/export';
import { SAMPLE } from './sample';

const roles = (doc: ReturnType<typeof importText>) => doc.articles.map((a) => a.blocks.map((b) => b.role));

describe('importText: pasted OCR', () => {
  it('reads the sample page: headings start articles, bold datelines kept as text', () => {
    const doc = importText(readFileSync(SAMPLE, 'utf8'), { name: 'sample' });
    expect(doc.meta.importedFrom).toBe('markdown');
    expect(doc.articles).toHaveLength(9); // nine headings; the tenth article hides behind an unmarked headline
    expect(doc.articles.every((a) => a.blocks[0].role === 'headline' || a.blocks[0].role === 'paragraph')).toBe(true);
    const dateline = doc.articles[0].blocks.find((b) => b.text.startsWith('衡阳日报讯'));
    expect(dateline?.text).toMatch(/^衡阳日报讯（全媒体记者 向吟）经济发展/);
    expect(doc.articles.flatMap((a) => a.blocks).every((b) => b.raw === b.text && !b.text.includes('**'))).toBe(true);
  });

  it('reads plain text with no blank lines as one block per line', () => {
    const doc = importText('第一行文字\n第二行文字\n第三行。\n');
    expect(doc.meta.importedFrom).toBe('text');
    expect(doc.articles[0].blocks.map((b) => b.text)).toEqual(['第一行文字', '第二行文字', '第三行。']);
  });

  it('keeps plain text as text: OCR underscores, asterisks and backslashes are characters, not Markdown', () => {
    const doc = importText('填空题____\n\n**注意**：路径 C:\\data\\a_b 不变。\n\n> 不是引用\n', { name: 'paste.txt' });
    expect(doc.meta.importedFrom).toBe('text');
    expect(doc.articles[0].blocks.map((b) => [b.role, b.text])).toEqual([
      ['paragraph', '填空题____'],
      ['paragraph', '**注意**：路径 C:\\data\\a_b 不变。'],
      ['paragraph', '> 不是引用'],
    ]);
  });

  it('reads Markdown syntax in a .md file even without headings', () => {
    const doc = importText('**本报讯** 昨天下午。\n\n> 图片说明\n', { name: 'paste.md' });
    expect(doc.articles[0].blocks.map((b) => [b.role, b.text])).toEqual([['paragraph', '本报讯 昨天下午。'], ['caption', '图片说明']]);
  });

  it('a group with a whole paragraph on one line is one block per line (Umi-OCR style); OCR lines are joined', () => {
    const umi = importText('社区食堂开进老旧小区\n■本报记者 许文博\n本报讯 一荤两素一汤，只要12元，味道好还实惠，社区老人纷纷点赞这家新开的食堂。\n', { name: 'u.txt' });
    expect(umi.articles[0].blocks).toHaveLength(3);
    const tess = importText('本报讯 记者从青禾县统计局\n获悉，今年一季度，全县实现地\n区生产总值。\n\n第二段。\n', { name: 't.txt' });
    expect(tess.articles[0].blocks.map((b) => b.text)).toEqual(['本报讯 记者从青禾县统计局获悉，今年一季度，全县实现地区生产总值。', '第二段。']);
  });

  it('cuts a group of OCR lines before a dateline: the headline is not joined into the lead', () => {
    const doc = importText('春季出行注意\n交通安全\n本报讯 市交警部门提醒，\n春季雨雾天气增多。\n\n下一段。\n', { name: 't.txt' });
    expect(doc.articles[0].blocks.map((b) => b.text)).toEqual(['春季出行注意交通安全', '本报讯 市交警部门提醒，春季雨雾天气增多。', '下一段。']);
  });

  it('cuts a jump line off the OCR lines it was read with: it closes the article, it is no end of a sentence', () => {
    const doc = importText('已收到意见建议230余\n条，办结率达到98%。\n(下转第2版)\n\n全县首个“共享法庭”揭牌\n', { name: 't.txt' });
    expect(doc.articles[0].blocks.map((b) => b.text)).toEqual(['已收到意见建议230余条，办结率达到98%。', '(下转第2版)', '全县首个“共享法庭”揭牌']);
    // Near-miss: the words in running text are no jump line; the lines stay one block.
    const prose = importText('详见本报下转第2版的\n报道。\n\n下一段。\n', { name: 't.txt' });
    expect(prose.articles[0].blocks.map((b) => b.text)).toEqual(['详见本报下转第2版的报道。', '下一段。']);
  });

  it('a hand-written front matter keeps the H1 as the headline; our page title is recognised', () => {
    const hand = importText('---\ntags: [news]\n---\n\n# 社区食堂开进老旧小区\n\n## 小标题\n\n正文。\n', { name: 'h.md' });
    expect(hand.articles[0].blocks[0]).toMatchObject({ role: 'headline', text: '社区食堂开进老旧小区' });
    const page = importText('---\nnewspaper: 临澜日报\n---\n\n# 临澜日报 第05版\n\n## 社区食堂开进老旧小区\n\n正文。\n', { name: 'p.md' });
    expect(page.articles[0].blocks[0]).toMatchObject({ role: 'headline', text: '社区食堂开进老旧小区' });
  });

  it('joins soft-wrapped Markdown lines without a space between CJK', () => {
    const doc = importText('第一段的前半\n后半。\n\nHello\nworld.\n');
    expect(doc.articles[0].blocks.map((b) => b.text)).toEqual(['第一段的前半后半。', 'Hello world.']);
  });
});

describe('importText: our own format', () => {
  const md = [
    '---', 'newspaper: 衡阳日报', 'date: 2022-10-24', "page: '03'", 'page_name: 要闻', '---', '',
    '# 衡阳日报 2022-10-24 第03版：要闻', '', '### 樟树乡：', '', '## 24小时值守两大通道卡口', '', '### 筑牢防线', '',
    '*■本报记者 张三*', '', '第一段 \\#1 \\*重要\\* a\\_b。', '', '> 防疫卡口值守场景', '',
    '<!-- set-aside furniture: 下转第3版 -->', '', '## （无标题）', '', '没有标题的文章。', '',
  ].join('\n');

  it('reads front matter, kicker/headline/subtitle, byline, caption, set-aside and escapes', () => {
    const doc = importText(md);
    expect(doc.meta).toMatchObject({ newspaper: '衡阳日报', date: '2022-10-24', pageNumber: '03', pageName: '要闻' });
    expect(roles(doc)).toEqual([['kicker', 'headline', 'subtitle', 'byline', 'paragraph', 'caption', 'furniture'], ['paragraph']]);
    const blocks = doc.articles[0].blocks;
    expect(blocks[3].text).toBe('■本报记者 张三');
    expect(blocks[4].text).toBe('第一段 #1 *重要* a_b。');
    expect(blocks[6]).toMatchObject({ text: '下转第3版', setAside: { kind: 'furniture' } });
  });

  it('round-trips what the exporter writes (page file and article file)', () => {
    const doc = importText(md);
    const shape = (d: typeof doc) => d.articles.map((a) => a.blocks.map((b) => `${b.setAside ? `aside:${b.setAside.kind}` : b.role}|${b.text}`));
    expect(shape(importText(pageToMarkdown(doc, { includeSetAside: true })))).toEqual(shape(doc));
    expect(shape(importText(articleToMarkdown(doc, doc.articles[0], { includeSetAside: true })))).toEqual([shape(doc)[0]]);
  });
});

describe('importText: bad input', () => {
  it.each([
    ['', /empty/],
    ['  \n\n ', /empty/],
    ['\u0000\u0001PNG', /binary/],
    ['\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD abc', /binary|UTF-8/],
    ['---\nnewspaper: [unclosed\n---\n正文。', /front matter is not valid YAML/],
  ])('rejects %j with a clear error', (text, message) => {
    expect(() => importText(text, { name: 'x.md' })).toThrow(ImportError);
    expect(() => importText(text, { name: 'x.md' })).toThrow(message);
  });
});
