/**
 * The panel follows its tab: when the bound tab loads another page (the next page of the issue) or, for a
 * panel that serves the window, another tab becomes active, the panel offers that page instead of
 * staying on the old one. Pure rules over tab events; App.tsx listens and dispatches.
 */
export interface TabMove {
  tabId: number;
  reason: 'navigated' | 'switched';
}

export type TabEvent = { kind: 'updated'; tabId: number; status?: string } | { kind: 'activated'; tabId: number };

export interface FollowContext {
  /** The tab the panel reads. */
  bound: number;
  /** A panel opened for one tab (`?tabId=`) stays with it; the window's panel follows the active tab. */
  followActive: boolean;
  /** The panel's own tab, when it is open as a tab (its activation is not a move). */
  ownTab?: number;
}

export function tabMoveOf(event: TabEvent, ctx: FollowContext): TabMove | null {
  if (event.kind === 'updated') {
    // A finished load of the bound tab: a new page there (or the same one reloaded, which reads the same).
    return event.tabId === ctx.bound && event.status === 'complete' ? { tabId: event.tabId, reason: 'navigated' } : null;
  }
  if (!ctx.followActive || event.tabId === ctx.bound || event.tabId === ctx.ownTab) return null;
  return { tabId: event.tabId, reason: 'switched' };
}
