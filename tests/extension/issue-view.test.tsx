// @vitest-environment happy-dom
/** The whole-issue view: start/resume/cancel/zip buttons, the two bars, page states, and page text kept as text. */
import { describe, expect, it, vi } from 'vitest';
import { IssueView, type IssueViewProps } from '../../components/panel/IssueView';
import { PANEL_STRINGS } from '../../components/panel/strings';
import type { IssuePage } from '../../lib/detect';
import { translator } from '../../lib/i18n';
import { click, mount } from '../editor/render';

const pages: IssuePage[] = ['01', '02', '03', '04'].map((n) => ({ pageNumber: n, label: `第${n}版：要闻`, url: `http://e.example.cn/node_${n}.htm` }));
const props = (over: Partial<IssueViewProps> = {}): IssueViewProps => ({
  t: translator(PANEL_STRINGS, 'en'), pages, progress: null, running: false, readCount: 0, busy: false, message: null,
  onStart: vi.fn(), onCancel: vi.fn(), onZip: vi.fn(), ...over,
});

describe('IssueView', () => {
  it('offers the whole issue with its page count, and says so when the page lists no other pages', () => {
    const onStart = vi.fn();
    const { root, unmount } = mount(<IssueView {...props({ onStart })} />);
    const start = root.querySelector<HTMLButtonElement>('button.issue-start')!;
    expect(start.textContent).toBe('Read the whole issue (4 pages)');
    click(start);
    expect(onStart).toHaveBeenCalledOnce();
    expect(root.querySelector('progress')).toBeNull();
    unmount();
    const none = mount(<IssueView {...props({ pages: undefined })} />);
    expect(none.root.textContent).toBe('This page lists no other pages of the issue: only this page can be read.');
    none.unmount();
  });

  it('while reading: the issue bar, the page bar with its label, each page state, and Cancel instead of Start', () => {
    const onCancel = vi.fn();
    const progress = { finished: 1, total: 4, page: { index: 1, fraction: 0.25 }, states: ['kept', 'reading', 'waiting', 'waiting'] as const };
    const { root, unmount } = mount(<IssueView {...props({ running: true, onCancel, progress: { ...progress, states: [...progress.states] } })} />);
    expect(root.querySelector<HTMLProgressElement>('progress.issue-progress')!.value).toBe(1);
    expect(root.querySelector<HTMLProgressElement>('progress.page-progress')!.value).toBe(0.25);
    expect(root.textContent).toContain('Reading 第02版：要闻');
    expect([...root.querySelectorAll('.issue-pages li')].map((li) => li.getAttribute('data-state'))).toEqual(['kept', 'reading', 'waiting', 'waiting']);
    expect(root.querySelector('button.issue-start')).toBeNull();
    click(root.querySelector('button.issue-cancel'));
    expect(onCancel).toHaveBeenCalledOnce();
    unmount();
  });

  it('after a cancel: Resume, and the zip of the pages read; a page label is shown as text, never as markup', () => {
    const hostile = [{ ...pages[0], label: '<img src=x onerror="window.pwned=1">第01版' }, ...pages.slice(1)];
    const progress = { finished: 1, total: 4, states: ['done', 'cancelled', 'cancelled', 'cancelled'] as ('done' | 'cancelled')[] };
    const { root, unmount } = mount(<IssueView {...props({ pages: hostile, progress, readCount: 1 })} />);
    expect(root.querySelector('button.issue-start')!.textContent).toBe('Resume the issue (pages read are kept)');
    expect(root.querySelector('button.issue-zip')!.textContent).toBe('Download the issue as zip (pages read: 1)');
    expect(root.querySelector('.issue-pages img')).toBeNull();
    expect(root.querySelector('.issue-page-label')!.textContent).toBe(hostile[0].label);
    unmount();
  });
});
