import type { OcrEngineChoice } from '../../lib/ocr/engines';
import { E2E_ENGINE, MAX_PANEL_STALL_MS } from './check';

/**
 * Drives the panel page the same way in both browsers (Playwright page in Chromium, Puppeteer page in
 * Firefox): only `evaluate`, `click` and `waitForFunction`-style polling are used, which both offer.
 */
export interface DrivenPage {
  evaluate<T>(fn: string): Promise<T>;
  click(selector: string): Promise<void>;
  screenshot(options: { path: string; fullPage: boolean }): Promise<unknown>;
}

export async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs: number): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch((e: { fatal?: boolean }) => {
      if (e?.fatal) throw e;
      return null;
    });
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

export interface PanelSnapshot {
  paper: string;
  date: string;
  done: number;
  total: number;
  message: string;
  /** Mean recognition seconds per article as the panel shows it (engine start-up excluded). */
  perArticle: number;
  articles: { href: string; text: string; status: string; error: string }[];
}

const SNAPSHOT = `(() => {
  const text = (sel) => document.querySelector(sel)?.textContent ?? '';
  const totals = document.querySelector('.totals');
  return {
    paper: text('[data-field="newspaper"]'), date: text('[data-field="date"]'),
    done: Number(totals?.dataset.done ?? -1), total: Number(totals?.dataset.total ?? -1), message: text('.message'),
    perArticle: Number((text('.totals').match(/([\\d.]+) ?(s|秒)/) ?? [])[1] ?? NaN),
    articles: [...document.querySelectorAll('.article')].map((li) => ({
      href: li.dataset.href ?? '', status: li.dataset.status ?? '', error: li.querySelector('.error')?.textContent ?? '',
      text: [...li.querySelectorAll('textarea')].map((t) => t.value).join('\\n'),
    })),
  };
})()`;

export function snapshot(page: DrivenPage): Promise<PanelSnapshot> {
  return page.evaluate<PanelSnapshot>(SNAPSHOT);
}

/** Appends to the first paragraph in the editor: double-click opens its field, input events type, Escape ends. */
export async function editInEditor(page: DrivenPage, suffix: string): Promise<void> {
  await waitFor('the editor', () => page.evaluate<boolean>(`!!document.querySelector('.em-role-paragraph .em-text')`), 30_000);
  await page.evaluate(`document.querySelector('.em-role-paragraph .em-text').dispatchEvent(new MouseEvent('dblclick', { bubbles: true }))`);
  await waitFor('the edit field', () => page.evaluate<boolean>(`!!document.querySelector('textarea.em-edit')`), 5_000);
  await page.evaluate(`(() => {
    const ta = document.querySelector('textarea.em-edit');
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set.call(ta, ta.value + ${JSON.stringify(suffix)});
    ta.dispatchEvent(new Event('input', { bubbles: true }));
    ta.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  })()`);
}

/** How long the panel's main thread was busy while OCR ran: what a click or a keystroke would wait. */
export interface MainThreadStall {
  /** Longest gap past the probe's 10 ms timer, ms. */
  max: number;
  /** When the longest stall ended, seconds after Start. */
  at: number;
  p95: number;
  samples: number;
}

export interface FlowResult {
  seconds: number;
  /** Start → the first article's text shown in the panel, seconds (the page's own clock). */
  firstArticle: number;
  snapshot: PanelSnapshot;
  stall: MainThreadStall;
}

// A 10 ms timer chain from Start on: each tick's lateness is time the main thread spent on something else
// (decoding, planning, cutting and layout run in the panel's page workers, recognition in the engine's;
// rendering and the workers' messages run here). Input waits the same way.
// The same tick notes when the first finished article's text is on screen, timed from the Start click in
// the page's clock (the driver's polling would add its own latency). A render that lands between ticks is
// noted up to one tick late, which the stall numbers bound.
const PROBE_START = `(() => {
  const lags = (window.__emLags = []);
  window.__emWorst = { lag: -1, at: 0 };
  window.__emStart = undefined;
  window.__emFirst = undefined;
  document.querySelector('button.start').addEventListener('click', () => (window.__emStart = performance.now()), { capture: true, once: true });
  let last = performance.now();
  const tick = () => {
    const now = performance.now();
    const lag = Math.max(0, now - last - 10);
    // From Start on: what the panel does before (the e2e setting its options) is not the page's reading.
    if (window.__emStart !== undefined) {
      lags.push(lag);
      if (lag > window.__emWorst.lag) window.__emWorst = { lag, at: now };
    }
    last = now;
    if (window.__emStart !== undefined && window.__emFirst === undefined) {
      const shown = [...document.querySelectorAll('.article[data-status="done"] textarea')].some((t) => t.value.trim() && t.offsetParent !== null);
      if (shown) window.__emFirst = now;
    }
    window.__emProbe = setTimeout(tick, 10);
  };
  window.__emProbe = setTimeout(tick, 10);
})()`;
const PROBE_STOP = `(() => {
  clearTimeout(window.__emProbe);
  const lags = [...window.__emLags].sort((a, b) => a - b);
  const first = window.__emFirst === undefined || window.__emStart === undefined ? NaN : (window.__emFirst - window.__emStart) / 1000;
  const at = window.__emStart === undefined ? NaN : Math.round(window.__emWorst.at - window.__emStart) / 1000;
  return { stall: { max: Math.round(lags[lags.length - 1] ?? 0), at, p95: Math.round(lags[Math.floor(lags.length * 0.95)] ?? 0), samples: lags.length }, first };
})()`;

/**
 * Start OCR, wait until every row is finished, return the wall time. The text source is set to OCR only
 * first: the fixture pages have content pages, and this flow measures our OCR in the browser. Fails when the
 * panel's main thread was busy longer than `maxStallMs` in one go (null: only reported).
 */
export async function runOcr(page: DrivenPage, timeoutMs: number, engine: OcrEngineChoice = E2E_ENGINE, maxStallMs: number | null = MAX_PANEL_STALL_MS): Promise<FlowResult> {
  await waitFor('the Start button', () => page.evaluate<boolean>(`!!document.querySelector('button.start')`), 30_000);
  // The panel's own settings, as a user sets them: OCR only, and the engine (remembered in storage.local).
  await page.evaluate(`(() => {
    const choose = (sel, value) => {
      const select = document.querySelector(sel);
      if (select && select.value !== value) { select.value = value; select.dispatchEvent(new Event('change', { bubbles: true })); }
    };
    choose('label.text-source select', 'ocr');
    choose('label.engine select', ${JSON.stringify(engine)});
  })()`);
  const chosen = await page.evaluate<string>(`document.querySelector('label.engine select')?.value ?? ''`);
  if (chosen !== engine) throw new Error(`the panel's engine setting shows "${chosen}", expected "${engine}"`);
  await page.evaluate(PROBE_START);
  const t0 = Date.now();
  await page.click('button.start');
  const snap = await waitFor(
    'OCR of every article',
    async () => {
      const s = await snapshot(page);
      const finished = s.articles.length > 0 && s.articles.every((a) => a.status === 'done' || a.status === 'failed');
      const idle = await page.evaluate<boolean>(`!document.querySelector('button.cancel')`);
      if (s.message.includes('Error') || s.message.includes('出错')) throw Object.assign(new Error(s.message), { fatal: true });
      return finished && idle ? s : null;
    },
    timeoutMs,
  );
  const seconds = (Date.now() - t0) / 1000;
  const { stall, first } = await page.evaluate<{ stall: MainThreadStall; first: number }>(PROBE_STOP);
  // No bound on the time itself (a shared machine swings it several-fold); the report prints it.
  if (!Number.isFinite(first) || first > seconds) throw new Error(`no article text was seen in the panel between Start and the end of OCR (${first})`);
  if (maxStallMs !== null && stall.max > maxStallMs) {
    throw new Error(`the panel's main thread was busy ${stall.max} ms in one go (ending ${stall.at} s after Start), over ${maxStallMs} ms: the panel froze`);
  }
  return { seconds, firstArticle: first, snapshot: snap, stall };
}
