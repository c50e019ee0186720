/**
 * Round trip (docs/markdown-format.md): a document exported as Markdown (article file, page file) and
 * imported again has the same articles, block roles and texts; the JSON export gives back the very same
 * document. Texts mix CJK, Latin, emoji and Markdown syntax at line starts and inside lines.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, pageToMarkdown } from '../../lib/export';
import { importText } from '../../lib/import';
import type { Block, BlockRole, EpaperDocument } from '../../lib/model/document';
import { fromJson, toJson } from '../../lib/model/json';

const TOKENS = ['衡阳', '日报', '讯', '经济发展', '，', '。', '：', '“', '”', '《', '》', '（', '）', 'Windows', 'PCs', ' ', '3.5', '2022',
  '#', '##', '*', '**', '_', '__', '>', '[', ']', '](x)', '\\', '-', '- ', '+ ', '1.', '1. ', '2)', '`', '<!--', '-->', '<b>', '~', '|', '=',
  '😀', '🇨🇳', '𠀋', '（无标题）', '■', '　'];
/** A block's text: no line breaks, no space at its ends (the format does not keep those). */
const text = fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 10 }).map((t) => t.join('').trim()).filter((t) => t.length > 0);
const headline = text.filter((t) => t !== '（无标题）');

const articleArb = fc.record({
  kicker: fc.option(text, { nil: undefined }),
  headline: fc.option(headline, { nil: undefined }),
  subtitle: fc.option(text, { nil: undefined }),
  bylines: fc.array(text, { maxLength: 2 }),
  paragraphs: fc.array(text, { minLength: 1, maxLength: 4 }),
  captions: fc.array(text, { maxLength: 2 }),
});

/** Blocks in the order every exporter writes them (kicker, headline, subtitle, bylines, body, captions). */
const docArb = fc.array(articleArb, { minLength: 1, maxLength: 4 }).map((articles): EpaperDocument => {
  let n = 0;
  const block = (role: BlockRole, t: string): Block => ({ id: `b${(n += 1)}`, role, text: t, raw: t });
  return {
    schema: 1,
    meta: { newspaper: '衡阳日报', date: '2022-10-24', pageNumber: '03', pageName: '要闻' },
    articles: articles.map((a, i) => ({
      id: `a${i + 1}`,
      blocks: [
        ...(a.kicker ? [block('kicker', a.kicker)] : []),
        ...(a.headline ? [block('headline', a.headline)] : []),
        ...(a.subtitle ? [block('subtitle', a.subtitle)] : []),
        ...a.bylines.map((t) => block('byline', t)),
        ...a.paragraphs.map((t) => block('paragraph', t)),
        ...a.captions.map((t) => block('caption', t)),
      ],
    })),
  };
});

/** What Markdown keeps: per article, [role, text] of each block. */
const shape = (doc: EpaperDocument) => doc.articles.map((a) => a.blocks.map((b) => [b.role, b.text]));

const RUNS = { numRuns: 300 };

describe('Markdown round trip', () => {
  it('page file: importText(pageToMarkdown(doc)) has the same articles, roles and texts', () => {
    fc.assert(fc.property(docArb, (doc) => {
      const back = importText(pageToMarkdown(doc));
      expect(shape(back)).toEqual(shape(doc));
      expect(back.meta).toMatchObject(doc.meta);
    }), RUNS);
  });

  it('article file: importText(articleToMarkdown(doc, article)) gives back that article', () => {
    fc.assert(fc.property(docArb, (doc) => {
      for (const article of doc.articles) {
        const back = importText(articleToMarkdown(doc, article));
        expect(shape(back)).toEqual(shape({ ...doc, articles: [article] }));
      }
    }), RUNS);
  });

  it('set-aside blocks written as comments come back set aside, with their kind and text', () => {
    fc.assert(fc.property(docArb, text, fc.constantFrom('furniture', 'duplicate', 'label'), (doc, aside, kind) => {
      const first = doc.articles[0];
      const extra: Block = { id: 'x1', role: 'paragraph', text: aside, raw: aside, setAside: { kind, reason: 'test', previousRole: 'paragraph' } };
      const withAside = { ...doc, articles: [{ ...first, blocks: [...first.blocks, extra] }, ...doc.articles.slice(1)] };
      const back = importText(pageToMarkdown(withAside, { includeSetAside: true }));
      const found = back.articles[0].blocks.filter((b) => b.setAside);
      expect(found.map((b) => [b.setAside!.kind, b.text])).toEqual([[kind, aside]]);
      expect(shape({ ...back, articles: back.articles.map((a) => ({ ...a, blocks: a.blocks.filter((b) => !b.setAside) })) })).toEqual(shape(doc));
    }), RUNS);
  });

  it('an article without a headline is written as （无标题） and read back without a headline block', () => {
    const doc: EpaperDocument = { schema: 1, meta: {}, articles: [{ id: 'a1', blocks: [{ id: 'b1', role: 'subtitle', text: '副题', raw: '副题' }, { id: 'b2', role: 'paragraph', text: '正文。', raw: '正文。' }] }] };
    const md = articleToMarkdown(doc, doc.articles[0]);
    expect(md).toContain('# （无标题）\n**副题**');
    expect(shape(importText(md))).toEqual([[['subtitle', '副题'], ['paragraph', '正文。']]]);
  });

  it('reads files written before kicker and subtitle became bold lines (headings one level below)', () => {
    const old = '---\ntitle: 主题\n---\n\n## 引题\n# 主题\n## 副题\n\n*■本报记者 张三*\n\n正文。\n';
    expect(shape(importText(old))).toEqual([[['kicker', '引题'], ['headline', '主题'], ['subtitle', '副题'], ['byline', '■本报记者 张三'], ['paragraph', '正文。']]]);
  });

  it('a bold line is a kicker only right before a headline and a subtitle only right after one', () => {
    const md = '# 主题\n\n正文。\n\n**加粗的一段**\n\n**■本报记者 张三**\n';
    expect(shape(importText(md))).toEqual([[['headline', '主题'], ['paragraph', '正文。'], ['paragraph', '加粗的一段'], ['paragraph', '■本报记者 张三']]]);
    expect(shape(importText('# 主题\n\n**甲** 和 **乙**\n'))).toEqual([[['headline', '主题'], ['paragraph', '甲 和 乙']]]);
  });
});

describe('JSON round trip', () => {
  it('fromJson(JSON.parse(JSON.stringify(toJson(doc)))) is the same document', () => {
    fc.assert(fc.property(docArb, (doc) => {
      expect(fromJson(JSON.parse(JSON.stringify(toJson(doc))))).toEqual(doc);
    }), RUNS);
  });
});
