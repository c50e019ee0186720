import { describe, expect, it } from 'vitest';
import { KEY_BINDINGS, keyName, keyToAction } from '../../lib/editor/keys';

describe('keyboard map', () => {
  it.each([
    [{ key: 'j' }, 'nextSuggestion'],
    [{ key: 'k' }, 'prevSuggestion'],
    [{ key: 'a' }, 'accept'],
    [{ key: 'Enter' }, 'accept'],
    [{ key: 'r' }, 'reject'],
    [{ key: 'x' }, 'reject'],
    [{ key: 'e' }, 'startEdit'],
    [{ key: '?', shiftKey: true }, 'toggleHelp'],
    [{ key: 'z', ctrlKey: true }, 'undo'],
    [{ key: 'z', metaKey: true }, 'undo'],
    [{ key: 'Z', ctrlKey: true, shiftKey: true }, 'redo'],
    [{ key: 'y', ctrlKey: true }, 'redo'],
    [{ key: 'Escape' }, 'endEdit'],
    [{ key: 'u' }, 'nextUncertain'],
    [{ key: 'U', shiftKey: true }, 'prevUncertain'],
  ])('%o → %s', (input, type) => {
    expect(keyToAction(input)?.type).toBe(type);
  });

  it('leaves letters and Enter to text fields but keeps undo/redo and Escape there', () => {
    for (const key of ['j', 'k', 'u', 'a', 'r', 'x', 'e', 'Enter', '?']) expect(keyToAction({ key, inTextField: true })).toBeNull();
    expect(keyToAction({ key: 'z', ctrlKey: true, inTextField: true })?.type).toBe('undo');
    expect(keyToAction({ key: 'Escape', inTextField: true })?.type).toBe('endEdit');
  });

  it('ignores unbound keys and Alt combinations', () => {
    expect(keyToAction({ key: 'q' })).toBeNull();
    expect(keyToAction({ key: 'J' })).toBeNull();
    // Caps Lock's U (no Shift) is not Shift+U, and Shift+J is bound to nothing.
    expect(keyToAction({ key: 'U' })).toBeNull();
    expect(keyToAction({ key: 'J', shiftKey: true })).toBeNull();
    expect(keyToAction({ key: 'j', altKey: true })).toBeNull();
    expect(keyToAction({ key: 'a', ctrlKey: true })).toBeNull();
  });

  it('names keys the way the help overlay lists them, and every listed key works', () => {
    expect(keyName({ key: 'z', ctrlKey: true, shiftKey: true })).toBe('Ctrl+Shift+Z');
    for (const b of KEY_BINDINGS) {
      for (const name of b.keys) {
        const [mods, key] = name.includes('+') ? [name.split('+').slice(0, -1), name.split('+').pop()!] : [[], name];
        const input = { key: mods.length ? key.toLowerCase() : key, ctrlKey: mods.includes('Ctrl'), shiftKey: mods.includes('Shift') };
        expect(keyToAction(input), name).toEqual(b.action);
      }
    }
  });
});
