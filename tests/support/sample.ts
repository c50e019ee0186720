/**
 * The shared sample page: `../shared/samples` beside the repo (CI and every checkout), or /work/shared here.
 * Resolved from the working directory (tests and scripts run from the repo root) because under the
 * happy-dom environment `import.meta.url` is not a file URL.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

const candidates = [join(process.cwd(), '../shared/samples'), '/work/shared/samples'];
export const SAMPLES = candidates.find((d) => existsSync(d)) ?? candidates[0];
export const SAMPLE = join(SAMPLES, 'hengyang-daily-page.ocr.md');
