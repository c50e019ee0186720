/** e2e entry: build the test extension, run the flow per browser, print numbers, exit non-zero on failure. */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildExtension, extensionDir, ROOT } from './build';
import { checkManifest } from './check';
import { chromiumFlow } from './chromium';
import { formatReport } from './report';

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const browsers = option('browser', 'all');
const pageName = option('page', 'jianglan-p03');
const build = !process.argv.includes('--no-build');
let failed = false;

async function attempt(name: string, run: () => Promise<string>): Promise<void> {
  try {
    console.log(await run());
  } catch (err) {
    failed = true;
    console.error(`✗ ${name}: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  }
}

if (browsers === 'all' || browsers === 'chromium') {
  await attempt('chromium', async () => {
    const dir = build ? buildExtension('chrome') : extensionDir('chrome');
    checkManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), 'chrome');
    return formatReport(await chromiumFlow(dir, pageName, resolve(ROOT, 'docs/screenshots')));
  });
}
if (browsers === 'all' || browsers === 'firefox') {
  await attempt('firefox', async () => {
    const { firefoxFlow } = await import('./firefox');
    const dir = build ? buildExtension('firefox') : extensionDir('firefox');
    checkManifest(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')), 'firefox');
    return formatReport(await firefoxFlow(dir, pageName));
  });
}
process.exit(failed ? 1 : 0);
