/** Page detection: find the e-paper page image, its article hotspots (natural pixels) and metadata. */
export type { PageDetection, PageImage, Point, Region } from './types';
export { detectPage, wholeRegion, type DetectEnv } from './detect-page';
export { mapToRegions, type MapConversion } from './image-map';
export { parseCoordList } from './coords';
export { circleToPolygon, polygonBox, rectToPolygon } from './geometry';
export { attributeDisplaySize, findMap, findPageImage, type PartialSize, type Size } from './page-image';
export { dateFromText, dateFromUrl, isoDate } from './dates';
export { parsePageLabel, type PageLabel } from './page-label';
export { detectMeta, nameFromTitle } from './meta';
export { founderAdapter, genericAdapter, peoplesDailyAdapter, pickAdapter, SITE_ADAPTERS, type SiteAdapter } from './adapters';
export { liveEnv, loadedNaturalSize, renderedSize } from './live';
