/**
 * The generic rules at their edges: markup that almost matches a system (a usemap without its map, percent
 * boxes beyond the image, coordinates in no stated frame …) must give the honest result and say why.
 */
import { describe, expect, it } from 'vitest';
import { detectPage, MAX_REGIONS, resolveUrl } from '../../lib/detect';
import { parseDetectorReply } from '../../lib/messaging';
import { htmlDoc } from './parse-html';

const URL_ = 'http://e.example.cn/html/2024-05/20/node_9.htm';
const natural = { width: 1200, height: 1800 };

describe('image maps', () => {
  it('finds USEMAP=#PagePicMap in <MAP NAME="pagepicmap"> and reads shape=polygon', () => {
    const doc = htmlDoc('<IMG SRC="p.jpg" USEMAP=#PagePicMap WIDTH=400 HEIGHT=600><MAP NAME="pagepicmap"><Area SHAPE="polygon" COORDS="0,0,40,0,40,60,0,60" HREF="content_1.htm"></MAP>');
    expect(detectPage(doc, URL_, { naturalSize: natural }).regions.map((r) => r.box)).toEqual([[0, 0, 120, 180]]);
  });

  it('reads the page a swiper shows, not a hidden slide before it', () => {
    const slides = `<div class="swiper-slide" style="display:none"><img src="p1.jpg" usemap="#m1" width="400" height="600" style="display:none"></div>
      <div class="swiper-slide"><img src="p2.jpg" usemap="#m2" width="400" height="600"></div>
      <map name="m1"><area coords="0,0,10,10"></map><map name="m2"><area coords="0,0,20,20"></map>`;
    expect(detectPage(htmlDoc(slides), URL_, { naturalSize: natural }).image?.url).toMatch(/p2\.jpg$/);
    // Live, a slide hidden by a stylesheet has no rendered size.
    const live = htmlDoc(slides.replace(/ style="display:none"/g, ''));
    const d = detectPage(live, URL_, { naturalSize: natural, displaySize: (img) => (img.getAttribute('src') === 'p2.jpg' ? { width: 400, height: 600 } : {}) });
    expect(d.image?.url).toMatch(/p2\.jpg$/);
    expect(d.regions.map((r) => r.box)).toEqual([[0, 0, 60, 60]]);
  });

  it.each([
    ['data-src behind a spinner', '<img src="images/loading.gif" data-src="page.jpg" usemap="#m" width="400" height="600">', 'page.jpg'],
    ['onload_img on a swiper slide', '<img src="" onload_img="page.jpg" usemap="#m" width="400" height="600">', 'page.jpg'],
    ['a real src next to data-src', '<img src="shown.jpg" data-src="other.jpg" usemap="#m" width="400" height="600">', 'shown.jpg'],
  ])('page image URL from %s', (_name, img, file) => {
    const d = detectPage(htmlDoc(`${img}<map name="m"><area coords="0,0,40,60"></map>`), URL_, { naturalSize: natural });
    expect(d.image?.url).toBe(`http://e.example.cn/html/2024-05/20/${file}`);
  });

  it('an <img usemap> pointing at a missing map gives the whole image and says so', () => {
    const doc = htmlDoc('<img src="p.jpg" usemap="#pagemap" width="400" height="600"><map name="othermap"></map>');
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.regions.map((r) => r.id)).toEqual(['whole']);
    expect(d.warnings.join('\n')).toMatch(/uses map "#pagemap", which the page does not have/);
  });

  it('coords that fit the image file are image pixels when no displayed size is known (a thumbnail shown as is)', () => {
    const doc = htmlDoc('<img src="p_brief.jpg" usemap="#m"><map name="m"><area shape="polygon" coords="5,72,228,72,228,207,5,207"><area coords="232,73,344,540"></map>');
    const d = detectPage(doc, URL_, { naturalSize: { width: 350, height: 550 } });
    expect(d.regions.map((r) => r.box)).toEqual([[5, 72, 228, 207], [232, 73, 344, 540]]);
    expect(d.warnings).toEqual([]);
  });

  it('coords beyond the image with no stated frame are clipped, with a warning', () => {
    const doc = htmlDoc('<img src="p.jpg" usemap="#m"><map name="m"><area coords="100,100,2600,3900"></map>');
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.regions[0].box).toEqual([100, 100, 1200, 1800]);
    expect(d.warnings.join('\n')).toMatch(/reach 2600×3900, beyond the 1200×1800 image/);
  });

  it('an xy list with fewer than 3 points is skipped', () => {
    const doc = htmlDoc(`<img src="p.jpg" usemap="#m"><map name="m"><area xy='[{"x":1,"y":2},{"x":3,"y":4}]'><area xy='[{"x":0,"y":0},{"x":600,"y":0},{"x":600,"y":900}]'></map>`);
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.regions.map((r) => r.box)).toEqual([[0, 0, 600, 900]]);
    expect(d.warnings.join('\n')).toMatch(/area 1: skipped, its xy list has 2 point\(s\)/);
  });
});

describe('links without href', () => {
  const page = (areas: string, extra = '') =>
    detectPage(htmlDoc(`<img src="p.jpg" usemap="#m" width="400" height="600"><map name="m">${areas}</map>${extra}`), URL_, { naturalSize: natural }).regions.map((r) => r.href);

  it.each([
    ['onclick window.open, unquoted', `<area coords="0,0,9,9" onclick=window.open('/servlet/A?Node=7','_self');>`, 'http://e.example.cn/servlet/A?Node=7'],
    ['onclick location.href', `<area coords="0,0,9,9" onclick="location.href='content_7.htm'">`, 'http://e.example.cn/html/2024-05/20/content_7.htm'],
    ['data-href', '<area coords="0,0,9,9" data-href="content_8.htm">', 'http://e.example.cn/html/2024-05/20/content_8.htm'],
    ['href wins over data-href', '<area coords="0,0,9,9" href="content_1.htm" data-href="content_2.htm">', 'http://e.example.cn/html/2024-05/20/content_1.htm'],
  ])('%s', (_name, area, href) => {
    expect(page(area)).toEqual([href]);
  });

  it('a javascript: id takes the article list link holding that id, and nothing else', () => {
    const list = '<a href="content_123456.htm">甲</a><a href="content_1234567.htm">乙</a>';
    expect(page('<area coords="0,0,9,9" href="javascript:show(1234567)">', list)).toEqual(['http://e.example.cn/html/2024-05/20/content_1234567.htm']);
    expect(page('<area coords="0,0,9,9" href="javascript:show(999999)">', list)).toEqual([undefined]);
    expect(page('<area coords="0,0,9,9" href="javascript:void(0)">', list)).toEqual([undefined]);
  });
});

describe('article list', () => {
  const areas = '<area coords="0,0,9,9" href="content_1.htm"><area coords="0,10,9,19" href="content_2.htm?div=-1"><area coords="0,20,9,29" href="ad_7.htm">';
  const page = (list: string) =>
    detectPage(htmlDoc(`<img src="p.jpg" usemap="#m" width="400" height="600"><map name="m">${areas}</map>${list}`), URL_, { naturalSize: natural }).regions;

  it('titles hotspots from the list and flags the one it does not name (an ad)', () => {
    const regions = page('<ul><li><a href="content_1.htm?div=-1">头条新闻</a></li><li><a href="content_2.htm">二条新闻</a></li><li><a href="node_2.htm">第02版：要闻</a></li></ul>');
    expect(regions.map((r) => [r.title, r.unlisted])).toEqual([['头条新闻', undefined], ['二条新闻', undefined], [undefined, true]]);
  });

  it('flags nothing when the page has no list naming its hotspots', () => {
    expect(page('<a href="node_2.htm">第02版：要闻</a><a href="other.htm">其他</a>').map((r) => r.unlisted)).toEqual([undefined, undefined, undefined]);
  });
});

describe('overlays', () => {
  const over = (boxes: string) =>
    detectPage(htmlDoc(`<div style="position:relative"><img src="page.jpg" width="400" height="600">${boxes}</div><img src="banner.jpg" width="1000" height="900">`), URL_, { naturalSize: natural });

  it('percent boxes beyond 100 % are clipped to the image', () => {
    const d = over('<a href="c0.htm" style="left:0%;top:0%;width:50%;height:50%"></a><a href="c1.htm" style="position:absolute;left:80%;top:90%;width:40%;height:30%"></a>');
    expect(d.image?.url).toMatch(/page\.jpg$/);
    expect(d.regions.map((r) => r.box)).toEqual([[0, 0, 600, 900], [960, 1620, 1200, 1800]]);
  });

  it('px boxes are in the displayed frame of the image they sit with, not the largest image', () => {
    const d = over('<div title="头条" style="position:absolute;left:10px;top:20px;width:100px;height:50px"></div><div title="二条" style="left:0;top:100px;width:400px;height:500px"></div>');
    expect(d.image?.url).toMatch(/page\.jpg$/);
    expect(d.regions.map((r) => [r.box, r.title])).toEqual([[[30, 60, 330, 210], '头条'], [[0, 300, 1200, 1800], '二条']]);
  });

  const VALID_BOX = '<a href="ok.htm" style="left:0;top:0;width:100px;height:100px"></a>';

  it.each([
    ['decoration without link or title', '<div style="position:absolute;left:10px;top:20px;width:100px;height:50px"></div>'],
    ['a box mixing % and px', '<a href="c.htm" style="position:absolute;left:10%;top:20px;width:10%;height:50px"></a>'],
    ['a box without size', '<a href="c.htm" style="position:absolute;left:10px;top:20px"></a>'],
    ['a hidden box', '<a href="c.htm" style="display:none;left:10px;top:20px;width:100px;height:50px"></a>'],
  ])('ignores %s', (_name, box) => {
    // Paired with one valid box: the pair would be an overlay set if the near-miss counted.
    const d = over(VALID_BOX + box);
    expect(d.image?.url).toMatch(/banner\.jpg$/);
    expect(d.regions.map((r) => r.id)).toEqual(['whole']);
  });

  it('ignores a single positioned link beside an image (a badge, not a page of articles)', () => {
    expect(over(VALID_BOX).image?.url).toMatch(/banner\.jpg$/);
    expect(over(VALID_BOX + VALID_BOX.replace('ok.htm', 'ok2.htm')).image?.url).toMatch(/page\.jpg$/);
  });

  it('SVG polygons without a viewBox are in the SVG element’s stated size', () => {
    const doc = htmlDoc('<div><img src="p.jpg"><svg width="400" height="600"><polygon points="0,0 40,0 40,60" data-href="c.htm"></polygon><polygon points="1,1 2,2"></polygon></svg></div>');
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.regions.map((r) => r.box)).toEqual([[0, 0, 120, 180]]);
    expect(d.warnings.join('\n')).toMatch(/SVG polygon 2: skipped, it has fewer than 3 points/);
  });
});

describe('hotspot limit', () => {
  it(`keeps the first ${MAX_REGIONS} hotspots with a note, and the panel accepts the result`, () => {
    const areas = Array.from({ length: MAX_REGIONS + 20 }, (_, i) => `<area coords="${i % 40},${Math.floor(i / 40)},${(i % 40) + 1},${Math.floor(i / 40) + 1}">`).join('');
    const d = detectPage(htmlDoc(`<img src="p.jpg" usemap="#m" width="400" height="600"><map name="m">${areas}</map>`), URL_, { naturalSize: natural });
    expect(d.regions).toHaveLength(MAX_REGIONS);
    expect(d.warnings).toContain(`the page has ${MAX_REGIONS + 20} hotspots: kept the first ${MAX_REGIONS}, the other 20 are not read`);
    expect(parseDetectorReply({ ok: true, detection: JSON.parse(JSON.stringify(d)) }).regions).toHaveLength(MAX_REGIONS);
  });
});

describe('URLs of saved copies', () => {
  it.each([
    ['//img.example.cn/p.jpg', 'file:///home/me/page.htm', 'https://img.example.cn/p.jpg'],
    ['/pic/p.jpg', 'file:///home/me/page.htm', undefined],
    ['../pic/p.jpg', 'file:///home/me/x/page.htm', 'file:///home/me/pic/p.jpg'],
    ['//img.example.cn/p.jpg', 'http://e.example.cn/a.htm', 'http://img.example.cn/p.jpg'],
    ['/pic/p.jpg', 'http://e.example.cn/html/a.htm', 'http://e.example.cn/pic/p.jpg'],
    // A remote page never reaches local files; a saved copy may reference the files beside it.
    ['file:///etc/passwd', 'http://e.example.cn/html/a.htm', undefined],
    ['FILE:///C:/Users/me/p.jpg', 'https://e.example.cn/a.htm', undefined],
    ['file:///home/me/pic/p.jpg', 'file:///home/me/page.htm', 'file:///home/me/pic/p.jpg'],
    ['javascript:show(1)', 'http://e.example.cn/a.htm', undefined],
  ])('%s on %s → %s', (href, base, url) => {
    expect(resolveUrl(href, base)).toBe(url);
  });

  it('a remote page whose image is a local file has no page image (the file is never read)', () => {
    const d = detectPage(htmlDoc('<img src="file:///etc/passwd" width="400" height="600">'), 'http://e.example.cn/html/a.htm');
    expect(d.image).toBeNull();
  });

  it('a root-relative image on a copy of unknown address is no image, and the warning says why', () => {
    const d = detectPage(htmlDoc('<img src="/pic/p.jpg" width="400" height="600">'), 'file:///home/me/page.htm');
    expect(d.image).toBeNull();
    expect(d.warnings.join('\n')).toMatch(/"\/pic\/p\.jpg" is relative to a site whose address is unknown/);
  });
});
