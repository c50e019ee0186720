/**
 * The panel's string table both ways: every string has Chinese and English with the same placeholders, and
 * every key is used by the panel (a row's status and a block's role pick their key at run time).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { BLOCK_ROLES } from '../../lib/model/document';
import type { RowStatus } from '../../components/panel/state';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const ROW_STATUSES: RowStatus[] = ['idle', 'queued', 'loading', 'recognizing', 'done', 'failed', 'cancelled'];

function panelSources(): string {
  const dirs = ['components/panel', 'entrypoints/sidepanel'];
  return dirs
    .flatMap((d) => readdirSync(d).filter((f) => /\.tsx?$/.test(f) && f !== 'strings.ts').map((f) => readFileSync(join(d, f), 'utf8')))
    .join('\n');
}

describe('panel strings', () => {
  it('has Chinese and English for every string, with the same placeholders', () => {
    for (const [key, { zh, en }] of Object.entries(PANEL_STRINGS)) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

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
