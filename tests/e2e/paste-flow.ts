/**
 * Chromium, a tab with no e-paper page on it: the panel offers *Paste OCR text*; pasted OCR output (one of
 * our defect pages, tests/repair/pages) opens in the editor with the repair engine's suggestions, safe
 * fixes apply, and after closing the panel the page is back under *Recent pages*. axe-core checks the
 * panel without a page and the paste dialog.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './build';
import { checkAccessibility } from './a11y';
import { launchWithExtension } from './chromium';
import { waitFor } from './panel-page';
import { pending as pendingOnPage } from './editor-flow';

const PASTED = join(ROOT, 'tests/repair/pages/county-daily-lines.md');
const SECOND = join(ROOT, 'tests/repair/pages/plain-ocr-lines.txt');

export async function chromiumPasteFlow(extDir: string): Promise<string> {
  const text = readFileSync(PASTED, 'utf8');
  // A page with text only: no image, no hotspots (the fixtures' content pages show the article's photo).
  const root = mkdtempSync(join(tmpdir(), 'epaper-e2e-plain-'));
  writeFileSync(join(root, 'notice.htm'), '<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>通知</title></head><body><h1>关于调整办公时间的通知</h1><p>自下周一起，办公时间调整为上午九时至下午五时。</p></body></html>');
  const session = await launchWithExtension(extDir, root);
  try {
    const panel = await session.openPanelFor('/notice.htm');
    await waitFor('the no-page-image message', async () => /No page image|没有找到版面图片/.test((await panel.textContent('.message').catch(() => '')) ?? ''), 30_000);
    await checkAccessibility(panel, 'light');
    await panel.click('button.paste-text');
    await checkAccessibility(panel, 'dark'); // with the paste dialog open
    await panel.emulateMedia({ colorScheme: null });
    await panel.fill('.em-dialog textarea', text);
    await panel.click('.em-dialog button[type=submit]');
    await panel.waitForSelector('.em-editor .em-text', { timeout: 15_000 });
    const articles = await panel.locator('.em-articles li').count();
    const pending = await pendingOnPage(panel);
    if (!articles || pending < 2) throw new Error(`pasted page opened with ${articles} articles and ${pending} suggestions`);
    if (await panel.locator('.em-image-wrap').count()) throw new Error('pasted text shows a page image');
    await panel.click('.em-suggestions > .em-row button'); // Apply safe fixes
    await waitFor('the safe fixes', async () => (await pendingOnPage(panel)) < pending, 5_000);
    const after = await pendingOnPage(panel);
    await waitFor('the autosave', async () => /^(Saved|已保存)$/.test((await panel.locator('.em-toolbar [role=status]').textContent().catch(() => '')) ?? ''), 15_000);

    // Closed and opened again on the same tab: no page there, but the pasted page is under Recent pages.
    const url = panel.url();
    await panel.close({ runBeforeUnload: true });
    const again = await session.context.newPage();
    await again.goto(url);
    await again.waitForSelector('.panel-home .em-recent button', { timeout: 15_000 });
    await again.click('.panel-home .em-recent li:first-child button');
    await again.waitForSelector('.em-editor .em-text', { timeout: 15_000 });
    const reopened = await pendingOnPage(again);
    if (reopened !== after) throw new Error(`reopened pasted page shows ${reopened} suggestions, ${after} were pending`);
    if (!((await again.textContent('.em-editor')) ?? '').includes('古镇老街焕新颜')) throw new Error('reopened pasted page lacks its text');

    // From inside the editor: paste a second page, then go back to the first through Recent pages.
    await again.click('.em-menu summary');
    await again.click('.em-menu-panel button.em-paste');
    await again.fill('.em-dialog textarea', readFileSync(SECOND, 'utf8'));
    await again.click('.em-dialog button[type=submit]');
    await waitFor('the second paste in the editor', async () => !((await again.textContent('.em-main')) ?? '').includes('古镇老街焕新颜'), 15_000);
    await waitFor('two pastes under Recent pages', async () => (await again.locator('.em-recent li').count()) >= 2, 15_000);
    if (!/古镇老街焕新颜/.test((await again.textContent('.em-recent li:nth-child(2) .em-title')) ?? '')) throw new Error(`a pasted page is listed as "${await again.textContent('.em-recent li:nth-child(2) .em-title')}", not by its headline`);
    await again.click('.em-menu summary');
    await again.click('.em-recent li:nth-child(2) button'); // the older one: the first paste
    await waitFor('the first paste back', async () => ((await again.textContent('.em-main')) ?? '').includes('古镇老街焕新颜'), 15_000);
    if ((await pendingOnPage(again)) !== after) throw new Error('the first paste came back with other suggestions');
    return `chromium · paste: ${articles} article(s), ${pending} suggestions → ${after} after safe fixes; reopened from Recent pages unchanged; a second paste from the editor and back`;
  } finally {
    await session.close();
  }
}
