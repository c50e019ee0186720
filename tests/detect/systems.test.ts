/**
 * Every e-paper system fixture (fixtures/systems/, evidence in each file's top comment) is detected live —
 * the DOM and sizes a content script sees — and saved — the file through the CLI's loadPage — with the
 * truth's image, every hotspot box (±1 px), links, titles and metadata; live and saved give the same boxes.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPage } from '../../cli/page-source';
import { detectPage } from '../../lib/detect';
import type { BBox } from '../../lib/model/document';
import { fixtureHtml, liveDom, systemTruths, type SystemTruth } from './systems';

const TRUTHS = systemTruths();
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'epaper-systems-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function expectBoxes(actual: BBox[], expected: BBox[]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((box, i) => box.forEach((v, k) => expect(Math.abs(v - expected[i][k]), `region ${i} box ${JSON.stringify(box)} vs ${JSON.stringify(expected[i])}`).toBeLessThanOrEqual(1)));
}

/** Writes the copy, its image and side files into a folder of its own; returns the copy's path. */
async function writeSavedCopy(truth: SystemTruth): Promise<string> {
  const root = join(dir, truth.id);
  const write = async (path: string, data: string | Buffer) => {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), data);
  };
  await write(truth.saved.path, fixtureHtml(truth));
  const { width, height } = truth.natural;
  await write(truth.saved.image, await sharp({ create: { width, height, channels: 3, background: '#f4f1e8' } }).jpeg().toBuffer());
  for (const [path, text] of Object.entries(truth.saved.files ?? {})) await write(path, text);
  return join(root, truth.saved.path);
}

describe.each(TRUTHS.map((t) => [t.system, t] as const))('%s', (_name, truth) => {
  it('live: the page image, every hotspot and the metadata', () => {
    const { doc, env } = liveDom(truth);
    const d = detectPage(doc, truth.url, env);
    expect(d.adapter).toBe(truth.adapter);
    expect(d.image?.url).toBe(truth.image);
    expectBoxes(d.regions.map((r) => r.box), truth.regions.map((r) => r.box));
    expect(d.regions.map((r) => [r.href, r.title])).toEqual(truth.regions.map((r) => [r.href, r.title]));
    expect(d.meta).toEqual({ url: truth.url, imageUrl: truth.image, imageSize: truth.natural, ...truth.meta });
    if (truth.warning) expect(d.warnings.join('\n')).toContain(truth.warning);
  });

  it('saved: the CLI reads the copy to the same boxes', async () => {
    const warnings: string[] = [];
    const { detection: d } = await loadPage(await writeSavedCopy(truth), { url: truth.saved.url, onWarning: (w) => warnings.push(w) });
    expect(warnings).toEqual(d.warnings);
    if (truth.saved.needsBrowser) {
      expect(d.regions.map((r) => r.id)).toEqual(['whole']);
      expect(d.warnings.join('\n')).toMatch(/builds its hotspots with script, open it in the browser/);
      return;
    }
    expect(d.adapter).toBe(truth.adapter);
    expectBoxes(d.regions.map((r) => r.box), truth.regions.map((r) => r.box));
    expect(d.regions.map((r) => r.title)).toEqual(truth.regions.map((r) => r.title));
    if (truth.saved.addressKnown === false) {
      const { pdfUrl, ...rest } = truth.meta;
      expect(d.meta).toMatchObject(rest);
      if (pdfUrl) expect(d.meta.pdfUrl).toMatch(new RegExp(`^file://.*/${pdfUrl.split('/').pop()!.replace('.', '\\.')}$`));
    } else {
      expect(d.image?.url).toBe(truth.image);
      expect(d.regions.map((r) => r.href)).toEqual(truth.regions.map((r) => r.href));
      expect(d.meta).toMatchObject(truth.meta);
    }
  });
});
