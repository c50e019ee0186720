/**
 * Where each e-paper system puts an article on its content page. Selectors are tried in order; the first
 * element that exists wins. The generic reader (generic.ts) handles every page no entry claims.
 *
 * - Founder (方正) classic `content_N.htm`: a table whose `td.font01` cell is the headline, `td.font02` cells
 *   above/below it the pre-title, subtitle and author line, and the body in `#ozoom` (its paragraphs often
 *   wrapped in a `<founder-content>` element) or in a `td.font6` cell. Evidence: public scrapers reading
 *   `//td[@class="font01"]` + `//td[@class="font6"]//p` (index id 44466750900), `//*[@id="ozoom"]/span/p`
 *   (id 18497509772), `//*[@id="ozoom"]/founder-content/p` (id 17223738686), and `div#ozoom` on the
 *   xhby/zjol Founder pc templates (id 5963029910).
 * - People's Daily: the 2020+ `content/YYYYMM/DD/content_N.html` page, `div.article` with `h3` pre-title,
 *   `h1` headline, `h2` subtitle, `p.sec` author (with a `span.date` to drop) and `#ozoom` body (index ids
 *   57868201692, 60476122651); the older `nw.D110000renmrb_…` page, `div.text_c` with the same headings,
 *   `h4` author and `#ozoom` (id 40306218423, etmorefish/pyyyy `newspapers/seed/people.py`); photos in
 *   `table.pci_c` (pyyyy seed).
 */
export interface ContentAdapter {
  id: string;
  /** The page is this system's content page. */
  matches: (doc: Document) => boolean;
  /** The element holding the article (headings and body); searched inside for the rest. */
  article: string[];
  kicker: string[];
  headline: string[];
  subtitle: string[];
  byline: string[];
  /** Parts of the byline element that are not the byline (a date, the page). */
  bylineDrop?: string;
  /** The element holding the body paragraphs. */
  body: string[];
  /** Header cells whose role follows from their place: before the headline a pre-title, after it a subtitle or byline. */
  headerCells?: string;
  /** An element around one photo; its text outside the photo is the caption. */
  photo: string[];
}

export const CONTENT_ADAPTERS: ContentAdapter[] = [
  {
    id: 'peoples-daily',
    matches: (doc) => !!doc.querySelector('div.article #ozoom, div.text_c #ozoom'),
    article: ['div.article', 'div.text_c'],
    kicker: ['h3'],
    headline: ['h1'],
    subtitle: ['h2'],
    byline: ['p.sec', 'h4'],
    bylineDrop: '.date',
    body: ['#ozoom'],
    photo: ['table.pci_c', 'figure'],
  },
  {
    id: 'founder',
    matches: (doc) => !!doc.querySelector('td.font01') && !!doc.querySelector('#ozoom, td.font6'),
    article: ['body'],
    kicker: [],
    headline: ['td.font01'],
    subtitle: [],
    byline: [],
    headerCells: 'td.font02',
    body: ['#ozoom', 'td.font6'],
    photo: ['table.pic', 'figure'],
  },
];
