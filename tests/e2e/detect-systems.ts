/**
 * Chromium e2e of the detector on the e-paper system fixtures (tests/detect/fixtures/systems/): each page is
 * opened at 127.0.0.1 under its real path, with the site's own scripts running and real layout; images and
 * stylesheets on any host are answered by request interception (page images at the truth's natural size).
 * The built `detector.js` is injected the way the panel does (scripting.executeScript) and its reply is
 * checked against the truth: page image, every hotspot box (±1 px), page number/name, paper, date.
 * Part of `npm run test:e2e` (Chromium, all pages).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Route } from 'playwright-core';
import sharp from 'sharp';
import type { DetectorReply } from '../../lib/messaging';
import { fixtureHtml, systemTruths, type SystemTruth } from '../detect/systems';

interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  scripting: { executeScript(o: object): Promise<{ result?: unknown }[]> };
}
declare const chrome: WorkerChrome;

const ORIGIN = 'http://127.0.0.1:4599';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export interface SystemResult {
  id: string;
  ok: boolean;
  problems: string[];
  regions: number;
  mechanism: string;
}

/** The fixture page at 127.0.0.1 under the path (and query) it has on its site. */
function localUrl(truth: SystemTruth): string {
  const site = new URL(truth.url);
  return `${ORIGIN}${site.pathname}${site.search}`;
}

export async function chromiumDetectSystems(extDir: string): Promise<SystemResult[]> {
  const profile = await mkdtemp(join(tmpdir(), 'epaper-e2e-detect-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 420, height: 900 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...ARGS],
  });
  const results: SystemResult[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    for (const truth of systemTruths()) {
      const pageUrl = localUrl(truth);
      await context.unrouteAll();
      await context.route('**/*', (route) => answer(route, truth, pageUrl));
      const tab = await context.newPage();
      const problems: string[] = [];
      let regions = 0;
      try {
        await tab.goto(pageUrl);
        const reply = (await worker.evaluate(async (u) => {
          const id = (await chrome.tabs.query({})).find((t) => t.url === u)?.id;
          const [first] = await chrome.scripting.executeScript({ target: { tabId: id }, files: ['/detector.js'] });
          return first?.result;
        }, pageUrl)) as DetectorReply | undefined;
        if (!reply?.ok) problems.push(`detector: ${reply ? reply.error : 'no reply'}`);
        else {
          regions = reply.detection.regions.length;
          problems.push(...compare(truth, reply.detection));
        }
      } catch (err) {
        problems.push(err instanceof Error ? err.message : String(err));
      } finally {
        await tab.close();
      }
      results.push({ id: truth.id, ok: problems.length === 0, problems, regions, mechanism: truth.mechanism });
    }
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
  return results;
}

function compare(truth: SystemTruth, d: Extract<DetectorReply, { ok: true }>['detection']): string[] {
  const problems: string[] = [];
  const path = (u?: string | null) => (u ? new URL(u).pathname : u);
  if (path(d.image?.url) !== path(truth.image)) problems.push(`image ${d.image?.url} ≠ ${truth.image}`);
  if (d.regions.length !== truth.regions.length) problems.push(`${d.regions.length} regions, truth has ${truth.regions.length}`);
  truth.regions.forEach((r, i) => {
    const box = d.regions[i]?.box;
    if (!box || box.some((v, k) => Math.abs(v - r.box[k]) > 1)) problems.push(`region ${i}: ${JSON.stringify(box)} ≠ ${JSON.stringify(r.box)}`);
    if (d.regions[i] && d.regions[i].title !== r.title) problems.push(`region ${i} title ${d.regions[i].title} ≠ ${r.title}`);
  });
  for (const key of ['newspaper', 'date', 'pageNumber', 'pageName'] as const) {
    if (d.meta[key] !== truth.meta[key]) problems.push(`meta.${key} ${d.meta[key]} ≠ ${truth.meta[key]}`);
  }
  return problems;
}

const images = new Map<string, Buffer>();

/** Page HTML for the page URL, generated images for every image, the truth's stylesheets; 404 otherwise. */
async function answer(route: Route, truth: SystemTruth, pageUrl: string): Promise<void> {
  const url = route.request().url();
  if (url === pageUrl) return route.fulfill({ contentType: 'text/html; charset=utf-8', body: fixtureHtml(truth) });
  const file = basename(new URL(url).pathname);
  if (/\.(?:jpe?g)$/i.test(file)) return route.fulfill({ contentType: 'image/jpeg', body: await image(truth.natural.width, truth.natural.height, 'jpeg') });
  if (/\.(?:png|gif)$/i.test(file)) return route.fulfill({ contentType: 'image/png', body: await image(16, 16, 'png') });
  const css = Object.entries(truth.saved.files ?? {}).find(([name]) => basename(name) === file);
  if (css) return route.fulfill({ contentType: 'text/css', body: css[1] });
  return route.fulfill({ status: 404, body: '' });
}

async function image(width: number, height: number, format: 'jpeg' | 'png'): Promise<Buffer> {
  const key = `${width}x${height}.${format}`;
  if (!images.has(key)) {
    const raw = sharp({ create: { width, height, channels: 3, background: '#f4f1e8' } });
    images.set(key, await (format === 'jpeg' ? raw.jpeg() : raw.png()).toBuffer());
  }
  return images.get(key)!;
}
