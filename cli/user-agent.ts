/** The CLI names itself to the servers it reads from (`epaper-md/0.1.0`), so a site can tell who is fetching. */
import { createRequire } from 'node:module';

const { version } = createRequire(import.meta.url)('../package.json') as { version: string };

export const USER_AGENT = `epaper-md/${version}`;
