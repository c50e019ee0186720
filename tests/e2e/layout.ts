/**
 * What a user sees at a viewport size, asserted in Chromium at panel width (400×900) and on a desktop
 * tab (1280×800): nothing wider than the viewport, the current suggestion's card in view after `j`, the
 * image crop in view while the text scrolls, the paste dialog opaque, and Export reachable from anywhere.
 */
import type { Page } from 'playwright-core';
import { waitFor } from './panel-page';

export interface LayoutResult {
  viewport: string;
  /** Height of the whole panel page: what a user would scroll without the sticky parts. */
  pageHeight: number;
}

/** Editor elements whose right edge passes the viewport (the zoomable image layer is clipped by its pane). */
async function overflowing(panel: Page): Promise<string[]> {
  return panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > width + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${width})`);
    for (const el of document.querySelectorAll('.em-editor *, .em-overlay *, .export-dialog *')) {
      // Closed <details> keep their content laid out (content-visibility: hidden) though nothing shows.
      if (el.closest('.em-image') || !el.checkVisibility()) continue;
      const r = el.getBoundingClientRect();
      if (r.width && r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)} px`);
    }
    return out.slice(0, 5);
  });
}

async function expectNoOverflow(panel: Page, when: string): Promise<void> {
  const bad = await overflowing(panel);
  if (bad.length) throw new Error(`horizontal overflow ${when}: ${bad.join('; ')}`);
}

/**
 * The element's box lies in the viewport, and what the browser shows at its top and bottom edge is the
 * element itself, not a sticky bar or image over it (elementFromPoint follows the real stacking).
 */
async function inView(panel: Page, selector: string): Promise<string | null> {
  return panel.evaluate((sel) => {
    const el = document.querySelector(sel);
    if (!el) return `${sel} is missing`;
    const r = el.getBoundingClientRect();
    if (r.top < -1 || r.bottom > innerHeight + 1) return `${sel} spans ${Math.round(r.top)}–${Math.round(r.bottom)} px, the viewport 0–${innerHeight} px`;
    const x = r.left + Math.min(r.width / 2, 20);
    for (const y of [r.top + Math.min(r.height / 2, 6), r.bottom - Math.min(r.height / 2, 6)]) {
      const hit = document.elementFromPoint(x, y);
      if (!hit || !el.contains(hit)) return `${sel} (${Math.round(r.top)}–${Math.round(r.bottom)} px) is covered at ${Math.round(y)} px by ${hit?.tagName.toLowerCase()}.${hit?.className}`;
    }
    return null;
  }, selector);
}

export async function checkLayout(panel: Page, width: number, height: number): Promise<LayoutResult> {
  await panel.setViewportSize({ width, height });
  const viewport = `${width}×${height}`;
  const at = (what: string) => `at ${viewport}: ${what}`;
  await panel.evaluate(() => scrollTo(0, 0));
  // Start, and leave, with the export dialog closed: it sits over the text.
  if ((await panel.getAttribute('button.export-open', 'aria-expanded')) === 'true') await panel.click('button.export-open');
  await expectNoOverflow(panel, at('with the editor open'));

  // j: the card of the current suggestion opens beside its mark and is in view, no scrolling needed.
  await panel.focus('.em-text');
  await panel.keyboard.press('j');
  await waitFor('the card of the current suggestion', async () => (await panel.locator('.em-card').count()) === 1, 5_000);
  await waitFor(at('the card in view after j'), async () => (await inView(panel, '.em-card')) === null, 3_000).catch(async () => {
    throw new Error(at(`after j, ${await inView(panel, '.em-card')}`));
  });
  await expectNoOverflow(panel, at('with the card open'));
  for (let i = 0; i < 3; i++) {
    // The card must be the next one (a j that no key handler received would leave the last card in view);
    // told by its suggestion's id, since two suggestions can read the same (one space removed in two places).
    const card = () => panel.locator('.em-card').getAttribute('data-suggestion');
    const before = await card();
    await panel.keyboard.press('j');
    const moved = await waitFor(at('the next card'), async () => (await panel.locator('.em-card').count()) === 1 && (await card()) !== before, 3_000).then(() => true, () => false);
    if (!moved) throw new Error(at(`${i + 2} × j did not move to the next suggestion (keyboard focus lost?)`));
    const problem = await waitFor(at('the next card in view'), async () => ((await inView(panel, '.em-card')) === null ? 'ok' : null), 3_000).catch(() => null);
    if (!problem) throw new Error(at(`after ${i + 2} × j, ${await inView(panel, '.em-card')}`));
  }

  // The edit field fits the column.
  await panel.keyboard.press('e');
  await panel.waitForSelector('textarea.em-edit', { timeout: 5_000 }).catch(async () => {
    // Say where the key went and what was selected: e edits the selected block, and does nothing without one.
    const where = await panel.evaluate(() => {
      const a = document.activeElement;
      const selected = document.querySelector('.em-block[aria-current="true"]')?.getAttribute('aria-label') ?? 'no block selected';
      const card = document.querySelector('.em-card')?.getAttribute('data-suggestion') ?? 'no card';
      return `focus on ${a ? `${a.tagName.toLowerCase()}.${[...a.classList].join('.')}` : 'nothing'}, ${selected}, card ${card}`;
    });
    throw new Error(at(`e opened no edit field (${where})`));
  });
  await expectNoOverflow(panel, at('while editing'));
  await panel.keyboard.press('Escape');

  // Scrolled to the end of the article text: the image crop is still in view, and so is Export.
  await panel.evaluate(() => document.querySelector('.em-blocks > .em-block:last-of-type')?.scrollIntoView({ block: 'end' }));
  const scrolled = await panel.evaluate(() => scrollY);
  const image = await inView(panel, '.em-image');
  if (image) throw new Error(at(`with the text scrolled by ${scrolled} px, ${image}`));
  await panel.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
  const exportButton = await inView(panel, 'button.export-open');
  if (exportButton) throw new Error(at(`scrolled to the bottom, ${exportButton}`));
  await panel.click('button.export-open');
  await panel.waitForSelector('.export-dialog button.export-md', { state: 'visible', timeout: 5_000 });
  await expectNoOverflow(panel, at('with the export dialog open'));
  await panel.click('button.export-open');

  // The paste dialog is opaque: its text never prints over the page behind it.
  await panel.click('.em-menu summary');
  await panel.click('.em-menu-panel button.em-paste');
  const background = await panel.evaluate(() => getComputedStyle(document.querySelector('.em-dialog')!).backgroundColor);
  if (/^(transparent|rgba\(0, 0, 0, 0\))$/.test(background)) throw new Error(at(`the paste dialog has no background (${background})`));
  await expectNoOverflow(panel, at('with the paste dialog open'));
  await panel.click('.em-dialog button[type=button]'); // Cancel
  await panel.click('.em-menu summary');
  const pageHeight = await panel.evaluate(() => document.documentElement.scrollHeight);
  await panel.evaluate(() => scrollTo(0, 0));
  return { viewport, pageHeight };
}

/**
 * Proofreads the open article the way a reviewer does at this size: `j` to the first suggestion, then
 * Accept (`a`) on each card until the article has none left; counts keystrokes, seconds, and the cards
 * that were not in view (each would have needed scrolling).
 */
export async function proofreadArticle(panel: Page): Promise<{ suggestions: number; accepted: number; keystrokes: number; seconds: number; outOfView: number }> {
  const inArticle = () => panel.evaluate(() => Number((document.querySelector('.em-scope button')?.textContent ?? '').match(/\d+/)?.[0] ?? 0));
  const suggestions = await inArticle();
  const openArticle = () => panel.evaluate(() => (document.querySelector('.em-article-pick select') as HTMLSelectElement | null)?.value ?? '');
  const articleId = await openArticle();
  await panel.focus('.em-text');
  const t0 = Date.now();
  let keystrokes = 0;
  let outOfView = 0;
  await panel.keyboard.press('j');
  keystrokes += 1;
  // Accepting the article's last one moves on to the next article's first: that ends this article.
  while ((await openArticle()) === articleId && (await inArticle()) > 0 && keystrokes < suggestions + 5) {
    await waitFor('a card', async () => (await panel.locator('.em-card').count()) === 1, 5_000);
    if (await inView(panel, '.em-card')) outOfView += 1;
    const left = await inArticle();
    await panel.keyboard.press('a');
    keystrokes += 1;
    await waitFor('the accepted suggestion to go', async () => (await inArticle()) < left || (await openArticle()) !== articleId, 5_000);
  }
  // Accepting one fix can settle others (a join takes a space fix with it), so accepted ≤ suggestions.
  return { suggestions, accepted: keystrokes - 1, keystrokes, seconds: (Date.now() - t0) / 1000, outOfView };
}
