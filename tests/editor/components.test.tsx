// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useReducer } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { Editor } from '../../components/editor/Editor';
import { DiffView } from '../../components/editor/DiffView';
import { SuggestionCard } from '../../components/editor/SuggestionCard';
import { PasteDialog } from '../../components/editor/PasteDialog';
import { RecentPages } from '../../components/editor/RecentPages';
import { editorTranslator } from '../../components/editor/strings';
import { createEditorReducer, initEditorState, type EditorState } from '../../lib/editor/state';
import { articleBox, fitBox, toScreen } from '../../lib/editor/viewport';
import { StorageError } from '../../lib/storage';
import { KEY_BINDINGS } from '../../lib/editor/keys';
import type { EpaperDocument } from '../../lib/model/document';
import { smallDoc, testSuggest } from './fixtures';
import { button, click, key, mount } from './render';

const deps = { suggest: testSuggest };
const t = editorTranslator('en');
let latest: EditorState;
let cleanup: (() => void) | null = null;
afterEach(() => cleanup?.());

function Host({ doc, lang = 'en' as const, image = null as null | { src: string; width: number; height: number } }: { doc: EpaperDocument; lang?: 'en' | 'zh'; image?: { src: string; width: number; height: number } | null }) {
  const [state, dispatch] = useReducer(createEditorReducer(deps), undefined, () => initEditorState(doc, deps));
  latest = state;
  return <Editor state={state} dispatch={dispatch} lang={lang} image={image} />;
}

function mountHost(doc = smallDoc(), props: { lang?: 'en' | 'zh'; image?: { src: string; width: number; height: number } } = {}) {
  const m = mount(<Host doc={doc} {...props} />);
  cleanup = m.unmount;
  return m.root;
}

const blockText = (id: string) => latest.doc.articles.flatMap((a) => a.blocks).find((b) => b.id === id)!.text;

describe('<Editor>', () => {
  it('says when a pasted page was read across its columns (whole-page OCR), in the UI language, and only then', () => {
    const doc = smallDoc();
    const across = { ...doc, meta: { ...doc.meta, readAcrossColumns: { lines: 7, firstLine: 6 } } };
    const note = (root: HTMLElement) => [...root.querySelectorAll('.coverage-warning')].map((e) => e.textContent ?? '').find((x) => /columns|各栏/u.test(x));
    expect(note(mountHost(across))).toBe(t('readAcrossColumns', { lines: 7, line: 6 }));
    cleanup?.();
    expect(note(mountHost(across, { lang: 'zh' }))).toContain('7 行（从第 6 行起）');
    cleanup?.();
    expect(note(mountHost(doc))).toBeUndefined();
  });

  it('lists the articles and accepts a suggestion from the list', () => {
    const root = mountHost();
    expect([...root.querySelectorAll('.em-articles .em-title')].map((e) => e.textContent)).toEqual(['全市工业用电量持续攀升', '夜间出行满意度提升']);
    click(root.querySelectorAll('.em-suggestion')[0].querySelector('button:not(.em-link)'));
    expect(blockText('b2')).toBe('今年以来，我市锚定目标,');
    expect(root.querySelector('.em-articles')?.textContent).toContain('2'); // two pending left in article 1
  });

  it('steps through suggestions with j and accepts with a, but lets a textarea keep its letters', () => {
    const root = mountHost();
    const editor = root.querySelector('.em-editor')!;
    key(editor, 'j');
    key(editor, 'j');
    key(editor, 'a');
    expect(blockText('b2')).toBe('今年以来,我市锚定目标，');
    key(editor, 'z', { ctrlKey: true });
    expect(blockText('b2')).toBe('今年以来,我市锚定目标,');
    key(editor, 'e');
    const area = root.querySelector('textarea')!;
    key(area, 'r');
    expect(latest.pending).toHaveLength(3); // 'r' typed into the field did not reject anything
  });

  it('opens the current suggestion’s card at its mark, with context and plain words, and decides there', () => {
    const root = mountHost();
    key(root.querySelector('.em-editor')!, 'j');
    const card = root.querySelector('.em-card')!;
    // Beside the mark: inside the paragraph that holds it, right after the marked comma.
    expect(card.closest('.em-block')?.getAttribute('aria-label')).toContain('今年以来');
    expect(card.previousElementSibling?.classList.contains('em-fix')).toBe(true);
    expect(card.querySelector('.em-card-change')?.textContent).toBe('今年以来,我市锚定目标… → 今年以来，我市锚定目标…');
    expect(card.querySelector('.em-card-reason')?.textContent).toBe('Full-width comma in Chinese text');
    expect(card.textContent).toContain('1 of 3');
    click(card.querySelector('.em-card-reject'));
    expect(latest.rejected).toEqual(['punctuation:b2:4']);
    // The selection moved on to the next one, whose card is now open: a block join has no text change.
    const next = root.querySelector('.em-card')!;
    expect(next.getAttribute('data-suggestion')).toBe(latest.selection.suggestionId);
    click(next.querySelector('.em-card-accept'));
    expect(blockText('b2')).toContain('锚定目标，');
    expect(root.querySelectorAll('.em-card')).toHaveLength(1);
  });

  it('lists the open article’s suggestions by default and the whole page’s on request', () => {
    const doc = smallDoc();
    doc.articles[1].blocks[1] = { ...doc.articles[1].blocks[1], text: '夜间,出行', raw: '夜间,出行' };
    const root = mountHost(doc);
    expect(root.querySelectorAll('.em-suggestion')).toHaveLength(3);
    click(button(root, 'Whole page (4)'));
    expect(root.querySelectorAll('.em-suggestion')).toHaveLength(4);
    click(button(root, 'Next article'));
    click(button(root, 'This article (1)'));
    expect(root.querySelectorAll('.em-suggestion')).toHaveLength(1);
    expect(root.querySelector('.em-article-pick select')?.getAttribute('aria-label')).toBe('Article 2 of 2');
  });

  it('opens the help overlay with ? and lists every shortcut', () => {
    const root = mountHost(smallDoc(), { lang: 'zh' });
    key(root.querySelector('.em-editor')!, '?');
    const dialog = root.querySelector('[role="dialog"]')!;
    expect(dialog.textContent).toContain('下一条建议');
    expect([...dialog.querySelectorAll('kbd')].map((k) => k.textContent)).toEqual(KEY_BINDINGS.flatMap((b) => b.keys));
    click(button(dialog, '关闭'));
    expect(root.querySelector('[role="dialog"]')).toBeNull();
  });

  it('renders OCR text as text, never as HTML', () => {
    const doc = smallDoc();
    doc.articles[0].blocks[0].text = '<img src=x onerror=alert(1)>标题';
    const root = mountHost(doc);
    click(root.querySelector('.em-text'));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.em-blocks')!.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('restructures through the block actions: merge, set aside and restore', () => {
    const root = mountHost();
    click(root.querySelectorAll('.em-text')[1]);
    click(button(root, 'Merge with next'));
    expect(blockText('b2')).toBe('今年以来,我市锚定目标,大力开展攻坚行动。');
    click(button(root, 'Set aside'));
    expect(root.querySelector('.em-aside')?.textContent).toContain('set aside by the user');
    click(button(root, 'Restore'));
    expect(root.querySelector('.em-aside')).toBeNull();
    click(button(root, 'Undo merge'));
    expect(latest.doc).toEqual(smallDoc());
  });

  it('keeps the keyboard working when the focused block is merged away', () => {
    const root = mountHost();
    const third = root.querySelectorAll<HTMLElement>('.em-text')[2];
    act(() => third.focus()); // b3 selected and focused
    click(root.querySelectorAll('.em-text')[1]); // b2 selected; b3 keeps the focus
    click(button(root, 'Merge with next')); // b3 leaves the page and with it the focus
    expect(document.activeElement?.classList.contains('em-text')).toBe(true);
    expect(document.activeElement?.textContent).toContain('大力开展攻坚行动');
    key(document.activeElement!, '?');
    expect(latest.helpOpen).toBe(true);
  });

  it('selects the block under a click on the page image and highlights its box', () => {
    const doc = smallDoc();
    const root = mountHost(doc, { image: { src: 'page.png', width: 800, height: 1200 } });
    // Where block b3 is drawn in the default pane (happy-dom has no layout: the pane's fallback size).
    const view = fitBox(articleBox(doc.articles[0])!, { width: 360, height: 480 });
    const box = toScreen(view, doc.articles[0].blocks[2].source!.bbox!);
    click(root.querySelector('.em-image'), { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 });
    expect(latest.selection.blockId).toBe('b3');
    expect(root.querySelector('.em-box[data-selected="true"]')?.getAttribute('data-block')).toBe('b3');
    expect(root.querySelector('.em-diff')).not.toBeNull();
  });

  it('shows a full-storage save error with what to do', () => {
    const state = initEditorState(smallDoc(), deps);
    const m = mount(<Editor state={state} dispatch={() => {}} lang="en" save={{ status: 'error', error: new StorageError('quota', 'full') }} />);
    cleanup = m.unmount;
    expect(m.root.querySelector('[role="alert"]')?.textContent).toBe(`Saving failed: ${t('errQuota')}`);
  });
});

describe('small components', () => {
  it('SuggestionCard shows a removed space as ␣ and the text closed up, never as a blank or ∅', () => {
    const s = { id: 's', kind: 'cjk-spaces' as const, articleId: 'a1', blockIds: ['b'], confidence: 0.95, reason: { zh: '去掉汉字之间的空格', en: 'Remove the space between Chinese characters' },
      edits: [{ blockId: 'b', start: 2, end: 3, text: '', expected: ' ' }] };
    const m = mount(<SuggestionCard suggestion={s} blockText="古镇 老街焕新颜" index={2} total={5} dispatch={() => {}} t={t} lang="en" />);
    expect(m.root.querySelector('.em-card-change')?.textContent).toBe('古镇␣老街焕新颜 → 古镇老街焕新颜');
    expect(m.root.querySelector('del')?.textContent).toBe('␣');
    expect(m.root.querySelector('ins')).toBeNull();
    expect(m.root.textContent).toContain('Extra spaces');
    m.unmount();
  });

  it('DiffView marks inserted and deleted characters', () => {
    const m = mount(<DiffView raw={'衡 阳,记者'} text={'衡阳，记者'} t={t} />);
    cleanup = m.unmount;
    expect([...m.root.querySelectorAll('del')].map((e) => e.textContent).join('')).toContain(',');
    expect([...m.root.querySelectorAll('ins')].map((e) => e.textContent).join('')).toContain('，');
  });

  it('PasteDialog refuses empty text and hands over pasted text', () => {
    const onSubmit = vi.fn();
    const m = mount(<PasteDialog onSubmit={onSubmit} onCancel={() => {}} t={t} />);
    cleanup = m.unmount;
    const form = m.root.querySelector('form')!;
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(m.root.querySelector('[role="alert"]')?.textContent).toBe('Paste some text first');
    const area = m.root.querySelector('textarea')!;
    act(() => {
      area.value = '衡阳日报讯 记者';
      area.dispatchEvent(new Event('input', { bubbles: true }));
    });
    act(() => void form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(onSubmit).toHaveBeenCalledWith('衡阳日报讯 记者');
  });

  it('RecentPages opens and deletes the chosen page', () => {
    const onOpen = vi.fn();
    const onDelete = vi.fn();
    const pages = [{ key: 'k2', title: '第二版', savedAt: 2, articles: 3 }, { key: 'k1', title: '第一版', savedAt: 1, articles: 5 }];
    const m = mount(<RecentPages pages={pages} onOpen={onOpen} onDelete={onDelete} t={t} lang="en" />);
    cleanup = m.unmount;
    click(button(m.root, 'Open 第一版'));
    click(button(m.root, 'Delete 第二版'));
    expect(onOpen).toHaveBeenCalledWith('k1');
    expect(onDelete).toHaveBeenCalledWith('k2');
  });
});
