/**
 * A photo credit pasted on its own line under a caption — `▲记者 X 摄` and OCR's readings of ▲/■, the
 * parenthesised credit, `图/记者 X`, an agency's credit — through importer and engine as `clean` runs them:
 * the credit stays with the caption (never the article's byline), and the article keeps its own byline and
 * authors. Near-misses: `本报记者 X 摄影报道` and `文/记者 X 图/记者 Y` are the byline, with the photographer.
 * Made-up paper (梧川), names and news, written for these tests.
 */
import { describe, expect, it } from 'vitest';
import { importText } from '../../lib/import';
import { articleCredits } from '../../lib/export/front-matter';
import { applyAll } from '../../lib/repair/engine';
import { SAFE_CONFIDENCE } from '../../lib/repair/types';
import { structureOf } from './corpus/golden';

const HEAD = '梧川湿地迎来首批越冬候鸟';
const LEAD = '本报讯 连日来，梧川湿地公园迎来今冬首批越冬候鸟，白鹭、苍鹭等在浅滩觅食嬉戏，吸引不少市民前来观赏。';
const MORE = '据湿地管理处介绍，今年以来公园新增浅滩栖息地二十余亩，并在观鸟区设置了科普展板，提醒市民文明观鸟。';
const CAPTION = '图为候鸟在湿地浅滩觅食。';

function paste(byline: string | null, credit: string): string {
  return [HEAD, ...(byline ? [byline] : []), LEAD, CAPTION, credit, MORE].join('\n\n');
}

function repaired(text: string, minConfidence = 0) {
  const doc = applyAll(importText(text, { name: 'paste.txt' }), { minConfidence }).doc;
  return { doc, article: structureOf(doc)[0], credits: articleCredits(doc.articles[0]) };
}

describe('a photo credit on its own line is the caption\'s, never the byline', () => {
  it.each([
    '▲记者 孟知远 摄',
    '■本报记者 孟知远 摄',
    '国记者 孟知远 摄',
    '硬记者 孟知远 摄',
    '回记者孟知远摄',
    '口记者 孟知远 摄',
    '围本报记者 孟知远 摄',
    '□记者 孟知远 摄',
    '△记者 孟知远 摄',
    '▲ 记者孟知远 摄',
    '(记者 孟知远 摄)',
    '（记者 孟知远 摄）',
    '图/记者 孟知远',
    '新华社记者 孟知远 摄',
  ])('%j under a caption, with the article\'s byline above', (credit) => {
    const { doc, article, credits } = repaired(paste('■本报记者 苏晚晴', credit));
    expect(article.headline).toBe(HEAD);
    expect(article.byline).toMatch(/苏晚晴$/u);
    expect(credits.authors).toEqual(['苏晚晴']);
    expect(credits.photographers).toEqual(['孟知远']);
    // The credit is with the caption (a caption block of its own, or joined to the one above), not in the body.
    expect(article.captions.join(' ')).toContain('孟知远');
    expect(article.paragraphs.join('')).not.toContain('孟知远');
    expect(doc.articles).toHaveLength(1);
  });

  it.each(['▲记者 孟知远 摄', '国本报记者 孟知远 摄', '图/记者 孟知远', '（新华社记者 孟知远 摄）'])('%j in an article without a byline credits no author', (credit) => {
    const { article, credits } = repaired(paste(null, credit));
    expect(article.byline).toBeNull();
    expect(credits.authors).toEqual([]);
    expect(credits.photographers).toEqual(['孟知远']);
  });

  it.each(['▲记者 孟知远 摄', '国记者 孟知远 摄', '图/记者 孟知远'])('%j in safe mode is no byline either', (credit) => {
    const { article } = repaired(paste('■本报记者 苏晚晴', credit), SAFE_CONFIDENCE);
    expect(article.byline ?? '').not.toContain('孟知远');
  });

  it('an agency credit (新华社发) under a caption is the caption\'s', () => {
    const { article, credits } = repaired(paste('■本报记者 苏晚晴', '新华社发'));
    expect(article.byline).toMatch(/苏晚晴$/u);
    expect(credits.authors).toEqual(['苏晚晴']);
    expect(article.captions.join(' ')).toContain('新华社发');
  });
});

describe('near-misses: the byline itself, with its photographer', () => {
  it.each([
    ['本报记者 孟知远 摄影报道', ['孟知远'], ['孟知远']],
    ['■本报记者 孟知远 摄影报道', ['孟知远'], ['孟知远']],
    ['文/记者 苏晚晴 图/记者 孟知远', ['苏晚晴'], ['孟知远']],
    ['■文/图 本报记者 孟知远', ['孟知远'], ['孟知远']],
  ])('%j', (byline, authors, photographers) => {
    const { article, credits } = repaired([HEAD, byline, LEAD, MORE].join('\n\n'));
    expect(article.byline?.replace(/^[■▲]/u, '')).toBe(byline.replace(/^[■▲]/u, ''));
    expect(article.captions).toEqual([]);
    expect(credits.authors).toEqual(authors);
    expect(credits.photographers).toEqual(photographers);
  });
});

describe('letter-spaced tesseract output of a byline and a credit', () => {
  const spaced = (t: string) => [...t].join(' ');
  const text = [HEAD, spaced('本报记者苏晚晴'), LEAD, spaced(CAPTION), spaced('记者孟知远摄'), MORE].join('\n\n');

  it('keeps the credit\'s and the byline\'s spaces and their roles', () => {
    const { article, credits } = repaired(text);
    expect(article.byline).toBe('本报记者 苏晚晴');
    expect(article.subtitle).toBeNull();
    expect(article.captions.join(' ')).toContain('记者 孟知远 摄');
    expect(article.paragraphs.join('')).not.toContain('孟知远');
    expect(credits).toEqual({ authors: ['苏晚晴'], photographers: ['孟知远'], contributors: [] });
  });

  it('in safe mode too the credit keeps its spaces, and the byline is no subtitle or caption', () => {
    // An unmarked byline's head stays a suggestion below the safe threshold (as printed, without spacing, too).
    const { doc, article } = repaired(text, SAFE_CONFIDENCE);
    expect(article.captions.join(' ')).toContain('记者 孟知远 摄');
    expect([article.subtitle, ...article.captions].join(' ')).not.toContain('苏晚晴');
    expect(doc.articles.flatMap((a) => a.blocks.map((b) => b.text))).toContain('本报记者 苏晚晴');
  });
});
