import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectPage } from '../../lib/detect';
import { htmlDoc } from './parse-html';

const fixture = (name: string) => htmlDoc(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

describe('Founder adapter (html/YYYY-MM/DD/node_N.htm)', () => {
  const url = 'http://epaper.example.cn/jnrb/html/2022-10/24/node_3.htm';
  // The file is 4× the 340×490 the page displays it at.
  const detection = detectPage(fixture('founder-node.htm'), url, { naturalSize: { width: 1360, height: 1960 } });

  it('recognises the page and its metadata', () => {
    expect(detection.adapter).toBe('founder');
    expect(detection.meta).toMatchObject({
      newspaper: '江南日报',
      date: '2022-10-24',
      pageNumber: '03',
      pageName: '要闻',
      pdfUrl: 'http://epaper.example.cn/jnrb/images/2022-10/24/03/jnrb20221024c003.pdf',
      imageUrl: 'http://epaper.example.cn/jnrb/images/2022-10/24/03/jnrb20221024c003_b.jpg',
      imageSize: { width: 1360, height: 1960 },
    });
  });

  it('scales the upper-case polygon hotspots to natural pixels', () => {
    expect(detection.regions.map((r) => [r.id, r.box, r.href])).toEqual([
      ['a0', [20, 40, 1340, 480], 'http://epaper.example.cn/jnrb/html/2022-10/24/content_12345.htm'],
      ['a1', [20, 500, 640, 1920], 'http://epaper.example.cn/jnrb/html/2022-10/24/content_12346.htm'],
      ['a2', [660, 500, 1340, 1920], 'http://epaper.example.cn/jnrb/html/2022-10/24/content_12347.htm'],
    ]);
    expect(detection.regions[0].title).toBe('秋粮收购进度过半');
    expect(detection.regions[2].polygon).toHaveLength(6);
    expect(detection.warnings).toEqual([]);
  });

  it('recognises a saved copy by its markup when the URL is a local file', () => {
    expect(detectPage(fixture('founder-node.htm'), 'file:///home/me/page.htm').adapter).toBe('founder');
  });
});

describe("People's Daily adapter (layout/YYYYMM/DD/node_NN.html)", () => {
  const url = 'https://paper.people.com.cn/rmrb/pc/layout/202210/24/node_01.html';
  // The stylesheet shows the image 400 px wide; the file is 1600×2300 (4×).
  const natural = { width: 1600, height: 2300 };

  it('scales coords from the 400 px frame when the markup gives no size', () => {
    const detection = detectPage(fixture('peoples-daily-node.html'), url, { naturalSize: natural });
    expect(detection.adapter).toBe('peoples-daily');
    expect(detection.image).toMatchObject({ url: 'https://paper.people.com.cn/rmrb/pc/pic/202210/24/a1b2c3d4.jpg', displayWidth: 400, displayHeight: 575 });
    expect(detection.regions.map((r) => r.box)).toEqual([[52, 304, 1548, 904], [52, 920, 796, 2240], [812, 920, 1548, 2240]]);
    expect(detection.regions[0].href).toBe('https://paper.people.com.cn/rmrb/pc/content/202210/24/content_25944690.html');
  });

  it('reads the current page label from .paper-bot, not the page list', () => {
    const { meta } = detectPage(fixture('peoples-daily-node.html'), url, { naturalSize: natural });
    expect(meta).toMatchObject({
      newspaper: '人民日报',
      date: '2022-10-24',
      pageNumber: '01',
      pageName: '要闻',
      pdfUrl: 'https://paper.people.com.cn/rmrb/pc/attachement/202210/24/9f8e7d.pdf',
    });
  });

  it('gives the same regions when the live layout reports the displayed size', () => {
    const live = detectPage(fixture('peoples-daily-node.html'), url, { naturalSize: natural, displaySize: () => ({ width: 400, height: 575 }) });
    const offline = detectPage(fixture('peoples-daily-node.html'), url, { naturalSize: natural });
    expect(live.regions).toEqual(offline.regions);
  });

  it('is recognised on a saved copy by URL shape and markup', () => {
    expect(detectPage(fixture('peoples-daily-node.html'), 'file:///tmp/rmrb/layout/202210/24/node_01.html').adapter).toBe('peoples-daily');
  });

  it('the generic detector alone would take the coords as image pixels and warn', () => {
    const generic = detectPage(fixture('peoples-daily-node.html'), 'https://mirror.example.org/p.html', { naturalSize: natural });
    expect(generic.adapter).toBe('generic');
    expect(generic.regions[0].box).toEqual([13, 76, 387, 226]);
    expect(generic.warnings).toContain('displayed size unknown: hotspot coords taken as image pixels');
  });
});
