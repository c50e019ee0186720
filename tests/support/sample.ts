/** The shared sample page: `../shared/samples` beside the repo (CI and every checkout), or /work/shared here. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const candidates = [join(here, '../../../shared/samples'), '/work/shared/samples'];
export const SAMPLES = candidates.find((d) => existsSync(d)) ?? candidates[0];
export const SAMPLE = join(SAMPLES, 'hengyang-daily-page.ocr.md');
