/** Page detection: find the e-paper page image, its article hotspots (natural pixels) and metadata. */
export { detectPage, wholeRegion } from './detect-page';
export { mapToRegions } from './image-map';
export { parseCoordList } from './coords';
export { polygonBox, rectToPolygon } from './geometry';
export { dateFromText, dateFromUrl, isoDate } from './dates';
export { pageNumberFromUrl, parsePageLabel } from './page-label';
export { cleanName, nameFromTitle } from './meta';
export { MAX_REGIONS } from './limits';
export { liveEnv } from './live';
export { resolveUrl } from './urls';
export { pageListFromData, type IssuePage } from './page-list';
export { decodeHtmlBytes } from './charset';
