/**
 * People's Daily (人民日报) layout pages: `paper.people.com.cn/rmrb/pc/layout/YYYYMM/DD/node_NN.html`.
 * The page image sits in `.paper` with `usemap="#PageMap"`; a stylesheet shows it 400 px wide while the
 * file is larger, and the area coords are written for that 400 px frame. The current page label and PDF
 * link sit in `.paper-bot`; `.swiper-container` lists all other pages (links, so never read as ours).
 */
import type { SiteAdapter } from './types';

const PEOPLES_DAILY_URL = /\/layout\/\d{6}\/\d{2}\/node_\d+\.html?(?:[?#]|$)/i;

export const peoplesDailyAdapter: SiteAdapter = {
  id: 'peoples-daily',
  matches(url, doc) {
    if (/(^|\.)paper\.people\.com\.cn$/i.test(hostOf(url))) return true;
    return PEOPLES_DAILY_URL.test(url) && doc.querySelector('.paper-bot, .paper') !== null;
  },
  imageSelector: '.paper img',
  pageLabelSelectors: ['.paper-bot .left', '.paper-bot p', '.paper-bot'],
  newspaperSelectors: ['.logo img[alt]', '.logo'],
  dateSelectors: ['.date', '.paper-date'],
  pdfSelector: '.paper-bot a[href$=".pdf"], .paper-bot a[href$=".PDF"]',
  coordFrameWidth: 400,
};

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
