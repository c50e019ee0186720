// @vitest-environment happy-dom
/**
 * Class 11 of issue 15, in the panel: a page with 600 hotspots is not refused with schema jargon; the
 * detector keeps the first 500, the panel accepts the detection, and says what was left out (as text,
 * never as markup).
 */
import { describe, expect, it, vi } from 'vitest';
import { PanelView } from '../../components/panel/PanelView';
import { rowsFromDetection } from '../../components/panel/state';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { detectPage } from '../../lib/detect';
import { parseDetectorReply } from '../../lib/messaging';
import { translator } from '../../lib/i18n';
import { htmlDoc } from '../detect/parse-html';
import { mount } from '../editor/render';

describe('a page with more hotspots than the panel takes', () => {
  it('keeps the first 500 and says so in the panel', () => {
    const areas = Array.from({ length: 600 }, (_, i) => `<area shape="rect" coords="${(i % 30) * 10},${Math.floor(i / 30) * 10},${(i % 30) * 10 + 9},${Math.floor(i / 30) * 10 + 9}" href="c${i}.htm">`).join('');
    const doc = htmlDoc(`<img src="p.jpg" usemap="#m" width="300" height="200"><map name="m">${areas}<area shape="star" coords="<b>x</b>"></map>`);
    const detection = detectPage(doc, 'http://127.0.0.1/node_1.htm', { naturalSize: { width: 300, height: 200 } });
    const accepted = parseDetectorReply({ ok: true, detection });
    expect(accepted.regions).toHaveLength(500);
    const view = (lang: 'zh' | 'en') =>
      mount(
        <PanelView
          t={translator(PANEL_STRINGS, lang)} detection={accepted} rows={rowsFromDetection(accepted)} running={false} needsAccess={null} message={null}
          onStart={vi.fn()} onCancel={vi.fn()} onGrant={vi.fn()} captureSrc={null} onCapture={vi.fn()} onSelectRegion={vi.fn()}
        />,
      );
    const { root, unmount } = view('en');
    const notes = root.querySelector('details.page-notes');
    expect(notes?.querySelector('summary')?.textContent).toBe(`Notes about this page (${accepted.warnings.length})`);
    const items = [...notes!.querySelectorAll('li')].map((li) => li.textContent);
    expect(items).toContain('the page has 600 hotspots: kept the first 500, the other 100 are not read');
    // A warning quoting page markup stays text.
    expect(notes!.querySelector('b')).toBeNull();
    unmount();
    const zh = view('zh');
    expect(zh.root.querySelector('details.page-notes summary')?.textContent).toBe(`本页提示（${accepted.warnings.length} 条，英文）`);
    zh.unmount();
  });
});
