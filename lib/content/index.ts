/**
 * The publisher's own article text, from the content page a hotspot links to: reading the page (per-system
 * adapters and a generic reader), the article it becomes, and how far our OCR is from it.
 */
export { readContentPage } from './extract';
export { publisherArticle, withOcrAlternative } from './merge';
export { alignedOcrTexts, characterErrorRate, comparedBlocks } from './compare';
export type { PublisherText } from './types';
