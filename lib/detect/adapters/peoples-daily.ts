/**
 * People's Daily (人民日报), both templates:
 * - 2024-12 on: `paper.people.com.cn/rmrb/pc/layout/YYYYMM/DD/node_NN.html`, articles `pc/content/…`;
 * - 2020–2024: `rmrb/html/YYYY-MM/DD/nbs.D110000renmrb_NN.htm`, articles `nw.D110000renmrb_YYYYMMDD_K-NN.htm`
 *   (evidence: RSSHub `lib/routes/people/rmrb.ts`, scrapers in docs/detection.md).
 * The page image sits in `.paper` and a stylesheet shows it 400 px wide while the file is larger; the area
 * coords are written for that frame. A saved copy (file URL) is recognised by its `nbs.D110000renmrb` name
 * or its markup, so it scales like the live page instead of falling to the generic rules.
 * The current page label and PDF link sit in `.paper-bot`; `.swiper-container` lists the other pages.
 */
import { hostOf } from '../urls';
import type { SiteAdapter } from './types';

const LAYOUT_URL = /\/layout\/\d{6}\/\d{2}\/node_\d+\.html?(?:[?#]|$)/i;
const NBS_URL = /nbs\.D110000renmrb_\w+\.htm/i;
const ARTICLE_LINK = 'a[href*="nw.D110000renmrb"], a[href*="/content/"][href*="content_"]';

export const peoplesDailyAdapter: SiteAdapter = {
  id: 'peoples-daily',
  matches(url, doc) {
    if (/(^|\.)paper\.people\.com\.cn$/i.test(hostOf(url)) || NBS_URL.test(url)) return true;
    const paperMarkup = doc.querySelector('.paper-bot, .paper') !== null;
    return paperMarkup && (LAYOUT_URL.test(url) || doc.querySelector(ARTICLE_LINK.split(', ')[0]) !== null);
  },
  imageSelector: '.paper img',
  pageLabelSelectors: ['.paper-bot .left', '.paper-bot p', '.paper-bot'],
  newspaperSelectors: ['.logo img[alt]', '.logo'],
  dateSelectors: ['.date', '.paper-date'],
  pdfSelector: '.paper-bot a[href$=".pdf"], .paper-bot a[href$=".PDF"]',
  coordFrameWidth: 400,
};

