import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage, savedFromUrl } from '../../cli/page-source';

/** A 1200×1800 page image: 3× the 400×600 frame the HTML below displays it at. */
const pageImage = () => sharp({ create: { width: 1200, height: 1800, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer();

const pageHtml = (imageSrc: string) => `<!doctype html><html><head><meta charset="utf-8"><title>测试日报-第02版：新闻</title></head><body>
  <img src="${imageSrc}" usemap="#PagePicMap" width="400" height="600">
  <map name="PagePicMap"><area shape="rect" coords="10,20,110,220" href="content_1.htm"><area shape="circle" coords="200,300,50"></map>
  </body></html>`;

let dir: string;
let image: Buffer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'epaper-detect-'));
  image = await pageImage();
  await mkdir(join(dir, 'html/2022-10/24'), { recursive: true });
  await mkdir(join(dir, 'images'), { recursive: true });
  await writeFile(join(dir, 'images/page.jpg'), image);
  await writeFile(join(dir, 'html/2022-10/24/node_2.htm'), pageHtml('../../../images/page.jpg'));
  await writeFile(join(dir, 'html/2022-10/24/no-image.htm'), '<html><body><p>nothing here</p></body></html>');
  await writeFile(join(dir, 'html/2022-10/24/missing-image.htm'), pageHtml('nope.jpg'));
  await writeFile(join(dir, 'notes.txt'), 'just words');
  await writeFile(join(dir, 'html/2022-10/24/protocol-relative.htm'), pageHtml('//img.invalid/pics/page.jpg'));
  await writeFile(join(dir, 'html/2022-10/24/root-relative.htm'), pageHtml('/images/page.jpg'));
  await writeFile(join(dir, 'html/2022-10/24/bad-area.htm'), pageHtml('../../../images/page.jpg').replace('</map>', '<area shape="star" coords="1,2,3"></map>'));
  // GB2312-declared page: "第03版：要闻" and the title "新闻" as GBK bytes.
  const gbk = (hex: string) => Buffer.from(hex, 'hex');
  await writeFile(join(dir, 'html/2022-10/24/gbk.htm'), Buffer.concat([
    Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>'), gbk('d0c2cec5'),
    Buffer.from('</title></head><body><p>'), gbk('b5da3033b0e6a3bad2aacec5'), Buffer.from('</p><img src="../../../images/page.jpg" width="400" height="600"></body></html>'),
  ]));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadPage on files', () => {
  it('reads a saved HTML page, its image relative to the file, and scales the hotspots', async () => {
    const { detection, image: bytes } = await loadPage(join(dir, 'html/2022-10/24/node_2.htm'));
    expect(bytes.equals(image)).toBe(true);
    expect(detection.meta).toMatchObject({ newspaper: '测试日报', date: '2022-10-24', pageNumber: '02', pageName: '新闻', imageSize: { width: 1200, height: 1800 } });
    expect(detection.regions.map((r) => [r.shape, r.box])).toEqual([['rect', [30, 60, 330, 660]], ['circle', [450, 750, 750, 1050]]]);
    expect(detection.regions[0].href).toMatch(/^file:\/\/.*\/html\/2022-10\/24\/content_1\.htm$/);
  });

  it('decodes a GB2312 page', async () => {
    const { detection } = await loadPage(join(dir, 'html/2022-10/24/gbk.htm'));
    expect(detection.meta).toMatchObject({ pageNumber: '03', pageName: '要闻' });
    expect(detection.regions.map((r) => r.id)).toEqual(['whole']);
  });

  it('reads a bare image file as one whole region', async () => {
    const { detection, image: bytes } = await loadPage(join(dir, 'images/page.jpg'));
    expect(bytes.length).toBe(image.length);
    expect(detection.adapter).toBe('image-file');
    expect(detection.regions).toEqual([{ id: 'whole', shape: 'whole', polygon: [[0, 0], [1200, 0], [1200, 1800], [0, 1800]], box: [0, 0, 1200, 1800] }]);
  });

  it.each([
    ['a missing file', 'does-not-exist.htm', /file not found: .*does-not-exist\.htm/],
    ['a page without image', 'html/2022-10/24/no-image.htm', /no page image found on .*no-image\.htm/],
    ['a page whose image is missing', 'html/2022-10/24/missing-image.htm', /page image of .*missing-image\.htm: file not found: .*nope\.jpg/],
    ['a file that is neither', 'notes.txt', /notes\.txt is not an image/],
  ])('explains %s', async (_name, path, message) => {
    await expect(loadPage(join(dir, path))).rejects.toThrow(message);
  });
});

describe('saved copies', () => {
  it('reads the address a browser writes into a saved page', () => {
    expect(savedFromUrl('<!-- saved from url=(0064)http://epaper.jxnews.com.cn/jxrb/html/2017-10/09/node_188.htm -->\n<html>')).toBe(
      'http://epaper.jxnews.com.cn/jxrb/html/2017-10/09/node_188.htm',
    );
    expect(savedFromUrl('<html><!-- saved from nowhere --></html>')).toBeUndefined();
  });

  it('a // image link is fetched over https, never read as a file: URL', async () => {
    await expect(loadPage(join(dir, 'html/2022-10/24/protocol-relative.htm'), { onWarning: () => {} })).rejects.toThrow(/cannot fetch https:\/\/img\.invalid\/pics\/page\.jpg/);
  });

  it('a root-relative image needs the page address: without --url it says so, with --url the copy’s own file is used', async () => {
    const path = join(dir, 'html/2022-10/24/root-relative.htm');
    await expect(loadPage(path)).rejects.toThrow(/no page image found .*relative to a site whose address is unknown.*: pass --url/);
    const { detection } = await loadPage(path, { url: 'http://paper.example.cn/html/2022-10/24/node_2.htm', onWarning: () => {} });
    expect(detection.image?.url).toBe('http://paper.example.cn/images/page.jpg');
    expect(detection.regions[0]).toMatchObject({ box: [30, 60, 330, 660], href: 'http://paper.example.cn/html/2022-10/24/content_1.htm' });
  });

  it('refuses a --url that is not an http(s) address', async () => {
    await expect(loadPage(join(dir, 'html/2022-10/24/node_2.htm'), { url: 'file:///etc/x' })).rejects.toThrow(/--url must be an http\(s\) address/);
  });

  it('hands the detector’s warnings to the caller (stderr in the CLI)', async () => {
    const warnings: string[] = [];
    await loadPage(join(dir, 'html/2022-10/24/bad-area.htm'), { onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual(['area 3: skipped, unknown shape "star"']);
  });
});

describe('loadPage over http (image on a second host)', () => {
  let pageServer: Server;
  let imageServer: Server;
  let pageBase = '';
  let imageBase = '';

  const listen = (server: Server) =>
    new Promise<string>((done) => server.listen(0, '127.0.0.1', () => done(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)));

  beforeAll(async () => {
    imageServer = createServer((req, res) => {
      if (req.url === '/pics/page.jpg') res.writeHead(200, { 'content-type': 'image/jpeg' }).end(image);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('no');
    });
    imageBase = await listen(imageServer);
    pageServer = createServer((req, res) => {
      if (req.url === '/html/2022-10/24/node_2.htm') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml(`${imageBase}/pics/page.jpg`));
      else if (req.url === '/broken.htm') res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml(`${imageBase}/pics/gone.jpg`));
      else res.writeHead(404).end();
    });
    pageBase = await listen(pageServer);
  });

  afterAll(async () => {
    await Promise.all([pageServer, imageServer].map((s) => new Promise((done) => s.close(done))));
  });

  it('fetches the page, then the image from the other host', async () => {
    const { detection, image: bytes } = await loadPage(`${pageBase}/html/2022-10/24/node_2.htm`);
    expect(bytes.equals(image)).toBe(true);
    expect(detection.meta.imageUrl).toBe(`${imageBase}/pics/page.jpg`);
    expect(detection.regions[0]).toMatchObject({ box: [30, 60, 330, 660], href: `${pageBase}/html/2022-10/24/content_1.htm` });
  });

  it('reads an image URL as one whole region', async () => {
    const { detection } = await loadPage(`${imageBase}/pics/page.jpg`);
    expect(detection.regions.map((r) => r.box)).toEqual([[0, 0, 1200, 1800]]);
  });

  it.each([
    ['a missing page', '/nothing.htm', /HTTP 404/],
    ['a missing image', '/broken.htm', /page image of .*: cannot fetch http:\/\/127\.0\.0\.1:\d+\/pics\/gone\.jpg: HTTP 404/],
  ])('reports %s with the HTTP status', async (_name, path, message) => {
    await expect(loadPage(`${pageBase}${path}`)).rejects.toThrow(message);
  });

  it('reports a host that does not answer', async () => {
    const closed = createServer();
    const base = await listen(closed);
    await new Promise((done) => closed.close(done));
    await expect(loadPage(`${base}/x.htm`)).rejects.toThrow(/cannot fetch .*ECONNREFUSED/);
  });
});
