import { describe, expect, it } from 'vitest';
import { cleanName, dateFromText, dateFromUrl, detectPage, isoDate, nameFromTitle, pageNumberFromUrl, parsePageLabel } from '../../lib/detect';
import { htmlDoc } from './parse-html';

describe('dateFromUrl', () => {
  it.each([
    ['http://epaper.hyqss.cn/hyrb/html/2022-10/24/node_3.htm', '2022-10-24'],
    ['https://paper.people.com.cn/rmrb/pc/layout/202210/24/node_01.html', '2022-10-24'],
    ['https://e.example.cn/paper/2023-01-05/node_2.html', '2023-01-05'],
    ['https://e.example.cn/paper/2023/01/05/A01.html', '2023-01-05'],
    ['https://e.example.cn/epaper/20240229/page_1.html', '2024-02-29'],
    ['https://e.example.cn/html/2022-3/7/node_1.htm', '2022-03-07'],
    ['/saved/pages/20221024_03.html', '2022-10-24'],
  ])('%s → %s', (url, date) => {
    expect(dateFromUrl(url)).toBe(date);
  });

  it.each([
    ['https://e.example.cn/html/2022-13/45/node_3.htm'],
    ['https://e.example.cn/epaper/20230229/page.html'],
    ['https://e.example.cn/content/content_30045678.html'],
    ['https://e.example.cn/rmrb/pc/layout/202210/32/node_01.html'],
    ['https://20221024.example.cn/index.html'],
    ['https://e.example.cn/page/2022102403.jpg'],
  ])('finds no date in %s', (url) => {
    expect(dateFromUrl(url)).toBeUndefined();
  });

  it('skips an invalid candidate and takes a later valid one', () => {
    expect(dateFromUrl('https://e.example.cn/99999999/html/2022-10/24/node_1.htm')).toBe('2022-10-24');
  });
});

describe('dateFromText', () => {
  it.each([
    ['2022年10月24日 星期一', '2022-10-24'],
    ['出版日期：2022 年 3 月 7 日', '2022-03-07'],
    ['Published 2021-12-31', '2021-12-31'],
    ['2021.1.2', '2021-01-02'],
    ['2022年2月30日', undefined],
    ['第03版：要闻', undefined],
  ])('%s → %s', (text, date) => {
    expect(dateFromText(text)).toBe(date);
  });

  it('validates the calendar', () => {
    expect(isoDate(2024, 2, 29)).toBe('2024-02-29');
    expect(isoDate(2100, 2, 29)).toBeUndefined();
    expect(isoDate(2022, 0, 10)).toBeUndefined();
    expect(isoDate(1800, 1, 1)).toBeUndefined();
  });
});

describe('parsePageLabel', () => {
  it.each([
    ['第03版：要闻', { pageNumber: '03', pageName: '要闻' }],
    ['第3版 要闻', { pageNumber: '3', pageName: '要闻' }],
    ['第 12 版: 国际新闻', { pageNumber: '12', pageName: '国际新闻' }],
    ['A2版：国内', { pageNumber: 'A2', pageName: '国内' }],
    ['第a03版', { pageNumber: 'A03' }],
    ['B12版', { pageNumber: 'B12' }],
    ['第05版 2022年10月24日', { pageNumber: '05' }],
    ['当前版面：第01版：要闻 上一版', { pageNumber: '01', pageName: '要闻' }],
    ['第JSA01版：蔬菜', { pageNumber: 'JSA01', pageName: '蔬菜' }],
    ['第A2版：', { pageNumber: 'A2' }],
  ])('%s', (text, label) => {
    expect(parsePageLabel(text)).toEqual(label);
  });

  it.each([['版面导航'], ['2022年10月24日'], ['AB12版'], ['第版']])('finds no label in %s', (text) => {
    expect(parsePageLabel(text)).toBeUndefined();
  });
});

describe('nameFromTitle', () => {
  it.each([
    ['衡阳日报-第03版：要闻', '衡阳日报'],
    ['第03版：要闻 - 衡阳日报数字报', '衡阳日报'],
    ['人民网 | 人民日报', '人民日报'],
    ['2022年10月24日_广州日报', '广州日报'],
    ['China Daily - Page A1', 'China Daily'],
    ['打造新型传媒集团·江西日报社数字报', '江西日报'],
    ['第A02版：要闻 - 长沙晚报数字报', '长沙晚报'],
    ['', undefined],
  ])('%s → %s', (title, name) => {
    expect(nameFromTitle(title)).toBe(name);
  });
});

describe('cleanName', () => {
  it.each([
    ['打造新型传媒集团·江西日报社数字报', '江西日报'],
    ['江西日报社', '江西日报'],
    ['衡阳日报电子版', '衡阳日报'],
    ['新华日报社', '新华日报'],
    // 社 is part of some names: only a 社 right after 报 is the publisher.
    ['新华社', '新华社'],
    ['人民日报', '人民日报'],
  ])('%s → %s', (raw, name) => {
    expect(cleanName(raw)).toBe(name);
  });
});

describe('pageNumberFromUrl', () => {
  it.each([
    ['http://www.heze.cn/hzrb/pc/layout/202010/28/node_A2.html', 'A2'],
    ['http://szb.sgnet.cc/sgrb/bfscb/pc/layout/202405/20/node_JSA01.html', 'JSA01'],
    ['https://paper.people.com.cn/rmrb/pc/layout/202503/18/node_01.html', '01'],
    ['file:///saved/nbs.D110000renmrb_05.htm', '05'],
    ['http://epaper.jxnews.com.cn/jxrb/html/2017-10/09/node_187.htm', undefined],
    ['http://e.example.cn/html/2024-05/20/content_401870.htm', undefined],
  ])('%s → %s', (url, page) => {
    expect(pageNumberFromUrl(url)).toBe(page);
  });
});

describe('page metadata from a generic page', () => {
  const img = '<img src="p.jpg" width="300" height="400">';

  it('reads date and label from page text, skipping page-list links', () => {
    const doc = htmlDoc(`<html><head><title>某某晚报</title></head><body>
      <div class="list"><a href="node_1.htm">第01版：头版</a><a href="node_2.htm">第02版：要闻</a></div>
      <div class="head"><span>2021年5月4日</span> <b>第02版：要闻</b></div>${img}
      <a href="../../pdf/p2.pdf">下载 PDF</a></body></html>`);
    const { meta, adapter } = detectPage(doc, 'https://e.example.cn/today/index.html');
    expect(adapter).toBe('generic');
    expect(meta).toMatchObject({ newspaper: '某某晚报', date: '2021-05-04', pageNumber: '02', pageName: '要闻', pdfUrl: 'https://e.example.cn/pdf/p2.pdf' });
  });

  it('prefers the URL date and a <meta> site name', () => {
    const doc = htmlDoc(`<html><head><title>index</title><meta property="og:site_name" content="江城日报"></head>
      <body><p>2019年1月1日</p>${img}</body></html>`);
    expect(detectPage(doc, 'https://e.example.cn/html/2022-10/24/index.htm').meta).toMatchObject({ newspaper: '江城日报', date: '2022-10-24' });
  });

  it('leaves out what it cannot find', () => {
    const meta = detectPage(htmlDoc(img), 'https://e.example.cn/x.html').meta;
    expect(meta).toEqual({ url: 'https://e.example.cn/x.html', imageUrl: 'https://e.example.cn/p.jpg' });
  });

  it('reads the enpproperty comment, with or without the founder- prefix', () => {
    const withPrefix = htmlDoc(`<html><head><title>首页</title></head><body>${img}</body></html><!--enpproperty <founder-date>2017-07-22 00:00:00</founder-date><founder-pagenum>1</founder-pagenum><founder-papername>中国纪检监察报</founder-papername> /enpproperty-->`);
    expect(detectPage(withPrefix, 'file:///saved/node_3.htm').meta).toMatchObject({ newspaper: '中国纪检监察报', date: '2017-07-22', pageNumber: '1' });
    const plain = htmlDoc(`<html><body>${img}<!--enpproperty <date>2016-10-31 09:28:27.0</date><title>某标题</title> /enpproperty--></body></html>`);
    expect(detectPage(plain, 'file:///saved/a.htm').meta).toMatchObject({ date: '2016-10-31' });
  });

  it('drops a label name that belongs to another page number than the enpproperty one', () => {
    const doc = htmlDoc(`<html><body><p>第A01版：头版</p>${img}</body></html><!--enpproperty <founder-pagenum>A03</founder-pagenum> /enpproperty-->`);
    const { meta } = detectPage(doc, 'file:///saved/node_3.htm');
    expect(meta.pageNumber).toBe('A03');
    expect(meta.pageName).toBeUndefined();
  });

  it('takes the PDF beside the link to this page, not the first one', () => {
    const page = (url: string) => detectPage(htmlDoc(`<ul>
      <li><a href="node_1.htm">第01版：要闻</a> <a href="p1.pdf">PDF</a></li>
      <li><a href="node_2.htm">第02版：经济</a> <a href="p2.pdf">PDF</a></li></ul>${img}`), url).meta;
    expect(page('http://e.example.cn/html/2024-05/20/node_2.htm')).toMatchObject({ pdfUrl: 'http://e.example.cn/html/2024-05/20/p2.pdf', pageNumber: '02', pageName: '经济' });
    // A page that is not in the list: every PDF there is another page's.
    expect(page('http://e.example.cn/html/2024-05/20/node_7.htm').pdfUrl).toBeUndefined();
  });
});
