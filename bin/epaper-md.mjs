#!/usr/bin/env node
// The CLI is TypeScript (cli/main.ts); tsx's loader lets `npx epaper-md` run it without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
