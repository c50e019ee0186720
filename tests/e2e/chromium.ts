/**
 * Chromium flow: Debian chromium with the built extension (playwright-core persistent context), a fixture
 * e-paper page on 127.0.0.1 with its image on a second origin, the panel page opened as a tab bound to the
 * page's tab (`sidepanel.html?tabId=N`, the same code as the real side panel).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { startFixtureServer } from '../support/server';
import { fixturePageDir, loadTruth } from '../support/truth';
import { checkFileName, checkMarkdown, scoreArticles } from './check';
import { editFirstParagraph, runOcr, type DrivenPage } from './panel-page';
import type { BrowserReport } from './report';

/** The bits of the extension API used from the service worker (evaluated there, typed here). */
interface WorkerChrome {
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  downloads: { search(q: object): Promise<{ byExtensionId?: string; state?: string; filename?: string }[]> };
}
declare const chrome: WorkerChrome;

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

function driven(page: Page): DrivenPage {
  return {
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    click: (selector) => page.click(selector),
    screenshot: (o) => page.screenshot(o),
  };
}

export async function chromiumFlow(extDir: string, pageName: string, screenshot?: string): Promise<BrowserReport> {
  const truth = loadTruth(fixturePageDir(pageName));
  const server = await startFixtureServer({ root: fixturePageDir(pageName), imageOrigin: true });
  const profile = await mkdtemp(join(tmpdir(), 'epaper-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...ARGS],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const paperUrl = `${server.url}${truth.servePaths.html}`;
    const paper = await context.newPage();
    await paper.goto(paperUrl);
    const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({})).find((t) => t.url === url)?.id, paperUrl);
    if (tabId === undefined) throw new Error(`no tab found for ${paperUrl}`);

    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
    const page = driven(panel);
    const { seconds, snapshot } = await runOcr(page, 10 * 60_000);
    if (snapshot.paper !== truth.paper || snapshot.date !== truth.date) {
      throw new Error(`panel shows paper "${snapshot.paper}" date "${snapshot.date}", expected "${truth.paper}" "${truth.date}"`);
    }
    const scores = scoreArticles(truth, snapshot.articles);
    const edit = '【e2e 校对】';
    await editFirstParagraph(page, edit);
    if (screenshot) await panel.screenshot({ path: screenshot, fullPage: false });

    const download = panel.waitForEvent('download', { timeout: 30_000 });
    await panel.click('button.export');
    const saved = await download;
    const md = await readFile(await saved.path(), 'utf8');
    // Playwright's download handling renames the file (GUID); the name the extension asked for is shown in the panel.
    const name = (await page.evaluate<string>(`document.querySelector('.message')?.textContent ?? ''`)).replace(/^(Saved|已保存) /, '');
    const item = await worker.evaluate(async () => (await chrome.downloads.search({}))[0]);
    if (item?.byExtensionId !== extensionId || item.state !== 'complete') throw new Error(`no completed download by the extension: ${JSON.stringify(item)}`);
    checkFileName(name, truth);
    checkMarkdown(md, truth, edit);
    return { browser: 'chromium', page: pageName, articles: snapshot.articles.length, seconds, perArticle: snapshot.perArticle, scores, fileName: name, markdownBytes: Buffer.byteLength(md) };
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}
