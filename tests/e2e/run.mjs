#!/usr/bin/env node
// `npm run test:e2e [-- --browser chromium|firefox|all] [--page NAME] [--no-build] [--big-page [--quick]]`: loads tsx, then runs the TS e2e.
import { register } from 'tsx/esm/api';

register();
await import('./main.ts');
