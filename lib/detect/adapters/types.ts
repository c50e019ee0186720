/**
 * A site adapter only adds knowledge the generic detector cannot guess: which image is the page, where the
 * paper's name and page label sit, and in which frame the hotspot coordinates are written. Everything it
 * leaves out falls back to the generic rules, so a wrong selector degrades to generic, never to nothing.
 */

export interface SiteAdapter {
  /** Reported in `PageDetection.adapter`. */
  id: string;
  /** True when the page belongs to this site family (URL shape and/or markup). */
  matches(url: string, doc: Document): boolean;
  /** CSS selector for the page image, tried before the generic search. */
  imageSelector?: string;
  /** Selectors whose text names the newspaper, tried in order. */
  newspaperSelectors?: string[];
  /** Selectors whose text holds the current page label (`第03版：要闻`), tried in order. */
  pageLabelSelectors?: string[];
  /** Selectors whose text holds the issue date. */
  dateSelectors?: string[];
  /** Selector for the current page's PDF link. */
  pdfSelector?: string;
  /**
   * Width of the frame the hotspot coords are written in when the markup does not say it (the site sizes
   * the image with a stylesheet). The live page's layout, when given, still wins.
   */
  coordFrameWidth?: number;
}
