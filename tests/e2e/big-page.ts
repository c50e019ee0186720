/**
 * Big page in the panel, Chromium and Firefox: the bench's generated 12000×16000 JPEG (tests/bench/big-page.ts;
 * `--quick`: 6000×8000) on a page of its own, read whole through the panel. Reports the peak resident memory
 * of the extension's process (the panel page and its workers; `ps` every 100 ms), the longest main-thread
 * stall from Start to the article (runOcr fails above MAX_PANEL_STALL_MS), the wall time and how many
 * characters came back; fails if the article is not read.
 * Run: `npm run test:e2e -- --browser chromium|firefox|all --big-page [--quick] [--no-build]`.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, copyFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { makeBigPage } from '../bench/big-page';
import { ROOT } from './build';
import { launchWithExtension } from './chromium';
import { driven, launchFirefoxWithExtension } from './firefox';
import { E2E_ENGINE, MAX_PANEL_STALL_MS } from './check';
import { runOcr, type DrivenPage } from './panel-page';

export interface BigPageReport {
  browser: 'chromium' | 'firefox';
  width: number;
  height: number;
  seconds: number;
  peakPanelMb: number;
  /** Peak of the panel's renderer while the image is fetched, decoded and planned (before any OCR job). */
  peakDecodingMb: number;
  peakAllMb: number;
  stall: { max: number; p95: number };
  characters: number;
}

/** The page as a tiny site: the image shown at 1/20 size, no hotspots, so the panel reads it whole as the CLI bench does. */
async function bigPageSite(width: number, height: number): Promise<string> {
  const dir = resolve(ROOT, '.bench/big-page-site');
  await mkdir(join(dir, 'images'), { recursive: true });
  await copyFile(await makeBigPage(resolve(ROOT, '.bench'), width, height), join(dir, 'images/page.jpg'));
  const [w, h] = [Math.round(width / 20), Math.round(height / 20)];
  await writeFile(
    join(dir, 'page.html'),
    `<!doctype html><meta charset="utf-8"><title>大页报 第01版</title><img src="images/page.jpg" width="${w}" height="${h}">`,
  );
  return dir;
}

/** Resident MB of every browser process under `rootPid`, and of the extension's process among them. */
function memoryOf(rootPid: number, isExtension: (args: string) => boolean): { panel: number; all: number } {
  const rows = execFileSync('ps', ['-e', '-o', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' }).split('\n');
  const procs = rows.map((r) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(r)).filter((m) => m).map((m) => ({ pid: +m![1], ppid: +m![2], rss: +m![3], args: m![4] }));
  const tree = new Set([rootPid]);
  for (let grown = true; grown; ) {
    grown = false;
    for (const p of procs) if (!tree.has(p.pid) && tree.has(p.ppid)) (tree.add(p.pid), (grown = true));
  }
  const mine = procs.filter((p) => tree.has(p.pid));
  const extension = mine.filter((p) => isExtension(p.args));
  // Firefox without out-of-process extensions (its headless default here) runs them in the parent process.
  const panel = extension.length ? extension : mine.filter((p) => p.pid === rootPid);
  return { panel: panel.reduce((n, p) => n + p.rss, 0) / 1024, all: mine.reduce((n, p) => n + p.rss, 0) / 1024 };
}

/** Chromium runs extension pages in a renderer of their own; Firefox in its "extension" content process, or its parent. */
const EXTENSION_PROCESS = {
  chromium: (args: string) => args.includes('--type=renderer') && args.includes('--extension-process'),
  firefox: (args: string) => args.includes('-contentproc') && /\sextension\s*$/.test(args),
};

async function readBigPage(browser: BigPageReport['browser'], page: DrivenPage, browserPid: number, width: number, height: number, maxStallMs: number | null = MAX_PANEL_STALL_MS): Promise<string> {
  let peak = { panel: 0, all: 0, decoding: 0 };
  // Until the page's row leaves "idle" (its first OCR job is queued) the panel is fetching, decoding and planning.
  let decoding = true;
  const sample = () => {
    const m = memoryOf(browserPid, EXTENSION_PROCESS[browser]);
    peak = { panel: Math.max(peak.panel, m.panel), all: Math.max(peak.all, m.all), decoding: decoding ? Math.max(peak.decoding, m.panel) : peak.decoding };
    if (decoding) void page.evaluate<boolean>(`!!document.querySelector('.article:not([data-status="idle"])')`).then((rowShown) => void (rowShown && (decoding = false)), () => {});
  };
  const poll = setInterval(sample, 100);
  try {
    const { seconds, snapshot, stall } = await runOcr(page, 20 * 60_000, E2E_ENGINE, maxStallMs);
    sample();
    const characters = snapshot.articles.reduce((n, a) => n + [...a.text.replace(/\s/g, '')].length, 0);
    if (snapshot.articles.length !== 1 || snapshot.articles[0].status !== 'done' || characters < 100) {
      throw new Error(`the big page was not read: ${JSON.stringify(snapshot.articles.map((a) => ({ status: a.status, error: a.error, characters: a.text.length })))}`);
    }
    const r: BigPageReport = { browser, width, height, seconds, peakPanelMb: Math.round(peak.panel), peakDecodingMb: Math.round(peak.decoding), peakAllMb: Math.round(peak.all), stall, characters };
    return `${browser} · big page ${width}×${height}: read in ${r.seconds.toFixed(1)} s, ${r.characters} characters; peak RSS of the extension's process ${r.peakPanelMb} MB, ${r.peakDecodingMb} MB before the first OCR job (all ${browser} processes ${r.peakAllMb} MB); longest main-thread stall ${stall.max} ms (ending ${stall.at.toFixed(1)} s after Start), p95 ${stall.p95} ms`;
  } finally {
    clearInterval(poll);
  }
}

const bigPageSize = (quick: boolean): [number, number] => (quick ? [6000, 8000] : [12000, 16000]);

export async function chromiumBigPage(extDir: string, quick: boolean): Promise<string> {
  const [width, height] = bigPageSize(quick);
  const session = await launchWithExtension(extDir, await bigPageSite(width, height));
  try {
    const browserPid = Number(execFileSync('pgrep', ['-o', '-f', '--', `--load-extension=${extDir}`], { encoding: 'utf8' }).trim().split('\n')[0]);
    const panel = await session.openPanelFor('/page.html');
    const page: DrivenPage = { evaluate: <T>(fn: string) => panel.evaluate(fn) as Promise<T>, click: (s) => panel.click(s), screenshot: (o) => panel.screenshot(o) };
    return await readBigPage('chromium', page, browserPid, width, height);
  } finally {
    await session.close();
  }
}

export async function firefoxBigPage(extDir: string, quick: boolean): Promise<string> {
  const [width, height] = bigPageSize(quick);
  const session = await launchFirefoxWithExtension(extDir, await bigPageSite(width, height), '/page.html');
  try {
    // Only reported: Firefox holds its main thread once while the page decoder worker decodes the JPEG
    // (seconds for this page, with ImageDecoder or createImageBitmap alike), whatever thread asks.
    return await readBigPage('firefox', driven(session.panel), session.pid, width, height, null);
  } finally {
    await session.close();
  }
}
