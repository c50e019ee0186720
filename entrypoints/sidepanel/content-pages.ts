/**
 * The panel side of the publisher's text: the remembered text-source setting (storage.local), and content
 * pages fetched from the extension page under the host permission the user granted for the page image —
 * one host: a link to any other host is not followed (the article is then OCR'd, and says why).
 */
import { decodeHtmlBytes } from '../../lib/detect';
import type { PublisherTextOptions, TextMode } from '../../lib/pipeline';
import { TEXT_MODES } from '../../lib/pipeline';
import { originPattern } from './page-access';

const MODE_KEY = 'textSource';
/** A content page is small: one that takes longer than this is not coming. */
const CONTENT_TIMEOUT_MS = 15_000;

export async function loadTextMode(): Promise<TextMode> {
  const got = (await browser.storage.local.get(MODE_KEY))[MODE_KEY];
  return (TEXT_MODES as readonly unknown[]).includes(got) ? (got as TextMode) : 'publisher';
}

export function saveTextMode(mode: TextMode): Promise<void> {
  return browser.storage.local.set({ [MODE_KEY]: mode });
}

async function fetchHtml(url: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(CONTENT_TIMEOUT_MS);
  const res = await fetch(url, { credentials: 'include', signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return decodeHtmlBytes(new Uint8Array(await res.arrayBuffer()), res.headers.get('content-type') ?? undefined);
}

export function panelContentOptions(mode: TextMode, imageUrl: string, hooks: Pick<PublisherTextOptions, 'onPublisherArticle'>): PublisherTextOptions {
  const granted = originPattern(imageUrl);
  return {
    mode,
    fetchHtml,
    parseHtml: (html) => new DOMParser().parseFromString(html, 'text/html'),
    refuse: (url) => {
      if (!/^https?:/i.test(url)) return 'not a web link';
      return originPattern(url) === granted ? undefined : `${new URL(url).hostname} is not the page image’s host`;
    },
    ...hooks,
  };
}
