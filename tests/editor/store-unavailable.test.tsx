// @vitest-environment happy-dom
/**
 * IndexedDB that cannot be opened (a private window, blocked site data, a broken profile): the editor
 * keeps the document in memory, says that nothing is saved and why, in the UI language, and offers
 * export — instead of never saving and saying nothing.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Editor } from '../../components/editor/Editor';
import { useEditorSession } from '../../components/editor/useEditorSession';
import type { Lang } from '../../lib/i18n';
import { openEditorStore, StorageError } from '../../lib/storage';
import { smallDoc, testSuggest } from './fixtures';
import { button, click, mount } from './render';

const deps = { suggest: testSuggest };
let session: ReturnType<typeof useEditorSession>;

function Host({ storeError, lang, onExport }: { storeError: StorageError; lang: Lang; onExport: () => void }) {
  session = useEditorSession({ doc: smallDoc(), deps, storageKey: 'paste:1', title: '示例日报 第1版', store: null, storeError });
  return <Editor state={session.state} dispatch={session.dispatch} lang={lang} save={session.save} onExport={onExport} />;
}

/** What opening the store rejects with when IndexedDB itself refuses (`open` throws a DOMException). */
async function failedOpen(name: string, message: string): Promise<StorageError> {
  const open = vi.spyOn(indexedDB, 'open').mockImplementation(() => {
    throw new DOMException(message, name);
  });
  try {
    await openEditorStore('store-unavailable-test');
  } catch (e) {
    return e as StorageError;
  } finally {
    open.mockRestore();
  }
  throw new Error('openEditorStore did not fail');
}

afterEach(() => vi.restoreAllMocks());

describe('editor without a store', () => {
  it('says nothing is saved, why, and offers export; edits keep working in memory', async () => {
    const error = await failedOpen('SecurityError', 'The operation is insecure.');
    expect(error).toBeInstanceOf(StorageError);
    expect(error.code).toBe('unavailable');
    const onExport = vi.fn();
    const m = mount(<Host storeError={error} lang="en" onExport={onExport} />);
    const alert = m.root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Browser storage could not be opened (a private window, or site data is blocked)');
    expect(alert?.textContent).toContain('lost when it closes or reloads');
    click(button(m.root, 'Export now'));
    expect(onExport).toHaveBeenCalledTimes(1);

    // The document is edited in memory as usual; the notice stays (nothing will ever be saved).
    click(button(m.root, 'Apply safe fixes'));
    expect(session.state.doc).not.toEqual(smallDoc());
    expect(session.save.status).toBe('off');
    expect(m.root.querySelector('[role="alert"]')?.textContent).toContain('Browser storage could not be opened');
    m.unmount();
  });

  it('speaks the browser language, and names another cause in its own words', async () => {
    const blocked = await failedOpen('VersionError', 'The requested version (1) is less than the existing version (2).');
    expect(blocked.code).toBe('blocked');
    const m = mount(<Host storeError={blocked} lang="zh" onExport={() => undefined} />);
    expect(m.root.querySelector('[role="alert"]')?.textContent).toContain('无法打开浏览器存储（另一个标签页打开了旧版本的编辑器数据库');
    expect(button(m.root, '立即导出')).toBeTruthy();
    m.unmount();

    // An unknown failure keeps its own text, so it can be reported.
    const other = await failedOpen('UnknownError', 'Internal error opening backing store');
    const n = mount(<Host storeError={other} lang="en" onExport={() => undefined} />);
    expect(n.root.querySelector('[role="alert"]')?.textContent).toContain('UnknownError: Internal error opening backing store');
    n.unmount();
  });
});
