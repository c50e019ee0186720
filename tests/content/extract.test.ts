import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContentPage } from '../../lib/content';
import { decodeHtmlBytes } from '../../lib/detect';
import { epaperPaths } from '../fixtures/epaper-html';
import { allArticles, parseSpec } from '../fixtures/spec';
import { htmlDoc } from '../detect/parse-html';
import { fixturePageDir, listFixturePages, loadTruth } from '../support/truth';

const SPECS = join(import.meta.dirname, '../fixtures/specs');

/** Every fixture article with its content page's HTML and the truth it was printed from. */
const cases = listFixturePages().flatMap((name) => {
  const dir = fixturePageDir(name);
  const truth = loadTruth(dir);
  const spec = parseSpec(JSON.parse(readFileSync(join(SPECS, `${name}.json`), 'utf8')), `${name}.json`);
  const paths = epaperPaths(spec);
  return truth.articles.map((a, i) => ({ name, variant: truth.variant, article: a, html: readFileSync(join(dir, paths.content(allArticles(spec)[i].contentId)), 'utf8') }));
});

const of = (blocks: { role: string; text: string }[], role: string) => blocks.filter((b) => b.role === role).map((b) => b.text);

describe('readContentPage on the fixture systems’ content pages', () => {
  it('covers both fixture systems', () => {
    expect(new Set(cases.map((c) => c.variant))).toEqual(new Set(['founder', 'peoples-daily']));
  });

  it.each(cases.map((c) => [`${c.name} ${c.article.id}`, c] as const))('%s: every role, text exact', (_, c) => {
    const r = readContentPage(htmlDoc(c.html), 'http://127.0.0.1/content.htm');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const b = c.article.blocks;
    expect(r.text.adapter).toBe(c.variant);
    expect(r.text.kicker).toBe(of(b, 'kicker')[0]);
    expect(r.text.headline).toBe(of(b, 'headline')[0]);
    expect(r.text.subtitle).toBe(of(b, 'subtitle')[0]);
    expect(r.text.bylines).toEqual(of(b, 'byline'));
    expect(r.text.paragraphs).toEqual(of(b, 'paragraph'));
    expect(r.text.captions).toEqual(of(b, 'caption'));
  });
});

describe('readContentPage on pages no adapter knows', () => {
  it('reads the main text by scoring: headings around the h1, the byline line, no menu or related links', () => {
    const html = `<html><head><title>乡村书屋上新 - 某某新闻网</title></head><body>
      <div class="nav"><a href="/">首页</a><a href="/a">本地新闻频道要闻推荐</a><a href="/b">热点专题栏目集中展示</a></div>
      <div class="main"><h3>全民阅读</h3><h1>乡村书屋上新</h1><h2>三千册新书进村</h2>
        <div class="txt"><p>（记者 王小川）</p><p>本报讯 近日，桃源镇十二个村的农家书屋迎来一批新书。</p>
        <p>镇文化站负责人说，新书以农技和少儿读物为主。</p>
        <figure><img src="a.jpg"><figcaption>村民在书屋选书。 记者 王小川 摄</figcaption></figure></div>
        <div class="related"><p><a href="/c">相关阅读：县图书馆开展读书月活动</a></p></div></div></body></html>`;
    const r = readContentPage(htmlDoc(html), 'https://news.example.cn/a/1.html');
    expect(r).toEqual({
      ok: true,
      text: {
        url: 'https://news.example.cn/a/1.html',
        adapter: 'generic',
        kicker: '全民阅读',
        headline: '乡村书屋上新',
        subtitle: '三千册新书进村',
        bylines: ['（记者 王小川）'],
        paragraphs: ['本报讯 近日，桃源镇十二个村的农家书屋迎来一批新书。', '镇文化站负责人说，新书以农技和少儿读物为主。'],
        captions: ['村民在书屋选书。 记者 王小川 摄'],
      },
    });
  });

  it('reads a Founder page whose body is `<br>`-separated text in #ozoom', () => {
    const html = `<table><tr><td class="font01">标题</td></tr><tr><td class="font6"><div id="ozoom">　　第一段文字足够长了吧。<br>　　第二段文字也足够长。</div></td></tr></table>`;
    const r = readContentPage(htmlDoc(html), 'http://x.cn/content_1.htm');
    expect(r.ok && r.text.paragraphs).toEqual(['第一段文字足够长了吧。', '第二段文字也足够长。']);
  });
});

describe('content pages that give no text', () => {
  const founder = (body: string) => `<table><tr><td class="font01">一则图片新闻</td></tr><tr><td class="font6"><div id="ozoom">${body}</div></td></tr></table>`;

  it('an #ozoom holding only a photo is image-only', () => {
    expect(readContentPage(htmlDoc(founder('<founder-content><p><img src="p.jpg"></p></founder-content>')), 'http://x.cn/c.htm')).toEqual({ ok: false, problem: 'image-only' });
  });

  it('a page with a headline and no body is empty', () => {
    expect(readContentPage(htmlDoc(founder('<founder-content><p>　</p></founder-content>')), 'http://x.cn/c.htm')).toEqual({ ok: false, problem: 'empty' });
    expect(readContentPage(htmlDoc('<html><body><p>404 Not Found</p></body></html>'), 'http://x.cn/c.htm')).toEqual({ ok: false, problem: 'empty' });
  });

  it('a GBK page read as UTF-8 is garbled; with its charset it reads', () => {
    // 中文报道 in GBK, repeated: what a server that sends no charset hands over.
    const gbk = [0xd6, 0xd0, 0xce, 0xc4, 0xb1, 0xa8, 0xb5, 0xc0];
    const utf8 = (s: string) => [...new TextEncoder().encode(s)];
    const bytes = new Uint8Array([...utf8('<table><tr><td class="font01">'), ...gbk, ...utf8('</td></tr><tr><td class="font6"><div id="ozoom"><p>'), ...Array(10).fill(gbk).flat(), ...utf8('</p></div></td></tr></table>')]);
    expect(readContentPage(htmlDoc(decodeHtmlBytes(bytes)), 'http://x.cn/c.htm')).toEqual({ ok: false, problem: 'garbled' });
    const read = readContentPage(htmlDoc(decodeHtmlBytes(bytes, 'text/html; charset=GBK')), 'http://x.cn/c.htm');
    expect(read.ok && read.text.paragraphs).toEqual(['中文报道'.repeat(10)]);
  });
});
