/**
 * Chromium editor flow after OCR: proofread with the keyboard (j/a accept, j/r reject, e edit, Ctrl+Z
 * undo, Ctrl+Shift+Z redo), wait for the autosave, close the panel tab, reopen it for the same tab and
 * check the document came back from IndexedDB unchanged (compared through the JSON export), then export.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { waitFor } from './panel-page';

export interface ProofreadResult {
  keystrokes: number;
  seconds: number;
  pendingBefore: number;
  pendingAfter: number;
}

/** Pending suggestions on the whole page (the list itself shows the open article's by default). */
export const pending = (p: Page) => p.evaluate(() => Number(document.querySelector('.em-suggestions')?.getAttribute('data-pending') ?? -1));
/** The open article's current text: suggestion marks show old → new, so the proposed <ins> part and the card are left out. */
const openText = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('.em-text')]
      .map((e) => {
        const copy = e.cloneNode(true) as Element;
        copy.querySelectorAll('ins, .em-card').forEach((i) => i.remove());
        return copy.textContent;
      })
      .join('\n'),
  );

/** The open article's blocks as role + state + text, to see block operations that leave the text as it was. */
const openBlocks = (p: Page) =>
  p.evaluate(() =>
    [...document.querySelectorAll('.em-block')]
      .map((b) => {
        const text = b.querySelector('.em-text')?.cloneNode(true) as Element | undefined;
        text?.querySelectorAll('.em-card').forEach((c) => c.remove());
        return `${b.className}|${text?.textContent ?? ''}`;
      })
      .join('\n'),
  );

/** The open article's id, from the article picker (present at every width, shown at panel width). */
const openArticle = (p: Page) => p.evaluate(() => (document.querySelector('.em-article-pick select') as HTMLSelectElement | null)?.value ?? '');

async function saved(p: Page): Promise<void> {
  await waitFor('the autosave', async () => /^(Saved|已保存)$/.test((await p.locator('.em-toolbar [role=status]').textContent().catch(() => '')) ?? ''), 15_000);
}

export async function proofread(panel: Page, edit: string): Promise<ProofreadResult> {
  await panel.waitForSelector('.em-editor .em-text', { timeout: 30_000 });
  const t0 = Date.now();
  let keys = 0;
  const press = async (k: string) => (keys += 1, panel.keyboard.press(k));
  const pendingBefore = await pending(panel);
  if (pendingBefore < 2) throw new Error(`need two suggestions to accept and reject, the editor shows ${pendingBefore}`);
  await panel.focus('.em-text');
  await press('j');
  // What accepting must change depends on the suggestion: a text fix changes the text, a block operation
  // (role, set aside, join, move) only the blocks' roles or structure — so read it off the selected one.
  await waitFor('a selected suggestion', async () => (await panel.locator('.em-card').count()) === 1, 5_000);
  const textFix = (await panel.locator('.em-card[data-text-fix=true]').count()) > 0;
  const observe = textFix ? openText : openBlocks;
  const before = await observe(panel);
  await press('a');
  await waitFor(textFix ? 'the accepted fix in the text' : 'the accepted operation in the blocks', async () => (await observe(panel)) !== before, 5_000);
  const afterAccept = await pending(panel);
  // Accepting lands the selection on the suggestion that now stands where the accepted one was; `j`
  // selects one when none is. It may sit in another article, which then opens: read the text there.
  const selected = () => panel.locator('.em-card').count();
  if ((await selected()) === 0) await press('j');
  await waitFor('a selected suggestion to reject', async () => (await selected()) === 1, 5_000);
  const textBeforeReject = await openText(panel);
  const articleBeforeReject = await openArticle(panel);
  await press('r');
  await waitFor('the rejected suggestion to leave the list', async () => (await pending(panel)) < afterAccept, 5_000);
  // Rejecting an article's last suggestion moves on to the next article: compare the same article's text.
  if ((await openArticle(panel)) !== articleBeforeReject) await panel.selectOption('.em-article-pick select', articleBeforeReject);
  if ((await openText(panel)) !== textBeforeReject) throw new Error('rejecting a suggestion changed the text');
  // Edit the first paragraph: select it, `e`, type at the end, undo and redo in the field, Escape.
  await panel.focus('.em-role-paragraph .em-text');
  await press('e');
  const area = panel.locator('textarea.em-edit');
  await area.waitFor({ timeout: 5_000 });
  // The editor focuses the field itself (in an effect after render): typing before that would go nowhere.
  await waitFor('the edit field to take focus', () => panel.evaluate(() => document.activeElement?.classList.contains('em-edit') ?? false), 5_000);
  await press('Control+End');
  await panel.keyboard.insertText(edit);
  keys += 1;
  await waitFor('the edit in the field', async () => (await area.inputValue()).endsWith(edit), 5_000);
  await press('Control+z');
  await waitFor('undo to remove the edit', async () => !(await area.inputValue()).includes(edit), 5_000);
  await press('Control+Shift+z');
  await waitFor('redo to bring the edit back', async () => (await area.inputValue()).endsWith(edit), 5_000);
  await press('Escape');
  const seconds = (Date.now() - t0) / 1000;
  await saved(panel);
  return { keystrokes: keys, seconds, pendingBefore, pendingAfter: await pending(panel) };
}

export async function downloadTexts(panel: Page, click: string, count: number): Promise<{ name: string; text: string }[]> {
  const got: Download[] = [];
  const done = new Promise<void>((ok) => {
    const on = (d: Download) => {
      got.push(d);
      if (got.length === count) (panel.off('download', on), ok());
    };
    panel.on('download', on);
  });
  await panel.click(click);
  await Promise.race([done, new Promise((_, no) => setTimeout(() => no(new Error(`${got.length} of ${count} downloads after ${click}`)), 30_000))]);
  return Promise.all(got.map(async (d) => ({ name: d.suggestedFilename(), text: await readFile((await d.path())!, 'utf8') })));
}

/** Closes the panel tab and opens it again for the same page tab; returns the new panel page. */
export async function reopenPanel(context: BrowserContext, panel: Page): Promise<Page> {
  const url = panel.url();
  await panel.close({ runBeforeUnload: true });
  const again = await context.newPage();
  await again.goto(url);
  await again.waitForSelector('.em-editor .em-text', { timeout: 30_000 });
  return again;
}
