/**
 * A site adapter only adds knowledge the generic detector cannot guess: which image is the page, where the
 * paper's name and page label sit, in which frame a site writes its hotspots, how an article id becomes a
 * URL, and hotspots that exist only in script data. Everything it leaves out falls back to the generic
 * rules, so a wrong selector degrades to generic, never to nothing. Adding a system = one adapter file
 * and one fixture.
 */
import type { Frame, HotspotSet } from '../hotspots';
import type { IssuePage } from '../page-list';

export interface AdapterContext {
  doc: Document;
  /** Base URL links resolve against. */
  base: string;
  /** The page's address (the site's, for a saved copy whose address is known). */
  url: string;
}

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
  /** Selector for the current page's PDF link (an `<a href>`, or an element whose text is the URL). */
  pdfSelector?: string;
  /**
   * Width of the frame the hotspot coords are written in when the markup does not say it (the site sizes
   * the image with a stylesheet). The live page's layout, when given, still wins.
   */
  coordFrameWidth?: number;
  /** Frame of `<area xy>` point lists (a reference page width the site writes them for). */
  pointFrame?: Frame;
  /** Extra attributes that hold a hotspot's title. */
  titleAttributes?: readonly string[];
  /** URL of the article behind a hotspot that carries only an id (`data-contentid`, `data-xuhao`). */
  articleHref?(el: Element, ctx: AdapterContext): string | undefined;
  /** Address of page `pageNumber` when the page list's links carry none (`javascript:;`, a script opens it). */
  pageListHref?(pageNumber: string, ctx: AdapterContext): string | undefined;
  /** Where the site keeps its page list as data (解放日报 `navi.json`), when the page's markup has none. */
  pageListData?(ctx: AdapterContext): string | undefined;
  /** The pages that data lists, in order; throws on data of another shape. */
  pagesFromData?(text: string, pageUrl: string): IssuePage[];
  /** Hotspots the served HTML keeps in script data; used when the DOM has none (the CLI, before scripts ran). */
  scriptHotspots?(ctx: AdapterContext): HotspotSet[];
}
