/**
 * The panel with the default text source on a served fixture page: every article whose content page is
 * readable takes the publisher's text (fetched by the extension under the page image's host permission,
 * parsed with DOMParser), without OCR, and the editor says where the text came from.
 */
import { fixturePageDir, loadTruth } from '../support/truth';
import { launchWithExtension } from './chromium';
import { waitFor } from './panel-page';

export async function chromiumPublisherFlow(extDir: string, pageName: string): Promise<string> {
  const truth = loadTruth(fixturePageDir(pageName));
  const session = await launchWithExtension(extDir, fixturePageDir(pageName));
  try {
    const panel = await session.openPanelFor(truth.servePaths.html);
    await waitFor('the Start button', () => panel.evaluate(() => !!document.querySelector('button.start')), 30_000);
    const mode = await panel.evaluate(() => document.querySelector<HTMLSelectElement>('label.text-source select')?.value);
    if (mode !== 'publisher') throw new Error(`text source starts as "${mode}", not publisher`);
    const t0 = Date.now();
    await panel.click('button.start');
    await waitFor('the editor', () => panel.evaluate(() => !!document.querySelector('.em-source-note')), 60_000);
    const seconds = (Date.now() - t0) / 1000;
    const shown = await panel.evaluate(() => ({
      note: document.querySelector('.em-source-note')?.getAttribute('data-outcome') ?? '',
      paragraphs: [...document.querySelectorAll('.em-role-paragraph .em-text')].map((p) => p.textContent ?? ''),
      headline: document.querySelector('.em-role-headline .em-text')?.textContent ?? '',
    }));
    const first = truth.articles[0];
    const want = first.blocks.filter((b) => b.role === 'paragraph').map((b) => b.text);
    if (shown.note !== 'used') throw new Error(`first article's source note says "${shown.note}"`);
    if (shown.headline !== first.blocks.find((b) => b.role === 'headline')?.text) throw new Error(`headline "${shown.headline}" is not the publisher's`);
    if (JSON.stringify(shown.paragraphs) !== JSON.stringify(want)) throw new Error(`paragraphs differ from the content page:\n${shown.paragraphs.join('\n')}`);
    const ocrWorkers = await panel.evaluate(() => performance.getEntriesByType('resource').filter((e) => e.name.includes('/tesseract/')).length);
    if (ocrWorkers) throw new Error(`the OCR engine loaded (${ocrWorkers} tesseract files) though every article had the publisher's text`);
    return `chromium · publisher text on ${pageName}: first article exact (${want.length} paragraphs), no OCR, ${seconds.toFixed(1)} s`;
  } finally {
    await session.close();
  }
}
