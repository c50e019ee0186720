/**
 * The edition's page list, per e-paper system (fixtures/systems/, evidence in each file's top comment: the
 * page lists there are the markup the cited scrapers walk) and at its edges: links that look like page links
 * but are not.
 */
import { describe, expect, it } from 'vitest';
import { detectPage, pageListFromData } from '../../lib/detect';
import { parseDetectorReply } from '../../lib/messaging';
import { htmlDoc } from './parse-html';
import { liveDom, systemTruths } from './systems';

/** Per system: the pages in order as `number name → address tail`, `+pdf` when the list holds the page's PDF. */
const EXPECTED: Record<string, { pages: string[]; current: number }> = {
  'founder-classic': { current: 1, pages: ['A01 头版 → html/2017-10/09/node_187.htm +pdf', 'A02 要闻 → html/2017-10/09/node_188.htm +pdf', 'A03 综合 → html/2017-10/09/node_189.htm +pdf'] },
  'gxrb-xuhao': { current: 0, pages: ['001 要闻 → ?name=gxrb&date=2025-11-03&code=001', '002 时政 → ?name=gxrb&date=2025-11-03&code=002'] },
  'heze-layoutlist': { current: 1, pages: ['A1 头版 → layout/202010/28/node_A1.html', 'A2 要闻 → layout/202010/28/node_A2.html', 'A3 综合 → layout/202010/28/node_A3.html'] },
  'peoples-daily-nbs': { current: 0, pages: ['01 要闻 → html/2023-03/15/nbs.D110000renmrb_01.htm', '02 要闻 → html/2023-03/15/nbs.D110000renmrb_02.htm'] },
  'wenhui-spans': { current: 0, pages: ['01 要闻 → 2023-05-30/1/index.html +pdf', '02 评论 → 2023-05-30/2/index.html +pdf'] },
  'xhrb-newslistbox': { current: 2, pages: ['01 要闻 → layout/202405/20/node_1.html +pdf', '02 要闻 → layout/202405/20/node_2.html +pdf', '03 经济 → layout/202405/20/node_3.html +pdf'] },
  'zjrb-main-ed': { current: 1, pages: ['01 要闻 → html/2024-05/20/node_3.htm +pdf', '02 经济 → html/2024-05/20/node_4.htm +pdf', '03 民生 → html/2024-05/20/node_5.htm +pdf'] },
};
// Systems whose page (as the fixture has it) carries no list of this edition's pages: the reader then says
// so and reads the one page. 长沙晚报 links only the next spread, 解放日报 keeps its pages in navi.json, the
// others switch pages by script (sgcc `#page=N`, the JSP servlet) or show a single page (Founder mobile).
const NO_LIST = ['changsha-overlay', 'founder-mobile-empty-map', 'jiefang-xy', 'jsp-onclick', 'sgcc-svg'];

describe('page list per system', () => {
  const truths = systemTruths();
  it('covers every system fixture', () => {
    expect(truths.map((t) => t.id).sort()).toEqual([...Object.keys(EXPECTED), ...NO_LIST].sort());
  });

  for (const truth of truths) {
    it(`${truth.id}: ${EXPECTED[truth.id] ? 'every page in order, with labels and links' : 'no page list'}`, () => {
      const { doc, env } = liveDom(truth);
      const list = detectPage(doc, truth.url, env).pageList;
      const want = EXPECTED[truth.id];
      if (!want) return void expect(list).toBeUndefined();
      expect(list).toBeDefined();
      const shown = list!.pages.map((p) => `${p.pageNumber} ${p.pageName} → ${p.url}${p.pdfUrl ? ' +pdf' : ''}`);
      expect(shown).toHaveLength(want.pages.length);
      shown.forEach((s, i) => {
        const [head, tail] = want.pages[i].split(' → ');
        expect(s.startsWith(`${head} → `), s).toBe(true);
        expect(s.endsWith(tail), s).toBe(true);
      });
      expect(list!.current).toBe(want.current);
      for (const p of list!.pages) if (p.pdfUrl) expect(p.pdfUrl).toMatch(/^https?:\/\/.+\.pdf$/);
    });
  }

  it('crosses the extension boundary: the detector reply with a page list validates', () => {
    const truth = truths.find((t) => t.id === 'founder-classic')!;
    const { doc, env } = liveDom(truth);
    const detection = detectPage(doc, truth.url, env);
    expect(parseDetectorReply({ ok: true, detection }).pageList).toEqual(detection.pageList);
    // A page address that is not a web link is refused with the reply, not passed on to be fetched.
    const bad = { ...detection, pageList: { ...detection.pageList!, pages: [{ ...detection.pageList!.pages[0], url: 'file:///etc/passwd' }, detection.pageList!.pages[1]] } };
    expect(() => parseDetectorReply({ ok: true, detection: bad })).toThrow(/pageList/);
  });
});

const PAGE = 'http://e.example.cn/html/2024-05/20/node_2.htm';
const pagesOf = (body: string, url = PAGE) => detectPage(htmlDoc(`<img src="p.jpg" width="400" height="600">${body}`), url).pageList?.pages.map((p) => `${p.pageNumber}:${p.url.replace(/^.*\//, '')}${p.pdfUrl ? '+pdf' : ''}`);
const TWO = '<a href="node_1.htm">第01版：要闻</a><a href="node_2.htm">第02版：评论</a>';

describe('page list near-misses', () => {
  const cases: [string, string, string[] | undefined][] = [
    ['a jump line inside an article is not a page link', `${TWO}<p><a href="node_3.htm">（下转第3版）</a></p>`, ['01:node_1.htm', '02:node_2.htm']],
    ['previous/next links are not pages', `${TWO}<a href="node_3.htm">下一版</a><a href="node_1.htm">上一版</a>`, ['01:node_1.htm', '02:node_2.htm']],
    ['an article link whose title starts like a label is not a page', `${TWO}<a href="content_77.htm">3版 综述</a>`, ['01:node_1.htm', '02:node_2.htm']],
    ['a PDF link labelled with the page is not the page', `${TWO}<a href="P03.pdf">第03版</a>`, ['01:node_1.htm', '02:node_2.htm']],
    ['another site’s page is not this edition’s', `${TWO}<a href="http://other.example.cn/html/2024-05/20/node_3.htm">第03版：体育</a>`, ['01:node_1.htm', '02:node_2.htm']],
    ['an archive link to another day is not this edition’s', `${TWO}<a href="../19/node_1.htm">第01版：要闻（昨日）</a><a href="../19/node_3.htm">第03版</a>`, ['01:node_1.htm', '02:node_2.htm']],
    ['the same list twice (top bar and side list) gives each page once', `${TWO}<ul><li><a href="node_1.htm#top">01版</a></li><li><a href="node_2.htm">02版</a></li></ul>`, ['01:node_1.htm', '02:node_2.htm']],
    ['one page link is no list', '<a href="node_1.htm">第01版：要闻</a>', undefined],
    ['a PDF shared by several page links belongs to none of them', `<div>${TWO}<a href="all.pdf">PDF</a></div>`, ['01:node_1.htm', '02:node_2.htm']],
    ['a PDF in the row of one page link is that page’s', '<table><tr><td><a href="node_1.htm">第01版</a></td><td><a href="P01.pdf">PDF</a></td></tr><tr><td><a href="node_2.htm">第02版</a></td><td><a href="P02.pdf">PDF</a></td></tr></table>', ['01:node_1.htm+pdf', '02:node_2.htm+pdf']],
    ['a javascript: list without an adapter that knows its addresses gives nothing', '<a href="javascript:;">第01版</a><a href="javascript:;">第02版</a>', undefined],
  ];
  it.each(cases)('%s', (_name, body, expected) => {
    expect(pagesOf(body)).toEqual(expected);
  });
});

// 解放日报 keeps its pages in navi.json (shape: iltyty/journalspider `jiefang/json_obj.go`, `pages[].pnumber`,
// `pname`; URL from its `crawler.go`). The page names here are made up.
describe('page list from site data (解放日报 navi.json)', () => {
  const truth = systemTruths().find((t) => t.id === 'jiefang-xy')!;
  const navi = JSON.stringify({ pages: [{ pnumber: '01', pname: '要闻', width: 2778 }, { pnumber: '02', pname: '评论' }, { pnumber: '03' }] });

  it('the detection names the data file, and the data gives each page of the reader with page=N', () => {
    const { doc, env } = liveDom(truth);
    const detection = detectPage(doc, truth.url, env);
    expect(detection.pageList).toBeUndefined();
    expect(detection.pageListData).toBe('https://www.jfdaily.com/staticsg/data/journal/2024-05-20/navi.json');
    const list = pageListFromData(navi, truth.url, detection.adapter)!;
    expect(list.pages.map((p) => `${p.label} → ${p.url}`)).toEqual([
      '第01版：要闻 → https://www.jfdaily.com/staticsg/res/html/journal/index.html?date=2024-05-20&page=01',
      '第02版：评论 → https://www.jfdaily.com/staticsg/res/html/journal/index.html?date=2024-05-20&page=02',
      '第03版 → https://www.jfdaily.com/staticsg/res/html/journal/index.html?date=2024-05-20&page=03',
    ]);
    expect(list.current).toBe(0);
  });

  it.each([
    ['data that is not JSON', '<html>404</html>'],
    ['JSON of another shape', '{"list":[{"page":"01"}]}'],
    ['a page number that is no page number', '{"pages":[{"pnumber":"../../x"},{"pnumber":"02"}]}'],
    ['one page only', '{"pages":[{"pnumber":"01"}]}'],
  ])('%s gives no list (the page is read alone)', (_name, text) => {
    expect(pageListFromData(text, truth.url, 'jiefang')).toBeUndefined();
  });

  it('a system without page data gives no list, and its pages name no data file', () => {
    expect(pageListFromData(navi, truth.url, 'founder')).toBeUndefined();
    const founder = systemTruths().find((t) => t.id === 'founder-classic')!;
    expect(detectPage(liveDom(founder).doc, founder.url).pageListData).toBeUndefined();
  });
});
