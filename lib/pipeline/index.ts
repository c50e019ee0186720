export { readPage, type PageResult, type ReadPageHooks, type RegionFailure } from './read-page';
