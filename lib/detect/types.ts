/** What the page detector finds on an e-paper page: the page image, its article regions and metadata. */
import type { BBox, PageMeta } from '../model/document';
import type { PageList } from './page-list';

export type Point = [number, number];

/** An article hotspot, in natural pixels of the page image. */
export interface Region {
  id: string;
  shape: 'rect' | 'poly' | 'circle' | 'whole' | 'user';
  /** Outline in natural pixels (a rect is its four corners, a circle a polygon approximation). */
  polygon: Point[];
  /** Bounding box of the polygon, clamped to the image. */
  box: BBox;
  /** The hotspot's link (absolute URL) — usually the article's own page. */
  href?: string;
  /** The area's title/alt text, often the headline. */
  title?: string;
  /** The page lists its articles and this hotspot is not among them: an ad or a notice, most likely. */
  unlisted?: true;
}

export interface PageImage {
  /** Absolute URL of the image file. */
  url: string;
  /** Size the page displays the image at (CSS pixels). */
  displayWidth: number;
  displayHeight: number;
  /** Size of the image file, when known (live page: naturalWidth; Node: from the file). */
  naturalWidth?: number;
  naturalHeight?: number;
}

export interface PageDetection {
  meta: PageMeta;
  /** Null when the page has no usable image: the user then drags a rectangle on a tab capture. */
  image: PageImage | null;
  regions: Region[];
  /** Which site adapter recognised the page ('founder', 'peoples-daily', 'generic'). */
  adapter: string;
  /** The edition's pages in order, when the page lists them (the whole-issue reader walks it). */
  pageList?: PageList;
  /** Where the site keeps its page list as data, when the markup has none (fetched by the caller, read by `pageListFromData`). */
  pageListData?: string;
  /** Human-readable notes about what was skipped (garbage coords, empty areas …). */
  warnings: string[];
}
