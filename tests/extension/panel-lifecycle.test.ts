/** The panel's page lifecycle (components/panel/page-state) step by step, in Node: no browser, no DOM. */
import { describe, expect, it } from 'vitest';
import { chosenDetection, initialPanelState, panelReducer, type PanelAction, type PanelState } from '../../components/panel/page-state';
import type { PageDetection, Region } from '../../lib/detect/types';
import type { Article, EpaperDocument } from '../../lib/model/document';

const region = (id: string, title?: string): Region => ({ id, shape: 'rect', polygon: [[0, 0], [10, 0], [10, 10], [0, 10]], box: [0, 0, 10, 10], ...(title ? { title } : {}) });
const detection: PageDetection = {
  meta: { newspaper: '测试日报', url: 'http://127.0.0.1/page.html' },
  image: { url: 'http://img.example.com/p.jpg', displayWidth: 600, displayHeight: 800 },
  regions: [region('r1', '甲'), region('r2')],
  adapter: 'founder',
  warnings: [],
};
const article = (regionId: string): Article => ({ id: regionId, regionId, blocks: [{ id: `${regionId}-b1`, role: 'paragraph', text: '正文', raw: '正文' }] });
const doc: EpaperDocument = { schema: 1, meta: detection.meta, articles: [article('r1')] };

const run = (...actions: PanelAction[]): PanelState => actions.reduce(panelReducer, initialPanelState);

describe('panel page lifecycle', () => {
  it('starts by looking for the page', () => {
    expect(initialPanelState).toMatchObject({ detection: null, rows: [], running: false, opened: null, message: { key: 'detecting' } });
  });

  it.each([
    [{ type: 'noTab' } as PanelAction, 'noTab'],
    [{ type: 'detected', detection: { ...detection, image: null } } as PanelAction, 'noImage'],
    [{ type: 'detected', detection: { ...detection, regions: [] } } as PanelAction, 'noRegions'],
  ])('says why there is nothing to read: %j', (action, key) => {
    expect(run(action).message?.key).toBe(key);
  });

  it('lists one waiting row per hotspot once the page is detected, and clears the message', () => {
    const state = run({ type: 'detected', detection });
    expect(state.message).toBeNull();
    expect(state.rows).toEqual([{ regionId: 'r1', title: '甲', status: 'idle', progress: 0 }, { regionId: 'r2', status: 'idle', progress: 0 }]);
  });

  it('reads the chosen articles only: the others stay out of the run and out of the rows', () => {
    const chosen = run({ type: 'detected', detection }, { type: 'toggleRegion', regionId: 'r2' });
    expect(chosenDetection(chosen)?.regions.map((r) => r.id)).toEqual(['r1']);
    const started = panelReducer(chosen, { type: 'ocrStarted' });
    expect(started.rows.map((r) => r.regionId)).toEqual(['r1']);
    // Ticked again, and none/all at once; nothing changes while a run is under way.
    expect(panelReducer(chosen, { type: 'toggleRegion', regionId: 'r2' }).skipped).toEqual([]);
    expect(panelReducer(started, { type: 'toggleRegion', regionId: 'r1' }).skipped).toEqual(['r2']);
    expect(panelReducer(chosen, { type: 'chooseAll', all: false }).skipped).toEqual(['r1', 'r2']);
    expect(panelReducer(chosen, { type: 'chooseAll', all: true }).skipped).toEqual([]);
  });

  it('does not start with no article chosen, and a page without hotspots is read whole', () => {
    const none = run({ type: 'detected', detection }, { type: 'chooseAll', all: false });
    expect(panelReducer(none, { type: 'ocrStarted' }).running).toBe(false);
    const whole = run({ type: 'detected', detection: { ...detection, regions: [] } });
    expect(chosenDetection(whole)?.regions).toEqual([]);
    expect(panelReducer(whole, { type: 'ocrStarted' }).running).toBe(true);
    // A new page forgets the old page's choice.
    expect(panelReducer(none, { type: 'detected', detection }).skipped).toEqual([]);
  });

  it('asks for the image host, and says so when the user refuses', () => {
    const asked = run({ type: 'detected', detection }, { type: 'accessNeeded', origin: 'http://img.example.com' });
    expect(asked.needsAccess).toBe('http://img.example.com');
    const refused = panelReducer(asked, { type: 'accessAnswered', origin: 'http://img.example.com', granted: false });
    expect(refused).toMatchObject({ needsAccess: 'http://img.example.com', message: { key: 'refused', vars: { origin: 'http://img.example.com' } } });
    const granted = panelReducer(refused, { type: 'accessAnswered', origin: 'http://img.example.com', granted: true });
    expect(granted).toMatchObject({ needsAccess: null, message: null });
  });

  it('runs OCR: rows follow progress and articles, then the returned document opens in the editor', () => {
    let state = run({ type: 'detected', detection }, { type: 'ocrStarted' });
    expect(state.running).toBe(true);
    state = panelReducer(state, { type: 'progress', progress: { regionId: 'r2', partId: 1, status: 'recognizing', progress: 0.5 } });
    state = panelReducer(state, { type: 'article', regionId: 'r1', article: article('r1'), seconds: 1.2 });
    state = panelReducer(state, { type: 'regionFailed', regionId: 'r2', message: 'worker died' });
    expect(state.rows.map((r) => [r.regionId, r.status])).toEqual([['r1', 'done'], ['r2', 'failed']]);
    expect(state.opened).toBeNull();
    state = panelReducer(state, { type: 'ocrEnded' });
    state = panelReducer(state, { type: 'opened', doc, key: 'page', restore: false });
    expect(state).toMatchObject({ running: false, opened: { doc, key: 'page', restore: false, gen: 0 }, message: null });
  });

  it('OCR again starts every row afresh, closes the editor until the new document comes, and remounts it then', () => {
    let state = run({ type: 'detected', detection }, { type: 'ocrStarted' }, { type: 'article', regionId: 'r1', article: article('r1') }, { type: 'ocrEnded' }, { type: 'opened', doc, key: 'page', restore: false });
    state = panelReducer(state, { type: 'ocrStarted' });
    expect(state.opened).toBeNull();
    expect(state.rows.every((r) => r.status === 'idle' && !r.article)).toBe(true);
    state = panelReducer(panelReducer(state, { type: 'ocrEnded' }), { type: 'opened', doc, key: 'page', restore: false });
    expect(state.opened?.gen).toBe(1);
  });

  it('ignores a second start while a run is going', () => {
    const running = run({ type: 'detected', detection }, { type: 'ocrStarted' }, { type: 'article', regionId: 'r1', article: article('r1') });
    expect(panelReducer(running, { type: 'ocrStarted' })).toBe(running);
  });

  it('ends a failed run with the error, offering the grant again when the image host refused', () => {
    const state = run({ type: 'detected', detection }, { type: 'ocrStarted' }, { type: 'ocrFailed', message: 'HTTP 403', deniedOrigin: 'http://img.example.com' });
    expect(state).toMatchObject({ running: false, needsAccess: 'http://img.example.com', message: { key: 'error', vars: { message: 'HTTP 403' } } });
    const other = run({ type: 'detected', detection }, { type: 'ocrStarted' }, { type: 'ocrFailed', message: 'out of memory' });
    expect(other.needsAccess).toBeNull();
  });

  it('reopens a saved page as it was left, saying when it was saved', () => {
    const state = run({ type: 'detected', detection }, { type: 'opened', doc, key: 'page', restore: true, restoredAt: '2024/5/16 08:00' });
    expect(state).toMatchObject({ opened: { restore: true }, message: { key: 'restored', vars: { time: '2024/5/16 08:00' } } });
  });

  it('turns a rectangle dragged on the tab capture into the page to read', () => {
    const noImage = { ...detection, image: null, regions: [] };
    const user = { ...region('user'), box: [0, 0, 300, 200] as Region['box'] };
    // Without a capture the rectangle has no image to belong to.
    expect(run({ type: 'detected', detection: noImage }, { type: 'regionSelected', region: user }).detection?.image).toBeNull();
    const state = run({ type: 'detected', detection: noImage }, { type: 'captured', src: 'data:image/png;base64,AAAA' }, { type: 'regionSelected', region: user });
    expect(state.detection?.image).toEqual({ url: 'data:image/png;base64,AAAA', displayWidth: 300, displayHeight: 200 });
    expect(state.detection?.regions).toEqual([user]);
    expect(state.rows.map((r) => r.regionId)).toEqual(['user']);
  });
});
