/**
 * Founder (方正) e-paper, used by many city and provincial dailies: pages at
 * `…/html/YYYY-MM/DD/node_N.htm`, images under `…/images/YYYY-MM/DD/NN/…jpg` with `usemap="#PagePicMap"`,
 * hotspots `<area shape="polygon" href="content_N.htm">`. The coords are written for the image as displayed
 * (its width/height attributes), which the generic scaling already handles.
 */
import { attr } from '../dom';
import type { SiteAdapter } from './types';

const FOUNDER_PAGE_URL = /\/html\/\d{4}-\d{2}\/\d{2}\/node_\d+\.html?(?:[?#]|$)/i;
const FOUNDER_IMAGE_SRC = /images\/\d{4}-\d{2}\/\d{2}\//i;

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
