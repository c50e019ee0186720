/** The panel is bound to one tab: `sidepanel.html?tabId=N` (tests, test-build tabs) or the active tab. */
export function tabIdFromSearch(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d{1,10}$/.test(raw)) return null;
  const id = Number(raw);
  return Number.isSafeInteger(id) ? id : null;
}

export function panelPath(tabId: number): string {
  return `/sidepanel.html?tabId=${tabId}`;
}

/**
 * e2e build only: a page opened with this hash gets its panel opened as a tab by the background, since
 * WebDriver BiDi (Firefox) cannot navigate to moz-extension:// and automation cannot click the toolbar.
 */
export const E2E_OPEN_PANEL_HASH = '#epaper-md-e2e-panel';

export function wantsTestPanel(url: string | undefined): boolean {
  return !!url && /^http:\/\/127\.0\.0\.1(:\d+)?\//.test(url) && url.endsWith(E2E_OPEN_PANEL_HASH);
}
