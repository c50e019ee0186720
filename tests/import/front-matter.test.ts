/**
 * A hand-written front matter (a note tool's properties, or typed by the user) on an imported `.md` file:
 * its `title` names the page over the first headline, its `date`, `source`, `paper` are the page's facts,
 * and every key epaper-md does not write itself comes back out of every export as it was — through
 * Markdown and through JSON, twice. Our own exports' `title` is derived (near-misses): it never becomes a
 * user's title. Made-up paper (梧川), names and news, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { articleToMarkdown, pageToMarkdown } from '../../lib/export';
import { importText } from '../../lib/import';
import { fromJson, toJson } from '../../lib/model/json';
import { applyAll } from '../../lib/repair/engine';

const BODY = `# 油菜花海引客来

■本报记者 卜月华

本报讯 连日来，梧川市郊的万亩油菜花竞相开放，吸引大批游客前来赏花。

当地还推出了“花海+民宿”旅游线路。
`;
const withFront = (yaml: string, body = BODY) => `---\n${yaml}\n---\n\n${body}`;
const frontOf = (md: string) => parse(/^---\n([\s\S]*?)\n---/.exec(md)![1]) as Record<string, unknown>;
const headlines = (md: string) => importText(md, { name: 'x.md' }).articles.map((a) => a.blocks.find((b) => b.role === 'headline')?.text);

describe('a hand-written front matter', () => {
  const md = withFront(['title: 我的剪报：春季农事', 'date: 2025-04-09', 'source: https://example.com/paper/node_1.html', 'paper: 梧川日报',
    'tags: [农业, 剪报]', 'created: 2025-04-10T08:30', 'my_note: 待核对', 'rating: 4', 'links: {weibo: "@梧川"}'].join('\n'));
  const doc = importText(md, { name: 'clip.md' });

  it('names the page with its title and keeps the H1 as the headline', () => {
    expect(doc.meta.title).toBe('我的剪报：春季农事');
    expect(headlines(md)).toEqual(['油菜花海引客来']);
    const page = pageToMarkdown(doc);
    expect(frontOf(page).title).toBe('我的剪报：春季农事');
    expect(page).toContain('\n# 我的剪报：春季农事\n\n## 油菜花海引客来\n');
    // A file of its one article is the user's file too: their title, the headline below it.
    const article = articleToMarkdown(doc, doc.articles[0]);
    expect(frontOf(article).title).toBe('我的剪报：春季农事');
    expect(article).toContain('\n# 油菜花海引客来\n');
  });

  it('reads date, source and paper as the page facts', () => {
    expect(doc.meta).toMatchObject({ date: '2025-04-09', url: 'https://example.com/paper/node_1.html', newspaper: '梧川日报' });
  });

  it('writes every key of the user back, as written, in page and article files', () => {
    const own = { paper: '梧川日报', tags: ['农业', '剪报'], created: '2025-04-10T08:30', my_note: '待核对', rating: 4, links: { weibo: '@梧川' } };
    for (const out of [pageToMarkdown(doc), articleToMarkdown(doc, doc.articles[0])]) {
      expect(frontOf(out)).toMatchObject({ ...own, title: '我的剪报：春季农事', date: '2025-04-09', newspaper: '梧川日报' });
    }
  });

  it('round-trips: Markdown → import → Markdown is stable, and JSON keeps the same meta', () => {
    for (const write of [(d: typeof doc) => pageToMarkdown(d), (d: typeof doc) => articleToMarkdown(d, d.articles[0])]) {
      const once = write(doc);
      const again = importText(once, { name: 'again.md' });
      expect(write(again)).toBe(once);
      expect(again.meta.title).toBe('我的剪报：春季农事');
      expect(again.meta.frontMatter).toEqual(doc.meta.frontMatter);
    }
    const back = fromJson(JSON.parse(JSON.stringify(toJson(doc))));
    expect(back.meta).toEqual(doc.meta);
  });
});

describe('dates and credits as users write them', () => {
  it.each([
    ['date: 2025-04-09', '2025-04-09'],
    ['date: 2025/4/9', '2025-04-09'],
    ['date: 2025年4月9日', '2025-04-09'],
    ['date: 2025-04-09T08:00:00+08:00', '2025-04-09'],
    ['published: 2025-04-09', '2025-04-09'], // Obsidian Web Clipper's key, when there is no `date`
  ])('%j → %s', (yaml, day) => {
    expect(importText(withFront(yaml), { name: 'x.md' }).meta.date).toBe(day);
  });

  it.each(['date: 2025年春', 'date: 2025-02-30', 'date: 下周一'])('%j is no day: kept as written, never a wrong date', (yaml) => {
    const doc = importText(withFront(yaml), { name: 'x.md' });
    expect(doc.meta.date).toBeUndefined();
    expect(frontOf(pageToMarkdown(doc)).date).toBe(yaml.slice('date: '.length));
    expect(fromJson(JSON.parse(JSON.stringify(toJson(doc)))).meta).toEqual(doc.meta);
  });

  it('keeps the user\'s author when the body has no byline; the byline wins when it has one', () => {
    const noByline = importText(withFront('author: [苏晚晴]', '# 油菜花海引客来\n\n本报讯 连日来，梧川市郊的油菜花竞相开放。\n'), { name: 'x.md' });
    expect(frontOf(articleToMarkdown(noByline, noByline.articles[0])).author).toEqual(['苏晚晴']);
    const byline = applyAll(importText(withFront('author: [苏晚晴]'), { name: 'x.md' })).doc; // as `clean` runs it
    expect(frontOf(articleToMarkdown(byline, byline.articles[0])).author).toEqual(['卜月华']);
  });
});

describe('near-misses: our own exports\' title is derived, not the user\'s', () => {
  const pasted = importText(BODY, { name: 'paste.md' });
  const paged = { ...pasted, meta: { ...pasted.meta, newspaper: '梧川日报', date: '2025-04-09', pageNumber: '01', pageName: '要闻' } };

  it.each([
    ['a page file of a page with facts', pageToMarkdown(paged)],
    ['a page file of pasted text (titled by its first headline)', pageToMarkdown(pasted)],
    ['an article file', articleToMarkdown(paged, paged.articles[0])],
  ])('%s', (_, md) => {
    const doc = importText(md, { name: 'export.md' });
    expect(doc.meta.title).toBeUndefined();
    // Every key is one the export writes; only the tags come back as written (they are the user's to edit).
    expect(Object.keys(doc.meta.frontMatter ?? {})).toEqual(['tags']);
    expect(pageToMarkdown(doc)).toBe(pageToMarkdown(importText(pageToMarkdown(doc), { name: 'again.md' })));
    expect(headlines(md)).toEqual(['油菜花海引客来']);
  });

  it('an exported page file whose title the user changed keeps the new title', () => {
    const md = pageToMarkdown(paged).replace('title: 梧川日报 2025-04-09 第01版：要闻', 'title: 春季农事');
    expect(importText(md, { name: 'export.md' }).meta.title).toBe('春季农事');
  });
});
