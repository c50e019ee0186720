/** e2e entry: build the test extension, run the flow per browser, print numbers, exit non-zero on failure. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExtension, extensionDir, ROOT } from './build';
import { checkManifest, E2E_REALISTIC_PAGE } from './check';
import { chromiumChineseScreenshot, chromiumFlow } from './chromium';
import { formatReport } from './report';
import { listFixturePages } from '../support/truth';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const browsers = option('browser', 'all');
// Both browsers read every clean fixture page and one realistic page by default; `--page NAME` runs one page
// (clean or realistic) in both.
const pageOption = option('page', 'all');
const pages = pageOption === 'all' ? [...listFixturePages(), E2E_REALISTIC_PAGE] : [pageOption];
// The README's screenshots show this page, whatever the page list.
const SCREENSHOT_PAGE = 'jianglan-p03';
const build = !process.argv.includes('--no-build');
// Screenshots only on request (`--screenshots docs/screenshots`): a test run leaves the tree as it was.
const screenshots = option('screenshots', '');
let failed = false;

async function attempt(name: string, run: () => Promise<string>): Promise<void> {
  try {
    console.log(await run());
  } catch (err) {
    failed = true;
    console.error(`✗ ${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}

/** The extension built (or taken from the last build) for one browser with its manifest checked; null if that failed. */
async function builtExtension(target: 'chrome' | 'firefox'): Promise<string | null> {
  let dir: string | null = null;
  await attempt(`${target} build`, async () => {
    dir = build ? buildExtension(target) : extensionDir(target);
    checkManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), target);
    return `${target} build: ${dir}`;
  });
  return dir;
}

if (process.argv.includes('--big-page')) {
  // Only the big page (tests/e2e/big-page.ts): a minute or more of decoding, planning and OCR on a 192 MP image.
  const quick = process.argv.includes('--quick');
  const { chromiumBigPage, firefoxBigPage } = await import('./big-page');
  if (browsers === 'all' || browsers === 'chromium') {
    const dir = await builtExtension('chrome');
    if (dir) await attempt('chromium · big page', () => chromiumBigPage(dir, quick));
  }
  if (browsers === 'all' || browsers === 'firefox') {
    const dir = await builtExtension('firefox');
    if (dir) await attempt('firefox · big page', () => firefoxBigPage(dir, quick));
  }
  process.exit(failed ? 1 : 0);
}
if (browsers === 'all' || browsers === 'chromium') {
  const dir = await builtExtension('chrome');
  if (dir && pageOption === 'all') {
    const { chromiumPasteFlow } = await import('./paste-flow');
    await attempt('chromium · paste', () => chromiumPasteFlow(dir));
    const { chromiumIssueFlow } = await import('./issue-flow');
    await attempt('chromium · whole issue', () => chromiumIssueFlow(dir));
    const { chromiumDetectSystems } = await import('./detect-systems');
    await attempt('chromium · e-paper systems', async () => {
      const results = await chromiumDetectSystems(dir);
      const lines = results.map((r) => `  ${r.ok ? '✓' : '✗'} ${r.id} (${r.mechanism}): ${r.regions} region(s)${r.ok ? '' : `\n      ${r.problems.join('\n      ')}`}`);
      const report = `chromium · detector on ${results.length} e-paper systems\n${lines.join('\n')}`;
      if (!results.length || results.some((r) => !r.ok)) throw new Error(report);
      return report;
    });
  }
  if (dir) {
    const { chromiumPublisherFlow } = await import('./publisher-flow');
    await attempt('chromium · publisher text', () => chromiumPublisherFlow(dir, pages[0]));
  }
  // One attempt per page, so a failing page names itself and the others still run.
  for (const pageName of dir ? pages : []) {
    const shots = screenshots && pageName === SCREENSHOT_PAGE ? resolve(ROOT, screenshots) : undefined;
    await attempt(`chromium · ${pageName}`, async () => formatReport(await chromiumFlow(dir!, pageName, shots)));
    if (shots) await attempt('chromium · zh-CN screenshot', () => chromiumChineseScreenshot(dir!, pageName, shots));
  }
}
if (browsers === 'all' || browsers === 'firefox') {
  const { firefoxFlow } = await import('./firefox');
  const dir = await builtExtension('firefox');
  for (const pageName of dir ? pages : []) await attempt(`firefox · ${pageName}`, async () => formatReport(await firefoxFlow(dir!, pageName)));
}
process.exit(failed ? 1 : 0);
