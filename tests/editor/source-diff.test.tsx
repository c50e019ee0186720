// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { useReducer } from 'preact/hooks';
import { Editor } from '../../components/editor/Editor';
import { SourceDiff, TextSourceNote } from '../../components/editor/SourceDiff';
import { editorTranslator } from '../../components/editor/strings';
import { createEditorReducer, initEditorState } from '../../lib/editor/state';
import type { Article, Block, EpaperDocument } from '../../lib/model/document';
import { testSuggest } from './fixtures';
import { click, mount } from './render';

const en = editorTranslator('en');
const zh = editorTranslator('zh');
let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
});

const pub = (id: string, role: Block['role'], text: string, ocr: string): Block => ({ id, role, text, raw: text, source: { origin: 'publisher', regionId: 'a1', bbox: [0, 0, 400, 300] }, alternative: { origin: 'ocr', text: ocr } });
const article: Article = {
  id: 'a1',
  regionId: 'a1',
  href: 'https://paper.example.cn/html/2026-11/29/content_7.htm',
  textSource: 'both',
  publisher: { url: 'https://paper.example.cn/html/2026-11/29/content_7.htm', outcome: 'used', reader: 'founder', ocrCer: 0.0312 },
  blocks: [pub('p1', 'headline', '5G信号覆盖全县', '5G信号履盖全县'), pub('p2', 'paragraph', '覆盖率达到98%。', '覆盖率达到989%。')],
};

describe('where an article’s text came from', () => {
  it('SourceDiff strikes what only OCR read and marks what OCR missed', () => {
    const m = mount(<SourceDiff block={article.blocks[0]} t={en} />);
    cleanup = m.unmount;
    expect([...m.root.querySelectorAll('del')].map((e) => e.textContent)).toEqual(['履']);
    expect([...m.root.querySelectorAll('ins')].map((e) => e.textContent)).toEqual(['覆']);
    expect(m.root.textContent).toContain('OCR has 1 characters the publisher lacks and misses 1');
  });

  it('TextSourceNote names the publisher’s page and the OCR error rate, or why OCR stands in', () => {
    const used = mount(<TextSourceNote article={article} t={zh} />);
    expect(used.root.textContent).toContain('文字取自报社网页；本篇 OCR 字错率 3.1%');
    expect(used.root.querySelector('a')?.getAttribute('href')).toBe(article.publisher!.url);
    used.unmount();
    const failed = mount(<TextSourceNote article={{ ...article, textSource: undefined, publisher: { url: article.href!, outcome: 'failed', detail: 'HTTP 404' } }} t={en} />);
    expect(failed.root.querySelector('[data-outcome="failed"]')?.textContent).toContain('The publisher’s page could not be read (HTTP 404); this article is OCR’d.');
    failed.unmount();
    const none = mount(<TextSourceNote article={{ ...article, publisher: undefined }} t={en} />);
    cleanup = none.unmount;
    expect(none.root.textContent).toBe('');
  });

  it('the editor shows the note and, for the selected block, the OCR ↔ publisher diff', () => {
    const doc: EpaperDocument = { schema: 1, meta: {}, articles: [article] };
    const deps = { suggest: testSuggest };
    function Host() {
      const [state, dispatch] = useReducer(createEditorReducer(deps), undefined, () => initEditorState(doc, deps));
      return <Editor state={state} dispatch={dispatch} lang="en" image={null} />;
    }
    const m = mount(<Host />);
    cleanup = m.unmount;
    expect(m.root.querySelector('.em-source-note')?.textContent).toContain('OCR character error rate here 3.1%');
    click(m.root.querySelectorAll('.em-text')[1]);
    const diff = m.root.querySelector('.em-source-diff');
    expect(diff?.querySelector('del')?.textContent).toBe('9');
    expect(m.root.querySelector('.em-diff h3')?.textContent).toBe('Publisher’s text ↔ current text');
  });
});
