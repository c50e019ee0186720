import { describe, expect, it } from 'vitest';
import { detectPage, liveEnv } from '../../lib/detect';
import { htmlDoc } from './parse-html';

const URL_ = 'https://e.example.cn/html/2022-10/24/node_2.htm';
const natural = { width: 800, height: 1200 };

describe('choosing the page image', () => {
  it('takes the usemap image whose map exists over a bigger image', () => {
    const doc = htmlDoc(`<img src="banner.jpg" width="1000" height="300">
      <img src="broken.jpg" usemap="#missing" width="400" height="600">
      <img src="page.jpg" usemap="#pm" width="400" height="600"><map name="pm"><area coords="0,0,40,60"></map>`);
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.image?.url).toBe('https://e.example.cn/html/2022-10/24/page.jpg');
    expect(d.regions.map((r) => r.box)).toEqual([[0, 0, 80, 120]]);
  });

  it('matches the map name caselessly and by id when the template differs', () => {
    const doc = htmlDoc('<img src="page.jpg" usemap="#PAGEMAP" width="400" height="600"><map id="PageMap"><area coords="0,0,40,60"></map>');
    expect(detectPage(doc, URL_, { naturalSize: natural }).regions).toHaveLength(1);
  });

  it('falls back to the largest visible image and covers it with one whole region', () => {
    const doc = htmlDoc(`<img src="logo.png" width="90" height="40"><img src="hidden.jpg" style="display:none" width="2000" height="3000">
      <img src="small.jpg" width="200" height="300"><img src="big.jpg" style="width:500px;height:750px">`);
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.image?.url).toMatch(/big\.jpg$/);
    expect(d.regions).toEqual([{ id: 'whole', shape: 'whole', polygon: [[0, 0], [800, 0], [800, 1200], [0, 1200]], box: [0, 0, 800, 1200] }]);
  });

  it('uses the live layout size to pick the largest image', () => {
    const doc = htmlDoc('<img src="a.jpg"><img src="b.jpg">');
    const sizes: Record<string, { width: number; height: number }> = { 'a.jpg': { width: 300, height: 300 }, 'b.jpg': { width: 600, height: 900 } };
    const d = detectPage(doc, URL_, { displaySize: (img) => sizes[img.getAttribute('src')!] });
    expect(d.image).toMatchObject({ url: expect.stringMatching(/b\.jpg$/), displayWidth: 600, displayHeight: 900 });
    expect(d.regions[0].box).toEqual([0, 0, 600, 900]);
  });

  it('returns image null when the page has no image worth reading', () => {
    const d = detectPage(htmlDoc('<img src="icon.gif" width="16" height="16"><img src="b.gif" width="20" height="20"><p>第02版：要闻</p>'), URL_);
    expect(d.image).toBeNull();
    expect(d.regions).toEqual([]);
    expect(d.warnings).toContain('no page image found');
    expect(d.meta).toMatchObject({ date: '2022-10-24', pageNumber: '02' });
  });

  it('uses the whole image when every hotspot is unusable, and says so', () => {
    const doc = htmlDoc('<img src="p.jpg" usemap="#m" width="400" height="600"><map name="m"><area coords="1,2"></map>');
    const d = detectPage(doc, URL_, { naturalSize: natural });
    expect(d.regions.map((r) => r.id)).toEqual(['whole']);
    expect(d.warnings.join('\n')).toMatch(/no usable hotspots/);
  });

  it('keeps regions in displayed pixels when the file size is unknown, and warns', () => {
    const doc = htmlDoc('<img src="p.jpg" usemap="#m" width="400" height="600"><map name="m"><area coords="10,10,500,50"></map>');
    const d = detectPage(doc, URL_);
    expect(d.regions[0].box).toEqual([10, 10, 400, 50]);
    expect(d.warnings).toContain('image file size unknown: regions are in displayed pixels');
    expect(d.image?.naturalWidth).toBeUndefined();
  });

  it('warns when the displayed aspect ratio does not match the file', () => {
    const doc = htmlDoc('<img src="p.jpg" usemap="#m" width="400" height="400"><map name="m"><area coords="0,0,10,10"></map>');
    expect(detectPage(doc, URL_, { naturalSize: natural }).warnings.join('\n')).toMatch(/another aspect ratio/);
  });
});

describe('live page sizes (content script)', () => {
  /** Gives a parsed element the layout properties a browser image has. */
  function laidOut(img: Element, props: { width: number; height: number; naturalWidth: number; naturalHeight: number }) {
    for (const [key, value] of Object.entries(props)) Object.defineProperty(img, key, { value, configurable: true });
  }

  it('scales by the rendered size and the loaded natural size of the chosen image', () => {
    const doc = htmlDoc('<img src="page.jpg" usemap="#m" width="999"><map name="m"><area coords="10,10,20,20"></map>');
    laidOut(doc.querySelector('img')!, { width: 400, height: 600, naturalWidth: 1600, naturalHeight: 2400 });
    const d = detectPage(doc, URL_, liveEnv);
    expect(d.image).toMatchObject({ displayWidth: 400, displayHeight: 600, naturalWidth: 1600, naturalHeight: 2400 });
    expect(d.regions[0].box).toEqual([40, 40, 80, 80]);
  });

  it('falls back to markup while the image is not laid out or loaded', () => {
    const doc = htmlDoc('<img src="page.jpg" usemap="#m" width="400" height="600"><map name="m"><area coords="10,10,20,20"></map>');
    laidOut(doc.querySelector('img')!, { width: 0, height: 0, naturalWidth: 0, naturalHeight: 0 });
    const d = detectPage(doc, URL_, liveEnv);
    expect(d.regions[0].box).toEqual([10, 10, 20, 20]);
    expect(d.warnings).toContain('image file size unknown: regions are in displayed pixels');
  });
});
