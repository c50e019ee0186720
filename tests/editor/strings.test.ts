import { describe, expect, it } from 'vitest';
import { EDITOR_STRINGS, KIND_LABELS, ROLE_LABELS } from '../../components/editor/strings';
import { BLOCK_ROLES } from '../../lib/model/document';
import { SUGGESTION_KINDS } from '../../lib/repair/types';
import { KEY_BINDINGS } from '../../lib/editor/keys';
import { PANEL_STRINGS } from '../../components/panel/strings';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('editor and panel strings', () => {
  it.each([['editor', EDITOR_STRINGS], ['panel', PANEL_STRINGS]] as const)('%s: Chinese and English for every string, with the same placeholders', (_, table) => {
    for (const [key, { zh, en }] of Object.entries(table)) {
      expect(zh.trim(), key).not.toBe('');
      expect(en.trim(), key).not.toBe('');
      expect(placeholders(zh), key).toEqual(placeholders(en));
    }
  });

  it('labels every role, suggestion kind and shortcut', () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual([...BLOCK_ROLES].sort());
    expect(Object.keys(KIND_LABELS).sort()).toEqual([...SUGGESTION_KINDS].sort());
    for (const b of KEY_BINDINGS) expect(EDITOR_STRINGS[b.help]).toBeDefined();
  });

  it('names every role in the panel exactly as in the editor', () => {
    for (const role of BLOCK_ROLES) expect(PANEL_STRINGS[role], role).toEqual(ROLE_LABELS[role]);
  });
});
