import { describe, expect, it } from 'vitest';
import { detectPage, mapToRegions, parseCoordList } from '../../lib/detect';
import { htmlDoc } from './parse-html';

const PAGE = 'https://epaper.example.cn/html/page.htm';

/** Regions of a page whose image is shown at `display` and whose file is `natural`. */
function detect(areas: string, display = 'width="400" height="600"', natural = { width: 1200, height: 1800 }) {
  const doc = htmlDoc(`<img src="p.jpg" usemap="#m" ${display}><map name="m">${areas}</map>`);
  return detectPage(doc, PAGE, { naturalSize: natural });
}

describe('parseCoordList', () => {
  it.each([
    ['10,20,30,40', [10, 20, 30, 40], []],
    ['10, 20 ,30 ,40', [10, 20, 30, 40], []],
    ['10 20\t30\n40', [10, 20, 30, 40], []],
    ['10;20;30;40;', [10, 20, 30, 40], []],
    ['10.5,20.25,-3,4e1', [10.5, 20.25, -3, 40], []],
    ['10px,20px,abc,30', [10, 20, 30], ['abc']],
    ['', [], []],
  ])('reads %j', (coords, values, garbage) => {
    expect(parseCoordList(coords)).toEqual({ values, garbage });
  });
});

describe('hotspots scaled from the displayed frame to natural pixels (×3)', () => {
  it.each([
    ['rect', '<area shape="rect" coords="10,20,110,220">', [30, 60, 330, 660]],
    ['rect with reversed corners', '<area shape="rect" coords="110,220,10,20">', [30, 60, 330, 660]],
    ['rect without shape attribute', '<area coords="10,20,110,220">', [30, 60, 330, 660]],
    ['rectangle alias', '<area shape="rectangle" coords="10,20,110,220">', [30, 60, 330, 660]],
    ['poly', '<area shape="poly" coords="10,20,110,20,110,220,10,220">', [30, 60, 330, 660]],
    ['polygon alias, L-shaped', '<area shape="polygon" coords="0,0,200,0,200,100,100,100,100,300,0,300">', [0, 0, 600, 900]],
    ['fractional coords', '<area shape="rect" coords="10.5,20.5,110.25,220.75">', [31, 61, 331, 663]],
    ['upper-case tags and attributes', '<AREA SHAPE="RECT" COORDS="10,20,110,220">', [30, 60, 330, 660]],
    ['negative corner clamped to 0', '<area shape="rect" coords="-50,-10,110,220">', [0, 0, 330, 660]],
    ['corner outside the image clamped', '<area shape="rect" coords="300,500,900,900">', [900, 1500, 1200, 1800]],
    ['semicolon garbage', '<area shape="rect" coords="10;20; 110 ;220;">', [30, 60, 330, 660]],
  ])('%s', (_name, area, box) => {
    const { regions } = detect(area);
    expect(regions).toHaveLength(1);
    expect(regions[0].box).toEqual(box);
  });

  it('turns a circle into a polygon whose box is the scaled circle', () => {
    const { regions } = detect('<area shape="circle" coords="100,100,50">');
    expect(regions[0].shape).toBe('circle');
    expect(regions[0].polygon.length).toBeGreaterThanOrEqual(16);
    expect(regions[0].box).toEqual([150, 150, 450, 450]);
    for (const [x, y] of regions[0].polygon) expect(Math.hypot(x - 300, y - 300)).toBeCloseTo(150, 0);
  });

  it('scales x and y separately when the display stretches the image', () => {
    const { regions } = detect('<area shape="rect" coords="10,10,20,20">', 'width="400" height="900"');
    expect(regions[0].box).toEqual([30, 20, 60, 40]);
  });

  it('takes the displayed size from inline style pixels, keeping aspect when only the width is given', () => {
    const { regions } = detect('<area shape="rect" coords="10,10,20,20">', 'style="border:0; width: 600px"');
    expect(regions[0].box).toEqual([20, 20, 40, 40]);
  });

  it('prefers the live layout size the caller injects over markup', () => {
    const doc = htmlDoc('<img src="p.jpg" usemap="#m" width="400"><map name="m"><area coords="10,10,20,20"></map>');
    const { regions } = detectPage(doc, PAGE, { naturalSize: { width: 1200, height: 1800 }, displaySize: () => ({ width: 200, height: 300 }) });
    expect(regions[0].box).toEqual([60, 60, 120, 120]);
  });
});

describe('unusable areas are skipped with a warning', () => {
  it.each([
    ['rect with 3 coords', '<area shape="rect" coords="1,2,3">', /needs 4 coords but has 3/],
    ['polygon with 2 points', '<area shape="poly" coords="1,2,3,4">', /needs 6 coords but has 4/],
    ['circle without radius', '<area shape="circle" coords="1,2">', /needs 3 coords/],
    ['circle with zero radius', '<area shape="circle" coords="1,2,0">', /radius 0 is not positive/],
    ['unknown shape', '<area shape="star" coords="1,2,3,4">', /unknown shape "star"/],
    ['empty rect', '<area shape="rect" coords="5,5,5,50">', /no area inside the image/],
    ['entirely outside the image', '<area shape="rect" coords="500,700,600,800">', /no area inside the image/],
  ])('%s', (_name, bad, warning) => {
    const { regions, warnings } = detect(`${bad}<area shape="rect" coords="0,0,10,10" href="a.htm">`);
    expect(regions.map((r) => r.box)).toEqual([[0, 0, 30, 30]]);
    expect(regions[0].id).toBe('a0');
    expect(warnings.join('\n')).toMatch(warning);
  });

  it('ignores the default area and reports non-numeric tokens', () => {
    const { regions, warnings } = detect('<area shape="default" href="x.htm"><area coords="1,1,x9,10,10">');
    expect(regions).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/non-numeric coords "x9"/);
  });

  it('drops the odd last coordinate of a polygon and says so', () => {
    const { regions, warnings } = detect('<area shape="poly" coords="0,0,10,0,10,10,7">');
    expect(regions[0].polygon).toHaveLength(3);
    expect(warnings.join('\n')).toMatch(/odd number of coords/);
  });
});

describe('links and titles', () => {
  it('resolves hrefs against <base> and keeps title or alt', () => {
    const doc = htmlDoc(`<html><head><base href="https://paper.example.cn/html/2022-10/24/"></head><body>
      <img src="../../../images/p.jpg" usemap="#m"><map name="m">
      <area coords="0,0,10,10" href="content_1.htm" title=" 头条标题 ">
      <area coords="0,0,10,10" href="/abs/content_2.htm" alt="Alt headline">
      <area coords="0,0,10,10" href="javascript:void(0)"></map></body></html>`);
    const { regions, image } = detectPage(doc, 'https://other.example.cn/x.htm', { naturalSize: { width: 100, height: 100 } });
    expect(image?.url).toBe('https://paper.example.cn/images/p.jpg');
    expect(regions.map((r) => [r.href, r.title])).toEqual([
      ['https://paper.example.cn/html/2022-10/24/content_1.htm', '头条标题'],
      ['https://paper.example.cn/abs/content_2.htm', 'Alt headline'],
      [undefined, undefined],
    ]);
  });

  it('mapToRegions numbers regions in document order', () => {
    const map = htmlDoc('<map name="m"><area coords="0,0,5,5"><area coords="5,5,9,9"></map>').querySelector('map')!;
    const { regions } = mapToRegions(map, { scaleX: 2, scaleY: 2, baseUrl: PAGE });
    expect(regions.map((r) => [r.id, r.box])).toEqual([['a0', [0, 0, 10, 10]], ['a1', [10, 10, 18, 18]]]);
  });
});
