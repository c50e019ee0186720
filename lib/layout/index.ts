export { layoutRegion, ocrToDocument, regionToArticle } from './to-document';
export { ems, splitAtWideGaps, type LayoutLine } from './lines';
export { readingOrder } from './reading-order';
export { groupParagraphs } from './paragraphs';
export { isBylineText } from './roles';
