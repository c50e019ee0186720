/**
 * What every browser flow asserts on the panel's result: each truth article is read (matched by its
 * hotspot href) within a CER bound, and the exported Markdown holds the page and the user's edit.
 */
import { DEFAULT_PANEL_ENGINE, isOcrEngineChoice, type OcrEngineChoice } from '../../lib/ocr/engines';
import { cerDetail } from '../support/cer';
import { articleText, type TruthPage } from '../support/truth';

/**
 * CER in reading order after lib/layout, so it also catches a panel that scrambles or drops blocks.
 * Chromium and Firefox read the four fixture pages as the CLI does (docs/benchmarks.md): the bounds are the
 * worst article and page measured there ×1.5 + 1 point, so a lost or garbled article fails.
 */
export const MAX_ARTICLE_CER = 0.065;
export const MAX_PAGE_CER = 0.04;

/**
 * The realistic page the browsers read (tests/fixtures/realistic), and its bounds: the tesseract pipeline's
 * worst article and the page as measured by the bench (docs/benchmarks-realistic.md) ×1.5 + 1 point.
 * A better engine should lower these, not raise them.
 */
export const E2E_REALISTIC_PAGE = 'wangchuan-county-p02';
export const REALISTIC_MAX_ARTICLE_CER = 0.33;
export const REALISTIC_MAX_PAGE_CER = 0.235;

export interface PanelArticle {
  href: string;
  text: string;
}

export interface ArticleScore {
  id: string;
  cer: number;
  errors: number;
  truthLength: number;
}

/** Character errors over the truth's characters, all articles together. */
export const pageCer = (scores: ArticleScore[]) => scores.reduce((n, s) => n + s.errors, 0) / scores.reduce((n, s) => n + s.truthLength, 0);

/**
 * The longest the panel's main thread may be busy in one go while a page is read (the probe's tick gap,
 * tests/e2e/panel-page.ts): what a click or a keystroke would wait. Decoding, planning, cutting and layout
 * run in workers; what is left on the main thread is rendering the rows, handling the workers' messages
 * and opening the editor. With the page read on the main thread the 12000×16000 page stalled it 3.7 s at
 * load 2–4 (9.9 s at load 31–43), and the realistic page 0.8 s (1.5 s at load 43–47); in the workers
 * 0.1–0.9 s, growing with the shared 2-core machine's load up to 39 (docs/benchmarks.md, "The panel's page
 * workers"). 1.5 s is over the worst seen at load 39, and under what main's build gave on the big page.
 * Firefox's big page is only reported (tests/e2e/big-page.ts: its image decode holds the main thread).
 */
export const MAX_PANEL_STALL_MS = 1500;

/** The text every flow appends to a paragraph in the editor and then looks for in the exported file. */
export const E2E_EDIT = '【e2e 校对】';

/** What the panel shows once OCR is done: the page's paper and date, and every article within the CER bounds. */
export function checkPanel(truth: TruthPage, shown: { paper: string; date: string; articles: PanelArticle[] }): ArticleScore[] {
  if (shown.paper !== truth.paper || shown.date !== truth.date) {
    throw new Error(`panel shows paper "${shown.paper}" date "${shown.date}", expected "${truth.paper}" "${truth.date}"`);
  }
  return scoreArticles(truth, shown.articles);
}

export function scoreArticles(truth: TruthPage, read: PanelArticle[]): ArticleScore[] {
  const maxPage = truth.realistic ? REALISTIC_MAX_PAGE_CER : MAX_PAGE_CER;
  const maxArticle = truth.realistic ? REALISTIC_MAX_ARTICLE_CER : MAX_ARTICLE_CER;
  const scores = truth.articles.map((a) => {
    const found = read.find((r) => r.href.endsWith(`/${a.href.split('/').pop()}`));
    if (!found) throw new Error(`article ${a.id} (${a.href}) missing from the panel; panel has ${read.map((r) => r.href).join(', ')}`);
    return { id: a.id, text: found.text, ...cerDetail(articleText(a), found.text) };
  });
  const page = pageCer(scores);
  const all = scores.map((s) => `${s.id} ${(s.cer * 100).toFixed(1)} %`).join(', ');
  if (page > maxPage) throw new Error(`page CER ${(page * 100).toFixed(1)} % > ${maxPage * 100} % (${all})`);
  const bad = scores.filter((s) => s.cer > maxArticle);
  if (bad.length) {
    throw new Error(`CER over ${maxArticle * 100} % (${all}):\n${bad.map((s) => `${s.id}: ${s.text}`).join('\n')}`);
  }
  return scores.map(({ id, cer, errors, truthLength }) => ({ id, cer, errors, truthLength }));
}

/** The engine the e2e reads with: the default, or `EPAPER_E2E_ENGINE`, chosen in the panel's engine setting in both browsers. */
export const E2E_ENGINE: OcrEngineChoice = isOcrEngineChoice(process.env.EPAPER_E2E_ENGINE) ? process.env.EPAPER_E2E_ENGINE : DEFAULT_PANEL_ENGINE;

export function checkMarkdown(md: string, truth: TruthPage, edit: string): void {
  const problems: string[] = [];
  if (!md.startsWith('---\n')) problems.push('no YAML front matter');
  if (!md.includes(`date: ${truth.date}`) && !md.includes(`date: '${truth.date}'`)) problems.push(`date ${truth.date} missing`);
  if (!md.includes(truth.paper)) problems.push(`paper name ${truth.paper} missing`);
  // The panel's engine (lib/ocr/engines.ts): tesseract.js by default; PP-OCR's one dictionary is `ch`.
  const [engine, languages] = E2E_ENGINE === 'paddle' ? [/^ocr_engine: PP-OCRv4 rec \(ONNX Runtime\)$/m, /^ocr_languages:\s*(\[ch\]|\n\s*- ch)\s*$/m] : [/^ocr_engine: tesseract\.js 7$/m, /^ocr_languages:\s*(\[chi_sim\]|\n\s*- chi_sim)\s*$/m];
  if (!engine.test(md) || !languages.test(md)) problems.push(`${E2E_ENGINE} OCR engine and languages missing from the front matter`);
  if (!md.includes(edit)) problems.push(`the user's edit "${edit}" missing`);
  const headings = md.split('\n').filter((l) => l.startsWith('## ')).length;
  if (headings < truth.articles.length) problems.push(`${headings} article headings for ${truth.articles.length} articles`);
  if (problems.length) throw new Error(`exported Markdown: ${problems.join('; ')}\n${md.slice(0, 600)}`);
}

/** `{date}-{paper}-第{page}版-{pageName}.md`, CJK kept, nothing a file system rejects. */
export function checkFileName(name: string, truth: TruthPage): void {
  const expected = `${truth.date}-${truth.paper}-第${truth.pageNumber}版-${truth.pageName}.md`;
  if (name !== expected) throw new Error(`downloaded file is named "${name}", expected "${expected}"`);
}

/** Least privilege, as built: no host access beyond the e2e build's 127.0.0.1, wasm allowed, nothing remote. */
export function checkManifest(manifest: Record<string, unknown>, browser: 'chrome' | 'firefox'): void {
  const expected = ['activeTab', 'scripting', 'downloads', 'storage', ...(browser === 'chrome' ? ['sidePanel'] : [])].sort();
  const permissions = [...((manifest.permissions as string[]) ?? [])].sort();
  const problems: string[] = [];
  if (JSON.stringify(permissions) !== JSON.stringify(expected)) problems.push(`permissions ${permissions.join(',')}`);
  if (JSON.stringify(manifest.host_permissions) !== JSON.stringify(['http://127.0.0.1/*'])) problems.push(`host_permissions ${JSON.stringify(manifest.host_permissions)}`);
  const csp = (manifest.content_security_policy as { extension_pages?: string })?.extension_pages;
  if (csp !== "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'") problems.push(`CSP ${csp}`);
  if ('content_scripts' in manifest) problems.push('declares content scripts (the detector must be injected on demand)');
  if (problems.length) throw new Error(`${browser} manifest: ${problems.join('; ')}`);
}
