/**
 * The CLI side of the publisher's text (`--text publisher|ocr|both`): content pages are read from the web
 * (User-Agent naming the tool, a timeout each) or, for a page saved on disk, from beside it; a remote
 * page's links never reach local files. What each page gave is logged per article, so a fallback to OCR
 * always says why.
 */
import { parseHTML } from 'linkedom';
import { decodeHtmlBytes } from '../lib/detect';
import type { PageDetection } from '../lib/detect/types';
import type { PublisherFacts } from '../lib/model/document';
import type { PublisherTextOptions, TextMode } from '../lib/pipeline';
import { loadBytes, MAX_HTML_BYTES } from './page-source';

/** A content page is small: one that takes longer than this is not coming. */
const CONTENT_TIMEOUT_MS = 15_000;

const OUTCOME_TEXT: Record<Exclude<PublisherFacts['outcome'], 'used'>, string> = {
  failed: 'could not be read',
  empty: 'has no article text',
  'image-only': 'holds only images',
  garbled: 'is garbled (wrong character set?)',
  refused: 'was not fetched',
};

/** The stderr line for one article's content page. */
export function contentLine(regionId: string, facts: PublisherFacts): string {
  if (facts.outcome === 'used') return `region ${regionId}: text from the publisher's page ${facts.url}`;
  const why = facts.detail ? ` (${facts.detail})` : '';
  return `region ${regionId}: content page ${facts.url} ${OUTCOME_TEXT[facts.outcome]}${why}; reading it by OCR`;
}

export function cliContentOptions(mode: TextMode, detection: PageDetection, log: (line: string) => void): PublisherTextOptions {
  const onDisk = !/^https?:/i.test(detection.meta.url ?? '');
  return {
    mode,
    fetchHtml: async (url) => {
      const page = await loadBytes(url, url, { maxBytes: MAX_HTML_BYTES, timeoutMs: CONTENT_TIMEOUT_MS });
      return decodeHtmlBytes(page.bytes, page.contentType);
    },
    parseHtml: (html) => parseHTML(html).document,
    refuse: (url) => {
      if (/^https?:/i.test(url) || (onDisk && url.startsWith('file:'))) return undefined;
      return 'only web links are followed from a page on the web';
    },
    onContent: (regionId, facts) => log(contentLine(regionId, facts)),
  };
}
