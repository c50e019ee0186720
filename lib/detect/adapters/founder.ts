/**
 * Founder (方正) classic e-paper, used by ≈200 city and provincial dailies: pages at
 * `…/html/YYYY-MM/DD/node_N.htm` (N is a node id, not the page), images under `…/images/YYYY-MM/DD/NN/` or
 * `…/page/N/YYYY-MM-DD/A01/`, `USEMAP=#PagePicMap` → `<MAP NAME="pagepicmap">` (case differs), hotspots
 * `<Area shape="polygon" href="content_N.htm">` written for the image as displayed, and a trailing
 * `<!--enpproperty …-->` comment (read by the generic rules). A saved copy is recognised by that markup.
 */
import { attr } from '../dom';
import type { SiteAdapter } from './types';

const FOUNDER_PAGE_URL = /\/html\/\d{4}-\d{2}\/\d{2}\/(?:\d{3}\/)?node(?:_\d+)?\.html?(?:[?#]|$)/i;
const FOUNDER_IMAGE_SRC = /(?:images\/\d{4}-\d{2}\/\d{2}\/|page\/\d+\/\d{4}-\d{2}-\d{2}\/)/i;

export const founderAdapter: SiteAdapter = {
  id: 'founder',
  matches(url, doc) {
    if (FOUNDER_PAGE_URL.test(url)) return true;
    return Array.from(doc.querySelectorAll('img')).some(
      (img) => /^#?pagepicmap$/i.test(attr(img, 'usemap') ?? '') && FOUNDER_IMAGE_SRC.test(attr(img, 'src') ?? ''),
    );
  },
  // Founder templates name the current page in a header cell or the page switcher's label.
  pageLabelSelectors: ['#currentBM', '.ban_name', '.bmname', 'td.px12 strong', 'strong'],
  newspaperSelectors: ['.paper_name', '#paperName'],
};
