/**
 * The panel's string table against its code: every key is used by the panel (a row's status and a block's
 * role pick their key at run time). Both languages are checked with the editor's (tests/editor/strings.test.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { BLOCK_ROLES } from '../../lib/model/document';
import type { RowStatus } from '../../components/panel/state';

const ROW_STATUSES: RowStatus[] = ['idle', 'queued', 'loading', 'recognizing', 'done', 'failed', 'cancelled'];

function panelSources(): string {
  const dirs = ['components/panel', 'entrypoints/sidepanel'];
  return dirs
    .flatMap((d) => readdirSync(d).filter((f) => /\.tsx?$/.test(f) && f !== 'strings.ts').map((f) => readFileSync(join(d, f), 'utf8')))
    .join('\n');
}

describe('panel strings', () => {
  it('uses every key: by name in the panel code, or as a row status or a block role', () => {
    const source = panelSources();
    const dynamic = new Set<string>([...ROW_STATUSES, ...BLOCK_ROLES]);
    const unused = Object.keys(PANEL_STRINGS).filter((key) => !dynamic.has(key) && !new RegExp(`['"\`]${key}['"\`]`).test(source));
    expect(unused).toEqual([]);
  });

  it('names every row status', () => {
    for (const status of ROW_STATUSES) expect(PANEL_STRINGS[status], status).toBeDefined();
  });
});
