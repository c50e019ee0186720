/** URL resolution against the page address and its `<base href>`, as a browser does it. */
import { attr } from './dom';

/** The document's base URL: `<base href>` resolved against the page URL, else the page URL. */
export function baseUrl(doc: Document, pageUrl: string): string {
  const base = doc.querySelector('base');
  const href = base ? attr(base, 'href') : null;
  if (href) {
    const resolved = resolveUrl(href, pageUrl);
    if (resolved) return resolved;
  }
  return pageUrl;
}

/**
 * Absolute URL of `href`, or undefined when it is empty, unparsable or a script/data link (no article
 * behind a `javascript:` hotspot, and we never keep executable URLs).
 */
export function resolveUrl(href: string, base: string): string | undefined {
  const trimmed = href.trim();
  if (!trimmed || trimmed === '#') return undefined;
  try {
    const url = new URL(trimmed, base);
    if (!['http:', 'https:', 'file:'].includes(url.protocol)) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}
