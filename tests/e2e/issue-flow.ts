/**
 * Chromium: *Read the whole issue* over the 4-page fixture edition (tests/support/edition.ts), opened on its
 * second page: both progress bars while reading, cancel after the first page, resume (the first page kept,
 * not read again), and the issue zip (index, page and article files, JSON per page). At panel width.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { writeEdition } from '../support/edition';
import { launchWithExtension } from './chromium';
import { waitFor } from './panel-page';

const STATES = `[...document.querySelectorAll('.issue-pages li')].map((li) => li.dataset.state)`;

export async function chromiumIssueFlow(extDir: string): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'epaper-e2e-edition-'));
  const pages = await writeEdition(root, { paper: '江岚日报', date: '2024-05-20' });
  const session = await launchWithExtension(extDir, root);
  try {
    const panel = await session.openPanelFor(pages[1].path);
    const start = await panel.waitForSelector('button.issue-start', { timeout: 30_000 });
    const label = (await start.textContent()) ?? '';
    if (!label.includes(String(pages.length))) throw new Error(`the issue button says "${label}" for ${pages.length} pages`);
    await start.click();
    // Both bars show while a page is read.
    await waitFor('the page progress bar', () => panel.evaluate(() => !!document.querySelector('progress.issue-progress') && !!document.querySelector('progress.page-progress')), 60_000);
    await waitFor('the first page read', async () => (await panel.evaluate<string[]>(STATES))[0] === 'done', 5 * 60_000);
    await panel.click('button.issue-cancel');
    await waitFor('the cancel', async () => (await panel.evaluate<string[]>(STATES)).includes('cancelled') && !(await panel.$('button.issue-cancel')), 60_000);
    const afterCancel = await panel.evaluate<string[]>(STATES);
    if (afterCancel[0] !== 'done' || afterCancel.slice(1).some((s) => s !== 'cancelled')) throw new Error(`after cancel the pages are ${afterCancel.join(', ')}`);
    const overflow = await panel.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    if (overflow > 0) throw new Error(`the issue view is ${overflow} px wider than the 400 px panel`);

    const resume = (await panel.textContent('button.issue-start')) ?? '';
    if (!/Resume|继续/.test(resume)) throw new Error(`after cancel the button says "${resume}"`);
    const t0 = Date.now();
    await panel.click('button.issue-start');
    await waitFor('the whole issue', async () => {
      const states = await panel.evaluate<string[]>(STATES);
      return states.length === pages.length && states.every((s) => s === 'kept' || s === 'done') && !(await panel.$('button.issue-cancel'));
    }, 10 * 60_000);
    const perPage = (Date.now() - t0) / 1000 / (pages.length - 1);
    const states = await panel.evaluate<string[]>(STATES);
    if (states[0] !== 'kept') throw new Error(`on resume the first page was ${states[0]}, not kept`);

    const zipping = panel.waitForEvent('download', { timeout: 60_000 });
    await panel.click('button.issue-zip');
    const zipped = unzipSync(new Uint8Array(await readFile((await (await zipping).path())!)));
    const names = Object.keys(zipped);
    const articles = pages.reduce((n, p) => n + p.truth.articles.length, 0);
    const md = names.filter((n) => n.endsWith('.md'));
    if (md.length !== 1 + pages.length + articles) throw new Error(`the zip holds ${md.length} Markdown files for ${pages.length} pages and ${articles} articles`);
    if (names.filter((n) => n.startsWith('json/')).length !== pages.length) throw new Error(`the zip holds ${names.filter((n) => n.startsWith('json/')).join(', ')} as page JSON`);
    const index = strFromU8(zipped[names.find((n) => /^\d{4}-\d{2}-\d{2}-[^/]*\.md$/.test(n) && !n.includes('版'))!]);
    if ((index.match(/\[PDF\]\(/g) ?? []).length !== pages.length) throw new Error('the issue index does not link each page’s PDF');
    return `chromium · whole issue: ${pages.length} pages, cancel after page 1, resume kept it; ${perPage.toFixed(1)} s per page read; zip ${names.length} files`;
  } finally {
    await session.close();
    await rm(root, { recursive: true, force: true });
  }
}
