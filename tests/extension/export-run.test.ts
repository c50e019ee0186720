/**
 * The export dialog's browser side (entrypoints/sidepanel/export-run.ts) against WXT's fakeBrowser:
 * what reaches `browser.downloads.download` (sanitised names in the epaper-md/ folder, the bytes of each
 * file, the zip's entries), the remembered per-article/page choice, and failures passed on to the panel.
 * fakeBrowser has no downloads API, so `download` is a spy; the Blob behind each URL is kept to read back.
 */
import { strFromU8, unzipSync } from 'fflate';
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentJson, pageFileBase } from '../../lib/export';
import { rgbaRaster } from '../../lib/image';
import type { EpaperDocument } from '../../lib/model/document';
import { EXPORT_FOLDER, copyPageMarkdown, downloadCitation, downloadJson, downloadMarkdown, downloadZip, loadExportPer, saveExportPer } from '../../entrypoints/sidepanel/export-run';

const pageRaster = vi.hoisted(() => ({ load: vi.fn() }));
vi.mock('../../entrypoints/sidepanel/page-access', () => ({ loadPageRaster: pageRaster.load }));


/** A page whose facts are hostile to file systems: separators, reserved characters, a `..` path. */
function hostileDoc(): EpaperDocument {
  return {
    schema: 1,
    meta: { newspaper: '../江岚:日报', date: '2024-05-16', pageNumber: '03', pageName: '要闻<>|', imageUrl: 'http://127.0.0.1:8000/page.jpg', imageSize: { width: 40, height: 30 } },
    articles: [
      { id: 'a1', blocks: [{ id: 'b1', role: 'headline', text: '标题/含*斜杠?', raw: '', source: { bbox: [2, 2, 20, 10] } }, { id: 'b2', role: 'paragraph', text: '正文。', raw: '' }] },
      { id: 'a2', blocks: [{ id: 'c1', role: 'headline', text: 'CON', raw: '' }] },
    ],
  };
}

const RESERVED = /[\\:*?"<>|]/;
let blobs: Map<string, Blob>;
let download: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  vi.stubGlobal('browser', fakeBrowser);
  blobs = new Map();
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    const url = `blob:test/${blobs.size + 1}`;
    blobs.set(url, b as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  download = vi.fn(async () => 1);
  fakeBrowser.downloads.download = download as unknown as typeof fakeBrowser.downloads.download;
  pageRaster.load.mockReset();
});

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

type DownloadCall = { url: string; filename: string; saveAs: boolean; conflictAction: string };
const calls = (): DownloadCall[] => download.mock.calls.map((c) => c[0] as DownloadCall);
const bytesOf = async (c: DownloadCall) => new Uint8Array(await blobs.get(c.url)!.arrayBuffer());
const textOf = async (c: DownloadCall) => new TextDecoder().decode(await bytesOf(c));

describe('the remembered choice', () => {
  it('round-trips through storage.local and falls back to per article for anything else', async () => {
    expect(await loadExportPer()).toBe('article');
    await saveExportPer('both');
    expect(await loadExportPer()).toBe('both');
    await fakeBrowser.storage.local.set({ exportPer: 'every-line' });
    expect(await loadExportPer()).toBe('article');
  });
});

describe('downloads', () => {
  it('saves each Markdown file under epaper-md/ with a sanitised name, its unreviewed count, and save-as as chosen', async () => {
    const paths = await downloadMarkdown(hostileDoc(), { per: 'both', saveAs: true, unreviewedByArticle: { a1: 2 } });
    expect(calls().map((c) => c.filename)).toEqual(paths);
    expect(paths).toHaveLength(3);
    for (const c of calls()) {
      expect(c.filename.startsWith(`${EXPORT_FOLDER}/`)).toBe(true);
      const name = c.filename.slice(EXPORT_FOLDER.length + 1);
      expect(name).not.toMatch(RESERVED);
      expect(name).not.toContain('/');
      expect(name).not.toMatch(/^\.|\.\./);
      expect(c).toMatchObject({ saveAs: true, conflictAction: 'uniquify' });
    }
    expect(paths[0]).toBe(`${EXPORT_FOLDER}/${pageFileBase(hostileDoc())}.md`);
    expect(paths[2]).toMatch(/-_CON\.md$/); // a reserved device name is never a file name on its own
    const texts = await Promise.all(calls().map(textOf));
    expect(texts.map((t) => /unreviewed_suggestions: (\d+)/.exec(t)?.[1])).toEqual(['2', '2', '0']);
    expect(texts[1]).toContain('# 标题/含\\*斜杠?');
  });

  it('saves the page zip with the Markdown files and the document JSON', async () => {
    const doc = hostileDoc();
    const path = await downloadZip(doc, { per: 'article', saveAs: false, unreviewedByArticle: {} });
    expect(path).toBe(`${EXPORT_FOLDER}/${pageFileBase(doc)}.zip`);
    expect(calls()).toHaveLength(1);
    expect(calls()[0]).toMatchObject({ filename: path, saveAs: false });
    const entries = unzipSync(await bytesOf(calls()[0]));
    const names = Object.keys(entries);
    expect(names.filter((n) => n.endsWith('.md'))).toHaveLength(2);
    expect(names.every((n) => !RESERVED.test(n) && !n.includes('/'))).toBe(true);
    expect(strFromU8(entries[`${pageFileBase(doc)}.json`])).toBe(documentJson(doc));
    expect(pageRaster.load).not.toHaveBeenCalled(); // images not asked for: the page image is not read
  });

  it('adds each article image to the zip when asked, read from the page image URL', async () => {
    pageRaster.load.mockResolvedValue(rgbaRaster(40, 30, new Uint8ClampedArray(40 * 30 * 4).fill(200)));
    await downloadZip(hostileDoc(), { per: 'page', saveAs: false, unreviewedByArticle: {} }, true);
    expect(pageRaster.load).toHaveBeenCalledWith('http://127.0.0.1:8000/page.jpg');
    const names = Object.keys(unzipSync(await bytesOf(calls()[0])));
    // Only the first article has boxes on the page; the second (no source) has no image.
    expect(names.filter((n) => n.startsWith('images/'))).toHaveLength(1);
    expect(names.find((n) => n.startsWith('images/'))).toMatch(/\.png$/);
  });

  it('saves the document JSON alone, as documentJson writes it', async () => {
    const doc = hostileDoc();
    const path = await downloadJson(doc, false);
    expect(path).toBe(`${EXPORT_FOLDER}/${pageFileBase(doc)}.json`);
    expect(await textOf(calls()[0])).toBe(documentJson(doc));
    expect(blobs.get(calls()[0].url)!.type).toBe('application/json');
  });

  it('saves the citations of the page as CSL-JSON or RIS, named like the page file', async () => {
    const doc = hostileDoc();
    expect(await downloadCitation(doc, 'csl', false)).toBe(`${EXPORT_FOLDER}/${pageFileBase(doc)}.csl.json`);
    expect(JSON.parse(await textOf(calls()[0]))).toMatchObject([{ type: 'article-newspaper', title: '标题/含*斜杠?' }, { title: 'CON' }]);
    expect(await downloadCitation(doc, 'ris', false)).toBe(`${EXPORT_FOLDER}/${pageFileBase(doc)}.ris`);
    expect(await textOf(calls()[1])).toMatch(/^TY {2}- NEWS\r\nTI {2}- 标题\/含\*斜杠\?\r\n/);
    expect(blobs.get(calls()[1].url)!.type).toBe('application/x-research-info-systems');
  });

  it('copies the page Markdown with the page\'s unreviewed count', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    vi.stubGlobal('navigator', { clipboard: { writeText } });
    await copyPageMarkdown(hostileDoc(), { unreviewedByArticle: { a1: 2, a2: 3 } });
    expect(writeText.mock.calls[0][0]).toMatch(/unreviewed_suggestions: 5/);
  });
});

describe('failures reach the panel', () => {
  it('a refused download rejects with its error and stops the files after it', async () => {
    download.mockRejectedValueOnce(new Error('Invalid filename'));
    await expect(downloadMarkdown(hostileDoc(), { per: 'article', saveAs: false, unreviewedByArticle: {} })).rejects.toThrow('Invalid filename');
    expect(download).toHaveBeenCalledTimes(1);
  });

  it('an unreadable page image rejects the zip before anything is downloaded', async () => {
    pageRaster.load.mockRejectedValue(new Error('cannot read the page image'));
    await expect(downloadZip(hostileDoc(), { per: 'page', saveAs: false, unreviewedByArticle: {} }, true)).rejects.toThrow('cannot read the page image');
    expect(download).not.toHaveBeenCalled();
  });

  it('a page image of another size than the document\'s is refused, not cropped wrongly', async () => {
    pageRaster.load.mockResolvedValue(rgbaRaster(10, 10, new Uint8ClampedArray(400)));
    await expect(downloadZip(hostileDoc(), { per: 'page', saveAs: false, unreviewedByArticle: {} }, true)).rejects.toThrow(/10×10/);
    expect(download).not.toHaveBeenCalled();
  });
});
