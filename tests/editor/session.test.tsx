// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { act } from 'preact/test-utils';
import { Editor } from '../../components/editor/Editor';
import { useEditorSession } from '../../components/editor/useEditorSession';
import type { EditorState } from '../../lib/editor/state';
import { listRecent, loadSession, openEditorStore, type EditorStore } from '../../lib/storage';
import { smallDoc, testSuggest } from './fixtures';
import { button, click, mount } from './render';

const deps = { suggest: testSuggest };
let session: ReturnType<typeof useEditorSession>;

function Host({ store, storageKey }: { store: EditorStore; storageKey: string }) {
  session = useEditorSession({ doc: smallDoc(), deps, storageKey, title: '示例日报 第1版', store });
  return <Editor state={session.state} dispatch={session.dispatch} lang="en" save={session.save} />;
}

/** Lets the save finish: fake-indexeddb answers on timers, which a loaded machine delays past 20 ms. */
async function settle(): Promise<void> {
  for (let waited = 0; waited < 2000; waited += 20) {
    await act(() => new Promise((r) => setTimeout(r, 20)));
    if (session.save.status !== 'saving') return;
  }
}

describe('editor session: never lose work', () => {
  it('saves changes when the panel is hidden and reopens them exactly', async () => {
    const store = await openEditorStore('session-test');
    const m = mount(<Host store={store} storageKey="https://paper.example.cn/p1.htm" />);
    click(button(m.root, 'Apply safe fixes'));
    click(button(m.root, 'Reject'));
    const edited: EditorState = session.state;
    expect(session.save.status).toBe('pending');
    window.dispatchEvent(new Event('pagehide'));
    await settle();
    expect(session.save.status).toBe('saved');
    const stored = await loadSession(store, 'https://paper.example.cn/p1.htm');
    expect(stored).toMatchObject({ title: '示例日报 第1版', doc: edited.doc, rejected: edited.rejected });
    expect(stored!.past).toHaveLength(2);
    expect((await listRecent(store))[0].key).toBe('https://paper.example.cn/p1.htm');
    m.unmount();

    // A fresh panel on another page reopens the saved one from the recent list, undo history included.
    const again = mount(<Host store={store} storageKey="https://paper.example.cn/p2.htm" />);
    let ok = false;
    await act(async () => void (ok = await session.reopen('https://paper.example.cn/p1.htm')));
    expect(ok).toBe(true);
    expect(session.state.doc).toEqual(edited.doc);
    expect(session.state.rejected).toEqual(edited.rejected);
    click(button(again.root, 'Undo'));
    click(button(again.root, 'Undo'));
    expect(session.state.doc).toEqual(smallDoc());
    // The undo is saved to the reopened page's own key, not the new panel's.
    await act(() => session.flush());
    expect((await loadSession(store, 'https://paper.example.cn/p1.htm'))!.doc).toEqual(smallDoc());
    expect(await loadSession(store, 'https://paper.example.cn/p2.htm')).toBeUndefined();
    again.unmount();
    store.close();
  });

  it('saves a change still waiting for the autosave delay when the editor closes', async () => {
    const store = await openEditorStore('session-unmount-test');
    const m = mount(<Host store={store} storageKey="https://paper.example.cn/p3.htm" />);
    click(button(m.root, 'Apply safe fixes'));
    expect(session.save.status).toBe('pending');
    const edited = session.state.doc;
    m.unmount(); // before the 800 ms autosave delay: another document replaces this one
    await settle();
    expect((await loadSession(store, 'https://paper.example.cn/p3.htm'))!.doc).toEqual(edited);
    store.close();
  });
});
