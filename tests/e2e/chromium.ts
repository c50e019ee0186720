/**
 * Chromium flow: Debian chromium with the built extension (playwright-core persistent context), a fixture
 * e-paper page on 127.0.0.1 with its image on a second origin, the panel page opened as a tab bound to the
 * page's tab (`sidepanel.html?tabId=N`, the same code as the real side panel).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { startFixtureServer, type FixtureServer } from '../support/server';
import { E2E_ENGINE } from './check';
import { fixturePageDir, loadTruth } from '../support/truth';
import { checkAccessibility } from './a11y';
import { checkFileName, checkMarkdown, checkPanel, E2E_EDIT } from './check';
import { downloadTexts, pending as pendingOnPage, proofread, reopenPanel } from './editor-flow';
import { checkLayout, proofreadArticle } from './layout';
import { runOcr, waitFor, type DrivenPage } from './panel-page';
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

export interface ExtensionSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  server: FixtureServer;
  /** Opens `path` (on the fixture server) in a tab, then the panel page bound to that tab. */
  openPanelFor(path: string): Promise<Page>;
  close(): Promise<void>;
}

/** Chromium with the extension loaded, over a fixture server for `root`; `zh`: the browser's UI in zh-CN. */
export async function launchWithExtension(extDir: string, root: string, zh = false): Promise<ExtensionSession> {
  const server = await startFixtureServer({ root, imageOrigin: true });
  const profile = await mkdtemp(join(tmpdir(), 'epaper-e2e-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    acceptDownloads: true,
    viewport: { width: 400, height: 900 },
    ...(zh ? { locale: 'zh-CN', env: { ...process.env, LANGUAGE: 'zh_CN', LANG: 'zh_CN.UTF-8' } } : {}),
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, ...ARGS],
  });
  const close = async () => {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  };
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const openPanelFor = async (path: string) => {
      const url = `${server.url}${path}`;
      const tab = await context.newPage();
      await tab.goto(url);
      const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
      if (tabId === undefined) throw new Error(`no tab found for ${url}`);
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    };
    return { context, worker, extensionId, server, openPanelFor, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export async function chromiumFlow(extDir: string, pageName: string, screenshotDir?: string): Promise<BrowserReport> {
  const truth = loadTruth(fixturePageDir(pageName));
  const session = await launchWithExtension(extDir, fixturePageDir(pageName));
  const { context, worker, extensionId } = session;
  try {
    const panel = await session.openPanelFor(truth.servePaths.html);
    // Errors and warnings the panel and its OCR workers log: a user sees them on the extensions page.
    const logged: string[] = [];
    panel.on('console', (m) => void (['error', 'warning'].includes(m.type()) && logged.push(`${m.type()}: ${m.text().slice(0, 160)}`)));
    const page = driven(panel);
    const { seconds, firstArticle, snapshot, stall } = await runOcr(page, 10 * 60_000);
    const scores = checkPanel(truth, snapshot);
    const narrow = await checkLayout(panel, 400, 900);
    const edit = E2E_EDIT;
    const review = await proofread(panel, edit);
    await panel.click('button.export-open');
    await panel.check('input[name=export-per][value=both]');
    const [json] = await downloadTexts(panel, 'button.export-json', 1);

    // Close the panel and open it again for the same tab: the document comes back from IndexedDB, not OCR.
    const again = await reopenPanel(context, panel);
    const ocrAgain = (await again.textContent('button.start')) ?? '';
    if (!/OCR again|重新识别/.test(ocrAgain)) throw new Error(`reopened panel offers "${ocrAgain}" instead of OCR again`);
    const pending = await pendingOnPage(again);
    if (pending !== review.pendingAfter) throw new Error(`reopened editor shows ${pending} suggestions, ${review.pendingAfter} were pending`);
    await again.click('button.export-open');
    if (!(await again.isChecked('input[name=export-per][value=both]'))) throw new Error('the export choice "both" was not remembered');
    const [jsonAgain] = await downloadTexts(again, 'button.export-json', 1);
    if (jsonAgain.text !== json.text) throw new Error('the reopened document differs from the one saved before closing');
    if (!json.text.includes(edit)) throw new Error('the saved document lacks the edit');
    const a11y = [await checkAccessibility(again, 'light'), await checkAccessibility(again, 'dark')];
    await again.emulateMedia({ colorScheme: null });
    const wide = await checkLayout(again, 1280, 800);
    await again.setViewportSize({ width: 400, height: 900 });
    if (screenshotDir) await panelScreenshots(again, screenshotDir, 'en');
    await again.click('button.export-open');

    const files = await downloadTexts(again, 'button.export-md', 1 + snapshot.articles.length);
    const names = ((await again.textContent('.export-message')) ?? '').replace(/^.*?(: |：)/, '').split(', ');
    if (names.length !== files.length || !names.every((n) => n.startsWith('epaper-md/'))) throw new Error(`export paths: ${names.join(' | ')}`);
    const name = names[0].slice('epaper-md/'.length);
    // The page file holds every article; the article files one each.
    const md = files.map((f) => f.text).sort((a, b) => b.length - a.length)[0];
    if (!md.includes(`unreviewed_suggestions: ${pending}`)) throw new Error(`page front matter lacks unreviewed_suggestions: ${pending}`);
    if (!files.every((f) => f.text.startsWith('---\n'))) throw new Error('an exported file has no front matter');
    // The zip: the same files as chosen ("both") plus the document JSON, equal to the JSON download, and
    // with "article images" ticked one PNG per article cut from the page image.
    await again.check('input.zip-images');
    const zipping = again.waitForEvent('download', { timeout: 30_000 });
    await again.click('button.export-zip');
    const zipped = unzipSync(new Uint8Array(await readFile((await (await zipping).path())!)));
    const inZip = Object.keys(zipped);
    const jsonInZip = inZip.find((n) => n.endsWith('.json'));
    if (inZip.filter((n) => n.endsWith('.md')).length !== files.length || !jsonInZip) throw new Error(`zip holds ${inZip.join(', ')}`);
    const pngs = inZip.filter((n) => n.startsWith('images/') && n.endsWith('.png'));
    if (pngs.length !== snapshot.articles.length) throw new Error(`zip holds ${pngs.length} article images for ${snapshot.articles.length} articles`);
    if (JSON.stringify(JSON.parse(strFromU8(zipped[jsonInZip]))) !== JSON.stringify(JSON.parse(json.text))) throw new Error('the zip JSON differs from the JSON download');
    // Copy page Markdown: what goes to the clipboard is the very page file that was downloaded. (Automation
    // cannot grant clipboard-read to an extension origin, so the write is watched on its way, not read back;
    // the real write still runs and the panel reports its failure.)
    await again.evaluate(() => {
      const clipboard = navigator.clipboard;
      const write = clipboard.writeText.bind(clipboard);
      clipboard.writeText = (text: string) => ((window as unknown as { copied: string }).copied = text, write(text));
    });
    await again.click('button.export-copy');
    await waitFor('the copy', async () => /Copied|已复制/.test((await again.textContent('.export-message')) ?? ''), 5_000);
    if ((await again.evaluate(() => (window as unknown as { copied?: string }).copied)) !== md) throw new Error('the copied text is not the page Markdown file');
    const item = await worker.evaluate(async () => (await chrome.downloads.search({}))[0]);
    if (item?.byExtensionId !== extensionId || item.state !== 'complete') throw new Error(`no completed download by the extension: ${JSON.stringify(item)}`);
    checkFileName(name, truth);
    checkMarkdown(md, truth, edit);
    const warned = logged.filter((l) => /^error: Warning: Parameter not found/.test(l));
    if (warned.length) throw new Error(`tesseract's parameter warnings were logged as errors ${warned.length} times`);
    const proofreading = { ...review, files: files.length };
    const article = await proofreadArticle(again);
    const layout = { narrow, wide, article };
    return { browser: 'chromium', page: pageName, engine: E2E_ENGINE, articles: snapshot.articles.length, seconds, firstArticle, perArticle: snapshot.perArticle, stall, scores, fileName: name, markdownBytes: Buffer.byteLength(md), proofreading, a11y, layout, logged };
  } finally {
    await session.close();
  }
}

/**
 * The README's pictures, at panel width (400×900) with the second suggestion's card open: `en` takes the
 * light and the dark one, `zh` the Chinese one (a browser whose UI is zh-CN).
 */
export async function panelScreenshots(panel: Page, dir: string, lang: 'en' | 'zh'): Promise<void> {
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.evaluate(() => scrollTo(0, 0));
  await panel.focus('.em-text');
  await panel.keyboard.press('j');
  await panel.keyboard.press('j');
  await panel.waitForSelector('.em-card', { timeout: 5_000 });
  for (const scheme of lang === 'en' ? (['light', 'dark'] as const) : (['light'] as const)) {
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.screenshot({ path: join(dir, lang === 'en' ? `editor-${scheme}.png` : 'editor-zh.png') });
  }
  await panel.emulateMedia({ colorScheme: null });
}

/** Reads the README's page once more in a zh-CN browser, for its Chinese screenshot. */
export async function chromiumChineseScreenshot(extDir: string, pageName: string, dir: string): Promise<string> {
  const truth = loadTruth(fixturePageDir(pageName));
  const session = await launchWithExtension(extDir, fixturePageDir(pageName), true);
  try {
    const panel = await session.openPanelFor(truth.servePaths.html);
    await runOcr(driven(panel), 10 * 60_000);
    await panel.waitForSelector('.em-editor .em-text', { timeout: 30_000 });
    const lang = await panel.evaluate(() => document.querySelector('.em-editor')?.getAttribute('lang'));
    if (lang !== 'zh-CN') throw new Error(`the zh-CN browser shows the editor in ${lang}`);
    await panelScreenshots(panel, dir, 'zh');
    return `chromium · zh-CN screenshot of ${pageName}`;
  } finally {
    await session.close();
  }
}
