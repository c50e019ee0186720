/**
 * Class 9 (and the round-trip part of class 3) of issue 15: exported Markdown rendered by a real
 * CommonMark/GFM renderer — markdown-it with raw HTML allowed and bare addresses linkified, the most
 * permissive settings a reader may use — shows no HTML element and no link the text did not have, shows
 * every character of the text, keeps set-aside comments closed, and imports back to the same blocks.
 * The text is drawn from hostile pieces: comment closers, tags, entities, addresses, setext underlines,
 * indents, line breaks and NUL.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, pageToMarkdown } from '../../lib/export';
import { importText } from '../../lib/import';
import type { Block, BlockRole, EpaperDocument } from '../../lib/model/document';
import { joinLines } from '../../lib/text';

const md = new MarkdownIt({ html: true, linkify: true });

const HOSTILE = ['-->', '--!>', '--!', '--', '-', '==', '=', '<img src=x onerror=alert(1)>', '<b>', '</p>', '<!--', '&amp;', '&lt;', '&#60;', '&',
  'https://example.com/a', 'http://x.org', 'www.example.com', 'news@example.cn', 'example.com', 'mailto:a@b.cn', 'ftp://h.net', 'javascript:alert(1)',
  '`code`', '***', '___', '~~x~~', '|a|b|', '[x](y)', '![i](j)', '<http://a.b>', '\\', '#', '1.', '2)', '- ', '+ ', '> ', '    ', '  ', '\t', '\n', '\u0000',
  '3.47%', 'U.S.', '本报讯', '记者', '，', '。', '经济', '发展', 'Windows', ' ', '　'];
const text = fc.array(fc.constantFrom(...HOSTILE), { minLength: 1, maxLength: 12 }).map((t) => t.join('')).filter((t) => t.trim().length > 0 && /[^\s\\]/.test(t));

/** What the format keeps of a block's text: lines joined as OCR lines are, ends trimmed. */
const kept = (t: string) => joinLines(t.split('\n')).trim();

const docArb = fc
  .array(fc.record({ headline: text, paragraphs: fc.array(text, { minLength: 1, maxLength: 3 }), captions: fc.array(text, { maxLength: 2 }), aside: fc.option(text, { nil: undefined }) }), { minLength: 1, maxLength: 3 })
  .map((articles): EpaperDocument => {
    let n = 0;
    const block = (role: BlockRole, t: string, extra: Partial<Block> = {}): Block => ({ id: `b${(n += 1)}`, role, text: t, raw: t, ...extra });
    return {
      schema: 1,
      meta: { newspaper: '测试日报', date: '2024-05-16', pageNumber: '02', pageName: '要闻' },
      articles: articles.map((a, i) => ({
        id: `a${i + 1}`,
        blocks: [
          block('headline', a.headline),
          ...a.paragraphs.map((t) => block('paragraph', t)),
          ...a.captions.map((t) => block('caption', t)),
          ...(a.aside ? [block('furniture', a.aside, { setAside: { kind: 'furniture', reason: 'test', previousRole: 'furniture' } })] : []),
        ],
      })),
    };
  })
  // Blocks whose text is only whitespace and escapes are not written at all (nothing to show).
  .filter((doc) => doc.articles.every((a) => a.blocks.every((b) => kept(b.text).length > 0)));

const ALLOWED_TAGS = new Set(['p', 'h1', 'h2', 'strong', 'em', 'blockquote']);
const withoutFrontMatter = (s: string) => s.replace(/^---\n[\s\S]*?\n---\n/, '');
const decode = (html: string) => html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

function checkRendered(markdown: string, doc: EpaperDocument): void {
  const html = md.render(withoutFrontMatter(markdown));
  const asides = doc.articles.flatMap((a) => a.blocks.filter((b) => b.setAside));
  const comments = [...html.matchAll(/<!--([\s\S]*?)-->/g)].map((m) => m[1]);
  // Each set-aside block is one comment that nothing in its text closed early (browsers also end one at `--!>`).
  expect(comments).toHaveLength(asides.length);
  for (const c of comments) expect(c).not.toMatch(/--/);
  const visible = html.replace(/<!--[\s\S]*?-->/g, '');
  const tags = [...visible.matchAll(/<\/?([a-zA-Z][\w-]*)/g)].map((m) => m[1].toLowerCase());
  expect(tags.filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
  // Every character of the shown text is on the page (CommonMark shows NUL as U+FFFD), in order.
  const shown = decode(visible.replace(/<[^>]+>/g, '')).replace(/\s/g, '');
  const source = doc.articles.flatMap((a) => a.blocks.filter((b) => !b.setAside).map((b) => b.text)).join('').replace(/\u0000/g, '\uFFFD').replace(/\s/g, '');
  expect(shown).toContain(source);
}

const shape = (doc: EpaperDocument) => doc.articles.map((a) => a.blocks.map((b) => [b.role, b.setAside ? b.text.replace(/\n/g, ' ').trim() : kept(b.text)]));
const RUNS = { numRuns: 200 };

describe('exported Markdown in a renderer (markdown-it, html + linkify)', () => {
  it('page file: no element or link from the text, every character shown, the same blocks on import', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const markdown = pageToMarkdown(doc, { includeSetAside: true });
      checkRendered(markdown.replace(/^# .*\n/m, ''), doc);
      expect(shape(importText(markdown))).toEqual(shape(doc));
    }), RUNS);
  });

  it('article file: the same for each article', () => {
    fc.assert(fc.property(docArb, (doc) => {
      for (const article of doc.articles) {
        const one = { ...doc, articles: [article] };
        const markdown = articleToMarkdown(doc, article, { includeSetAside: true });
        checkRendered(markdown, one);
        expect(shape(importText(markdown, { name: 'article.md' }))).toEqual(shape(one));
      }
    }), RUNS);
  });

  it('the cases the issue names, one by one', () => {
    const block = (role: BlockRole, t: string): Block => ({ id: `b-${role}-${t.length}`, role, text: t, raw: t });
    const aside: Block = { ...block('paragraph', 'x --> <img src=x onerror=alert(1)> --!> y'), id: 'c1', setAside: { kind: 'furniture', reason: 't', previousRole: 'paragraph' } };
    const doc: EpaperDocument = {
      schema: 1,
      meta: {},
      articles: [{ id: 'a1', blocks: [block('headline', '标题'), block('paragraph', '第一行\n--'), block('paragraph', '第二段\n=='), block('paragraph', '见 https://example.com 与 www.example.com'), block('paragraph', '零\u0000一'), block('caption', '图一\n图二'), aside] }],
    };
    const markdown = articleToMarkdown(doc, doc.articles[0], { includeSetAside: true });
    const html = md.render(withoutFrontMatter(markdown)).replace(/<!--[\s\S]*?-->/g, '');
    expect(html).not.toMatch(/<h2|<a |<img/);
    expect(html).toContain('<blockquote>');
    checkRendered(markdown, doc);
    const back = importText(markdown);
    expect(back.articles[0].blocks.map((b) => [b.role, b.text])).toEqual([
      ['headline', '标题'], ['paragraph', '第一行--'], ['paragraph', '第二段=='], ['paragraph', '见 https://example.com 与 www.example.com'], ['paragraph', '零\u0000一'], ['caption', '图一图二'], ['furniture', aside.text],
    ]);
  });
});
