/** Builds the e2e flavour of the extension (EPAPER_E2E=1: 127.0.0.1 host permission, test panel opener). */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export function extensionDir(browser: 'chrome' | 'firefox'): string {
  return resolve(ROOT, `.output/e2e/${browser}-mv3`);
}

export function buildExtension(browser: 'chrome' | 'firefox'): string {
  const args = ['wxt', 'build', ...(browser === 'firefox' ? ['-b', 'firefox'] : [])];
  const run = spawnSync('npx', args, { cwd: ROOT, env: { ...process.env, EPAPER_E2E: '1' }, stdio: ['ignore', 'pipe', 'inherit'] });
  if (run.status !== 0) throw new Error(`extension build failed (npx ${args.join(' ')}): exit ${run.status}`);
  return extensionDir(browser);
}
