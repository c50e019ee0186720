#!/usr/bin/env node
// `node tests/e2e/detect-run.mjs [--no-build] [--system ID]`: the detector on every e-paper system fixture in Chromium.
import { register } from 'tsx/esm/api';

register();
const { buildExtension, extensionDir } = await import('./build.ts');
const { chromiumDetectSystems } = await import('./detect-systems.ts');
const at = process.argv.indexOf('--system');
const dir = process.argv.includes('--no-build') ? extensionDir('chrome') : buildExtension('chrome');
const results = await chromiumDetectSystems(dir, at >= 0 ? process.argv[at + 1] : undefined);
for (const r of results) console.log(`${r.ok ? '✓' : '✗'} ${r.id}: ${r.regions} region(s)${r.ok ? '' : `\n    ${r.problems.join('\n    ')}`}`);
process.exit(results.length && results.every((r) => r.ok) ? 0 : 1);
