/**
 * Founder (方正) "amucsite" templates: `…/pc/layout|col|column/YYYYMM/DD/node_X.html` with articles under
 * `pc/content|con/…/content_N.html` (新华日报 `Newslistbox`, 菏泽日报/中国电子报 `layoutlist`, 厦门日报 …).
 * The current page label is `span#layout` — number as text, name in a child span — the date `#paperdate`,
 * some templates give the PDF as the text of `p#pdfUrl`, 菏泽日报 in `div.pull-right a` (evidence: docs/detection.md §3).
 */
import type { SiteAdapter } from './types';

const AMUCSITE_URL = /\/(?:pc\/(?:paper\/)?(?:layout|col|column))\/\d{6}\/\d{2}\/(?:node|col)_?\w+\.html?(?:[?#]|$)/i;

export const founderAmucsiteAdapter: SiteAdapter = {
  id: 'founder-amucsite',
  matches(url, doc) {
    return AMUCSITE_URL.test(url) || doc.querySelector('#layoutlist, .Newslistbox, span#layout') !== null;
  },
  pageLabelSelectors: ['span#layout', '#layout'],
  dateSelectors: ['#paperdate'],
  pdfSelector: 'p#pdfUrl, div.pull-right a[href$=".pdf"]',
};
