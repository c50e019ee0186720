// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ExportDialog, type ExportDialogProps } from '../../components/panel/ExportDialog';
import { OcrAgain } from '../../components/panel/OcrAgain';
import { PanelView } from '../../components/panel/PanelView';
import { PANEL_STRINGS } from '../../components/panel/strings';
import { translator } from '../../lib/i18n';
import { click, mount } from '../editor/render';

function props(over: Partial<ExportDialogProps> = {}): ExportDialogProps {
  return {
    t: translator(PANEL_STRINGS, 'en'), per: 'page', saveAs: false, unreviewed: 0, busy: false,
    onPer: vi.fn(), onSaveAs: vi.fn(), onMarkdown: vi.fn(), onZip: vi.fn(), onJson: vi.fn(), onCopy: vi.fn(), ...over,
  };
}

describe('ExportDialog', () => {
  it('checks the remembered choice and reports a new one and the save-as box', () => {
    const onPer = vi.fn();
    const onSaveAs = vi.fn();
    const { root, unmount } = mount(<ExportDialog {...props({ onPer, onSaveAs })} />);
    const radio = (v: string) => root.querySelector(`input[value="${v}"]`) as HTMLInputElement;
    expect(radio('page').checked).toBe(true);
    expect(radio('article').checked).toBe(false);
    act(() => radio('both').click());
    expect(onPer).toHaveBeenCalledWith('both');
    act(() => (root.querySelector('input.save-as') as HTMLInputElement).click());
    expect(onSaveAs).toHaveBeenCalledWith(true);
    unmount();
  });

  it('says how many suggestions go out unreviewed, and each button runs its own export', () => {
    const p = props({ unreviewed: 7 });
    const { root, unmount } = mount(<ExportDialog {...p} />);
    expect(root.querySelector('.unreviewed')?.textContent).toContain('7 suggestions');
    for (const [sel, fn] of [['.export-md', p.onMarkdown], ['.export-zip', p.onZip], ['.export-json', p.onJson], ['.export-copy', p.onCopy]] as const) {
      act(() => (root.querySelector(`button${sel}`) as HTMLButtonElement).click());
      expect(fn).toHaveBeenCalledOnce();
    }
    unmount();
  });

  it('offers the citation downloads when the caller handles them, one format per button', () => {
    const onCite = vi.fn();
    const { root, unmount } = mount(<ExportDialog {...props({ onCite })} />);
    act(() => (root.querySelector('button.export-csl') as HTMLButtonElement).click());
    act(() => (root.querySelector('button.export-ris') as HTMLButtonElement).click());
    expect(onCite.mock.calls).toEqual([['csl'], ['ris']]);
    expect(root.querySelector('button.export-csl')?.textContent).toBe('Citations: CSL-JSON (Zotero)');
    unmount();
    const without = mount(<ExportDialog {...props()} />);
    expect(without.root.querySelector('button.export-csl')).toBeNull();
    without.unmount();
  });

  it('offers to highlight uncertain readings only when the document has some', () => {
    const without = mount(<ExportDialog {...props()} />);
    expect(without.root.querySelector('input.mark-uncertain')).toBeNull();
    without.unmount();
    const onMarkUncertain = vi.fn();
    const { root, unmount } = mount(<ExportDialog {...props({ markUncertain: false, onMarkUncertain })} />);
    act(() => (root.querySelector('input.mark-uncertain') as HTMLInputElement).click());
    expect(onMarkUncertain).toHaveBeenCalledWith(true);
    unmount();
  });

  it('disables every export while one runs', () => {
    const { root, unmount } = mount(<ExportDialog {...props({ busy: true, onCite: vi.fn() })} />);
    expect([...root.querySelectorAll('button')].every((b) => b.disabled)).toBe(true);
    unmount();
  });
});

describe('PanelView with the editor open', () => {
  it('folds the raw OCR rows away and leaves the page facts, Export and OCR again to the editor bar', () => {
    const t = translator(PANEL_STRINGS, 'zh');
    const detection = { meta: { newspaper: '测试日报' }, image: { url: 'http://127.0.0.1/p.jpg', displayWidth: 6, displayHeight: 8 }, regions: [], adapter: 'founder', warnings: [] } as never;
    const noop = vi.fn();
    const { root, unmount } = mount(
      <PanelView t={t} detection={detection} rows={[{ regionId: 'r1', status: 'idle', progress: 0 }]} running={false} needsAccess={null} message={null}
        onStart={noop} onCancel={noop} onGrant={noop} captureSrc={null} onCapture={noop} onSelectRegion={noop} compact />,
    );
    expect(root.querySelector('button.export')).toBeNull();
    expect(root.querySelector('button.start')).toBeNull();
    expect(root.querySelector('details.ocr-rows [data-field="newspaper"]')?.textContent).toBe('测试日报');
    expect(root.querySelector('details.ocr-rows .articles')).not.toBeNull();
    expect(root.querySelector('.totals')).toBeNull();
    unmount();
  });

  it('asks before OCR again replaces the proofreading, and Keep leaves everything as it was', () => {
    const t = translator(PANEL_STRINGS, 'en');
    const onStart = vi.fn();
    const { root, unmount } = mount(<OcrAgain t={t} onStart={onStart} />);
    expect(root.querySelector('button.start')?.textContent).toBe('OCR again');
    click(root.querySelector('button.start'));
    expect(onStart).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alertdialog]')?.textContent).toContain('Export first to keep it');
    click(root.querySelector('button.confirm-keep'));
    expect(root.querySelector('[role=alertdialog]')).toBeNull();
    expect(onStart).not.toHaveBeenCalled();
    click(root.querySelector('button.start'));
    click(root.querySelector('button.confirm-replace'));
    expect(onStart).toHaveBeenCalledTimes(1);
    expect(root.querySelector('[role=alertdialog]')).toBeNull();
    unmount();
  });
});
