/**
 * Firefox flow: firefox-esr over WebDriver BiDi (puppeteer-core), the MV3 build installed as a temporary
 * add-on. BiDi cannot navigate to moz-extension://, so the e2e build's background opens the panel page as
 * a tab when the fixture page is loaded with E2E_OPEN_PANEL_HASH; downloads land in a temp folder.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { E2E_OPEN_PANEL_HASH } from '../../lib/messaging/panel-url';
import { startFixtureServer } from '../support/server';
import { fixturePageDir, loadTruth } from '../support/truth';
import { checkFileName, checkMarkdown, checkPanel, E2E_EDIT, E2E_ENGINE } from './check';
import { editInEditor, runOcr, waitFor, type DrivenPage } from './panel-page';
import type { BrowserReport } from './report';

export function driven(page: Page): DrivenPage {
  return {
    evaluate: <T>(fn: string) => page.evaluate(fn) as Promise<T>,
    click: (selector) => page.click(selector),
    screenshot: (o) => page.screenshot(o),
  };
}

export interface FirefoxSession {
  /** The panel page, opened by the e2e build's background for the page at `path`. */
  panel: Page;
  /** The browser's process id (its content processes are its children). */
  pid: number;
  downloads: string;
  close(): Promise<void>;
}

/** firefox-esr with the extension installed, over a fixture server for `root`, its panel opened for `path`. */
export async function launchFirefoxWithExtension(extDir: string, root: string, path: string): Promise<FirefoxSession> {
  const server = await startFixtureServer({ root, imageOrigin: true });
  const downloads = await mkdtemp(join(tmpdir(), 'epaper-e2e-firefox-dl-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    extraPrefsFirefox: {
      'browser.download.folderList': 2,
      'browser.download.dir': downloads,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      // Temporary add-ons in MV3 still need their host permissions granted; the e2e build asks for 127.0.0.1 only.
      'extensions.originControls.grantByDefault': true,
    },
  });
  const close = async () => {
    await browser.close();
    await server.close();
    await rm(downloads, { recursive: true, force: true });
  };
  try {
    await browser.installExtension(extDir);
    const paper = await browser.newPage();
    await paper.goto(`${server.url}${path}${E2E_OPEN_PANEL_HASH}`);
    // BiDi reports the extension tab's URL as about:blank, so the panel is found by asking each page.
    const panel = await waitFor('the panel tab opened by the background', async () => {
      for (const p of await browser.pages()) {
        const href = await p.evaluate('location.href').catch(() => '');
        if (String(href).startsWith('moz-extension://') && String(href).includes('sidepanel.html')) return p;
      }
      return null;
    }, 30_000);
    return { panel, pid: browser.process()?.pid ?? -1, downloads, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export async function firefoxFlow(extDir: string, pageName: string): Promise<BrowserReport> {
  const truth = loadTruth(fixturePageDir(pageName));
  const session = await launchFirefoxWithExtension(extDir, fixturePageDir(pageName), truth.servePaths.html);
  const { panel, downloads } = session;
  try {
    const page = driven(panel);
    const { seconds, firstArticle, snapshot, stall } = await runOcr(page, 10 * 60_000);
    const scores = checkPanel(truth, snapshot);
    const edit = E2E_EDIT;
    await editInEditor(page, edit);
    await panel.click('button.export-open');
    await panel.click('input[name=export-per][value=page]');
    await panel.click('button.export-md');
    // Downloads go into the epaper-md/ sub-folder of the downloads folder.
    const folder = join(downloads, 'epaper-md');
    const name = await waitFor('the downloaded Markdown', async () => (await readdir(folder)).find((f) => f.endsWith('.md')), 30_000);
    checkFileName(name, truth);
    const md = await waitFor('the download to finish', async () => {
      const text = await readFile(join(folder, name), 'utf8');
      return text.endsWith('\n') ? text : null;
    }, 30_000);
    checkMarkdown(md, truth, edit);
    return { browser: 'firefox', page: pageName, engine: E2E_ENGINE, articles: snapshot.articles.length, seconds, firstArticle, perArticle: snapshot.perArticle, stall, scores, fileName: name, markdownBytes: Buffer.byteLength(md) };
  } finally {
    await session.close();
  }
}
