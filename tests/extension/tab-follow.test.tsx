// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { initialPanelState, panelReducer } from '../../components/panel/page-state';
import { PanelView } from '../../components/panel/PanelView';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { tabMoveOf, type FollowContext, type TabEvent } from '../../components/panel/tab-follow';
import { translator } from '../../lib/i18n';
import { mount } from '../editor/render';

const windowPanel: FollowContext = { bound: 7, followActive: true };
const tabPanel: FollowContext = { bound: 7, followActive: false, ownTab: 9 };

describe('the panel follows its tab', () => {
  it.each<[string, TabEvent, FollowContext, ReturnType<typeof tabMoveOf>]>([
    ['the bound tab finished loading a page', { kind: 'updated', tabId: 7, status: 'complete' }, windowPanel, { tabId: 7, reason: 'navigated' }],
    ['… also for a panel opened for that tab', { kind: 'updated', tabId: 7, status: 'complete' }, tabPanel, { tabId: 7, reason: 'navigated' }],
    ['another tab became active in the window', { kind: 'activated', tabId: 8 }, windowPanel, { tabId: 8, reason: 'switched' }],
  ])('offers the page when %s', (_, event, ctx, move) => {
    expect(tabMoveOf(event, ctx)).toEqual(move);
  });

  it.each<[string, TabEvent, FollowContext]>([
    ['the bound tab is still loading', { kind: 'updated', tabId: 7, status: 'loading' }, windowPanel],
    ['an update without a status (title, favicon)', { kind: 'updated', tabId: 7 }, windowPanel],
    ['another tab finished loading', { kind: 'updated', tabId: 8, status: 'complete' }, windowPanel],
    ['the bound tab itself became active again', { kind: 'activated', tabId: 7 }, windowPanel],
    ['a panel opened for one tab sees another tab activated', { kind: 'activated', tabId: 8 }, tabPanel],
    ['the panel’s own tab became active', { kind: 'activated', tabId: 9 }, { ...tabPanel, followActive: true }],
  ])('stays quiet when %s', (_, event, ctx) => {
    expect(tabMoveOf(event, ctx)).toBeNull();
  });

  it('keeps the open document while it offers the new page, and a new detection clears the offer', () => {
    const doc = { schema: 1 as const, meta: {}, articles: [] };
    let s = panelReducer(initialPanelState, { type: 'opened', doc, key: 'k', restore: false });
    s = panelReducer(s, { type: 'tabMoved', move: { tabId: 7, reason: 'navigated' } });
    expect(s.moved).toEqual({ tabId: 7, reason: 'navigated' });
    expect(s.opened?.doc).toBe(doc);
    s = panelReducer(s, { type: 'detected', detection: { meta: {}, image: null, regions: [], adapter: 'generic', warnings: [] } });
    expect(s.moved).toBeNull();
  });

  it('says what happened and reads the new page on a click, not while a run is going', () => {
    const onFollow = vi.fn();
    const base = {
      t: translator(PANEL_STRINGS, 'en'), detection: null, rows: [], needsAccess: null, message: null,
      onStart: vi.fn(), onCancel: vi.fn(), onGrant: vi.fn(), captureSrc: null, onCapture: vi.fn(), onSelectRegion: vi.fn(),
      moved: { tabId: 8, reason: 'switched' as const }, onFollow,
    };
    const running = mount(<PanelView {...base} running={true} />);
    expect(running.root.querySelector('.follow-tab')).toBeNull();
    running.unmount();
    const { root, unmount } = mount(<PanelView {...base} running={false} />);
    expect(root.querySelector('.tab-moved')?.textContent).toContain('Another tab is active');
    (root.querySelector('.follow-tab') as HTMLButtonElement).click();
    expect(onFollow).toHaveBeenCalledOnce();
    unmount();
  });
});
