/** The shared sample page: `/work/shared/samples` here, `../shared/samples` next to the repo in CI. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates = [join(__dirname, '../../../shared/samples'), '/work/shared/samples'];
export const SAMPLES = candidates.find((d) => existsSync(d)) ?? candidates[0];
export const SAMPLE = join(SAMPLES, 'hengyang-daily-page.ocr.md');
