export { readPage, type PageReader, type PageResult, type ReadPageHooks, type RegionFailure } from './read-page';
export { readPageWithText, TEXT_MODES, type PublisherTextOptions, type TextMode } from './read-with-text';
