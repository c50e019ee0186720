// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { PanelView, type PanelViewProps } from '../../components/panel/PanelView';
import { applyArticle, applyProgress, type ArticleRow } from '../../components/panel/state';
import { PANEL_STRINGS } from '../../components/panel/strings';
import type { PageDetection } from '../../lib/detect/types';
import { translator } from '../../lib/i18n';
import { mount } from '../editor/render';

const detection: PageDetection = {
  meta: { newspaper: '测试日报', date: '2024-05-16', pageNumber: '03', pageName: '要闻' },
  image: { url: 'http://127.0.0.1/p.jpg', displayWidth: 600, displayHeight: 800 },
  regions: [],
  adapter: 'founder',
  warnings: [],
};
const hostile = '<img src=x onerror="window.pwned=1">标题';

function props(rows: ArticleRow[], over: Partial<PanelViewProps> = {}): PanelViewProps {
  return {
    t: translator(PANEL_STRINGS, 'zh'), detection, rows, running: false, needsAccess: null, message: null,
    onStart: vi.fn(), onCancel: vi.fn(), onGrant: vi.fn(),
    captureSrc: null, onCapture: vi.fn(), onSelectRegion: vi.fn(), ...over,
  };
}

describe('PanelView', () => {
  const base: ArticleRow[] = [{ regionId: 'r1', title: '甲', status: 'idle', progress: 0 }, { regionId: 'r2', status: 'idle', progress: 0 }];

  it('offers where the text comes from before Start, and hides the choice while reading', () => {
    const onTextMode = vi.fn();
    const { root, unmount } = mount(<PanelView {...props(base, { textMode: 'publisher', onTextMode })} />);
    const select = root.querySelector<HTMLSelectElement>('label.text-source select')!;
    expect(root.querySelector('label.text-source')?.textContent).toContain('文字来源');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([['publisher', '报社原文（有则优先）'], ['ocr', '仅 OCR 识别'], ['both', '原文与 OCR 对照']]);
    expect(select.value).toBe('publisher');
    act(() => {
      select.value = 'both';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(onTextMode).toHaveBeenCalledWith('both');
    unmount();
    const running = mount(<PanelView {...props(base, { textMode: 'publisher', onTextMode, running: true })} />);
    expect(running.root.querySelector('label.text-source')).toBeNull();
    running.unmount();
  });

  it('offers the OCR engine next to Start, names the trade-off, and hides the choice while reading', () => {
    const onEngine = vi.fn();
    const { root, unmount } = mount(<PanelView {...props(base, { engine: 'tesseract', onEngine })} />);
    const select = root.querySelector<HTMLSelectElement>('.actions .engine select')!;
    expect(root.querySelector('.actions .engine')?.textContent).toContain('识别引擎');
    expect([...select.options].map((o) => [o.value, o.textContent])).toEqual([
      ['paddle', 'PP-OCR（更准，较慢）'],
      ['tesseract', 'Tesseract（较快，可读英文）'],
    ]);
    expect(select.value).toBe('tesseract');
    act(() => {
      select.value = 'paddle';
      select.dispatchEvent(new Event('change'));
    });
    expect(onEngine).toHaveBeenCalledWith('paddle');
    unmount();
    const running = mount(<PanelView {...props(base, { engine: 'paddle', onEngine, running: true })} />);
    expect(running.root.querySelector('.engine')).toBeNull();
    running.unmount();
  });

  it('before Start: draws the hotspots on a thumbnail and lets the user choose articles', () => {
    const rect = (id: string, x: number) => ({ id, shape: 'rect' as const, polygon: [[x, 0], [x + 100, 0], [x + 100, 200], [x, 200]] as [number, number][], box: [x, 0, x + 100, 200] as [number, number, number, number] });
    const onToggleRegion = vi.fn();
    const onChooseAll = vi.fn();
    const withHotspots = { ...detection, regions: [rect('r1', 0), rect('r2', 100)] };
    const { root, unmount } = mount(<PanelView {...props(base, { detection: withHotspots, skipped: ['r2'], onToggleRegion, onChooseAll })} />);
    expect([...root.querySelectorAll('.page-thumbnail polygon')].map((p) => [p.getAttribute('data-region'), p.getAttribute('data-chosen')])).toEqual([['r1', 'true'], ['r2', 'false']]);
    expect(root.querySelector('.page-thumbnail polygon')?.getAttribute('points')).toBe('0,0 100,0 100,200 0,200');
    expect([...root.querySelectorAll<HTMLInputElement>('input.choose')].map((c) => c.checked)).toEqual([true, false]);
    expect(root.querySelector('[data-region="r2"] .article-status')?.textContent).toBe('不识别');
    expect(root.querySelector('.actions span')?.textContent).toBe('已选 1/2 篇');
    act(() => (root.querySelectorAll<HTMLInputElement>('input.choose')[0]).click());
    expect(onToggleRegion).toHaveBeenCalledWith('r1');
    act(() => (root.querySelector('button.choose-all') as HTMLButtonElement).click());
    expect(onChooseAll).toHaveBeenCalledWith(true);
    unmount();
    // Once reading starts, the rows show progress instead of choices.
    const running = mount(<PanelView {...props([{ ...base[0], status: 'queued' }], { detection: withHotspots, running: true, onToggleRegion })} />);
    expect(running.root.querySelector('.page-thumbnail')).toBeNull();
    expect(running.root.querySelector('input.choose')).toBeNull();
    expect(running.root.querySelector('.article-status')?.textContent).toBe('排队中');
    running.unmount();
  });

  it('shows page facts and a progress bar per unread article, and leaves export to the editor', () => {
    const rows = applyProgress(base, { regionId: 'r2', status: 'recognizing', progress: 0.4 });
    const { root, unmount } = mount(<PanelView {...props(rows)} />);
    expect(root.querySelector('[data-field="newspaper"]')?.textContent).toBe('测试日报');
    expect(root.querySelector('[data-field="page"]')?.textContent).toBe('03 要闻');
    expect(root.querySelectorAll('progress')).toHaveLength(2);
    expect((root.querySelector('[data-region="r2"] progress') as HTMLProgressElement).value).toBeCloseTo(0.4);
    expect(root.querySelector('button.export')).toBeNull();
    unmount();
  });

  it('shows a read article’s OCR text as text, never as markup, and read-only (proofreading is the editor’s)', () => {
    const article = { id: 'a', regionId: 'r1', blocks: [{ id: 'r1-b1', role: 'headline' as const, text: hostile, raw: hostile }] };
    const { root, unmount } = mount(<PanelView {...props(applyArticle(base, 'r1', article, 1.2))} />);
    const ta = root.querySelector('textarea[data-block="r1-b1"]') as HTMLTextAreaElement;
    expect(ta.value).toBe(hostile);
    expect(ta.readOnly).toBe(true);
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.article-title')?.textContent).toBe(hostile);
    expect(root.querySelector('.role')?.textContent).toBe('主题');
    expect(root.querySelectorAll('progress')).toHaveLength(1);
    unmount();
  });

  it.each([
    ['zh', 0.62, '识别只读出了本文约 62% 的文字墨迹'],
    ['en', 0.62, 'OCR read text for only about 62% of this article’s ink'],
    ['zh', 0.9, null], // at the threshold: no warning
    ['en', undefined, null], // not measured (an imported file): no warning
  ] as const)('warns (%s) when an article’s OCR covered %s of its ink', (lang, ocrCoverage, warning) => {
    const article = { id: 'a', regionId: 'r1', ...(ocrCoverage === undefined ? {} : { ocrCoverage }), blocks: [{ id: 'r1-b1', role: 'paragraph' as const, text: '正文', raw: '正文' }] };
    const { root, unmount } = mount(<PanelView {...props(applyArticle(base, 'r1', article, 1.2), { t: translator(PANEL_STRINGS, lang) })} />);
    const note = root.querySelector('[data-region="r1"] .coverage-warning');
    if (warning === null) expect(note).toBeNull();
    else {
      expect(note?.getAttribute('role')).toBe('note');
      expect(note?.textContent).toContain(warning);
    }
    unmount();
  });

  it('offers the permission button for the image host and a cancel button while running', () => {
    const onGrant = vi.fn();
    const onCancel = vi.fn();
    const { root, unmount } = mount(<PanelView {...props(base, { needsAccess: 'https://img.example.com', running: true, onGrant, onCancel })} />);
    const grant = root.querySelector('button.grant') as HTMLButtonElement;
    expect(grant.textContent).toContain('https://img.example.com');
    act(() => grant.click());
    act(() => (root.querySelector('button.cancel') as HTMLButtonElement).click());
    expect(onGrant).toHaveBeenCalledOnce();
    expect(onCancel).toHaveBeenCalledOnce();
    expect(root.querySelector('button.start')).toBeNull();
    unmount();
  });

  it('offers a tab capture instead of OCR when the page has no page image', () => {
    const onCapture = vi.fn();
    const { root, unmount } = mount(<PanelView {...props([], { detection: { ...detection, image: null }, onCapture })} />);
    expect(root.querySelector('button.start')).toBeNull();
    act(() => (root.querySelector('button.capture-tab') as HTMLButtonElement).click());
    expect(onCapture).toHaveBeenCalledOnce();
    unmount();
  });
});
