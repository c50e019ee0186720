/**
 * Opens the panel from the toolbar button (Chrome side panel; Firefox sidebar). The e2e build also opens
 * the panel page as a tab for a 127.0.0.1 page loaded with a test hash, because WebDriver BiDi cannot
 * navigate to moz-extension:// and automation cannot click the toolbar.
 */
import { panelPath, wantsTestPanel } from '../lib/messaging/panel-url';

declare const __EPAPER_E2E__: boolean;

type ChromeSidePanel = { setPanelBehavior(o: { openPanelOnActionClick: boolean }): Promise<void> };

export default defineBackground(() => {
  const chromeSidePanel = (globalThis as { chrome?: { sidePanel?: ChromeSidePanel } }).chrome?.sidePanel;
  if (chromeSidePanel) {
    chromeSidePanel.setPanelBehavior({ openPanelOnActionClick: true }).catch((e) => console.error('epaper-md: side panel', e));
  } else {
    const sidebar = (browser as unknown as { sidebarAction?: { toggle(): Promise<void> } }).sidebarAction;
    // Called synchronously in the click handler: Firefox opens a sidebar only from a user action.
    browser.action.onClicked.addListener(() => void sidebar?.toggle());
  }

  if (__EPAPER_E2E__) {
    const opened = new Set<number>();
    browser.tabs.onUpdated.addListener((tabId, change, tab) => {
      if (change.status !== 'complete' || opened.has(tabId) || !wantsTestPanel(tab.url)) return;
      opened.add(tabId);
      void browser.tabs.create({ url: browser.runtime.getURL(panelPath(tabId) as '/sidepanel.html') });
    });
  }
});
