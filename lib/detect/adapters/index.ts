/** The registered site adapters, most specific first; `generic` is used when none matches. */
import { changshaAdapter } from './changsha';
import { founderAdapter } from './founder';
import { founderAmucsiteAdapter } from './founder-amucsite';
import { gxrbAdapter } from './gxrb';
import { jiefangAdapter } from './jiefang';
import { peoplesDailyAdapter } from './peoples-daily';
import { sgccAdapter } from './sgcc';
import type { SiteAdapter } from './types';

export type { SiteAdapter } from './types';
export { founderAdapter, peoplesDailyAdapter };

export const genericAdapter: SiteAdapter = { id: 'generic', matches: () => true };

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  peoplesDailyAdapter,
  jiefangAdapter,
  changshaAdapter,
  sgccAdapter,
  gxrbAdapter,
  founderAmucsiteAdapter,
  founderAdapter,
];

export function pickAdapter(url: string, doc: Document, adapters: readonly SiteAdapter[] = SITE_ADAPTERS): SiteAdapter {
  return adapters.find((a) => a.matches(url, doc)) ?? genericAdapter;
}
