// The block pipeline lives in lib/layout; re-exported for the bench and tests.
export { blockJobs, ocrByBlocks } from '../../../lib/layout/ocr-blocks';
