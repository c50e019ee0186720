/** The registered site adapters, most specific first; `generic` is used when none matches. */
import { founderAdapter } from './founder';
import { peoplesDailyAdapter } from './peoples-daily';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';
export { founderAdapter, peoplesDailyAdapter };

export const genericAdapter: SiteAdapter = { id: 'generic', matches: () => true };

export const SITE_ADAPTERS: readonly SiteAdapter[] = [peoplesDailyAdapter, founderAdapter];

export function pickAdapter(url: string, doc: Document, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter {
  return adapters.find((a) => a.matches(url, doc)) ?? genericAdapter;
}
