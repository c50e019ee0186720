// TEMPORARY (ocr-switch measurement; deleted after use): browser OCR CER per fixture page, no editor flow.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startFixtureServer } from '../support/server';
import { fixturePageDir, loadTruth, articleText } from '../support/truth';
import { cerDetail } from '../support/cer';
import { extensionDir } from '../e2e/build';
import { runOcr } from '../e2e/panel-page';

const extDir = extensionDir('chrome');
for (const pageName of process.argv.slice(2)) {
  const truth = loadTruth(fixturePageDir(pageName));
  const server = await startFixtureServer({ root: fixturePageDir(pageName), imageOrigin: true });
  const profile = await mkdtemp(join(tmpdir(), 'epaper-ocrsw-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 420, height: 900 },
    args: [`--disable-extensions-except=${extDir}`, `--load-extension=${extDir}`, '--no-sandbox', '--disable-gpu'] });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const id = new URL(worker.url()).host;
    const paperUrl = `${server.url}${truth.servePaths.html}`;
    const paper = await context.newPage();
    await paper.goto(paperUrl);
    const tabId = await worker.evaluate(async (url) => (await (globalThis as any).chrome.tabs.query({})).find((t: any) => t.url === url)?.id, paperUrl);
    const panel = await context.newPage();
    await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
    const { seconds, snapshot } = await runOcr({ evaluate: (fn: string) => panel.evaluate(fn) as any, click: (s: string) => panel.click(s) } as any, 10 * 60_000);
    let errors = 0, length = 0;
    const per = truth.articles.map((a) => {
      const found = snapshot.articles.find((r: any) => r.href.endsWith(`/${a.href.split('/').pop()}`));
      const d = cerDetail(articleText(a), found?.text ?? '');
      errors += d.errors; length += d.truthLength;
      return `${a.id} ${(d.cer * 100).toFixed(1)}%`;
    });
    console.log(`${pageName}: page CER ${((errors / length) * 100).toFixed(1)}% in ${seconds} s (${per.join(', ')})`);
  } finally {
    await context.close();
    await server.close?.();
  }
}
process.exit(0);
