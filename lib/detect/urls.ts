/**
 * URL resolution against the page address and its `<base href>`, as a browser does it — plus the two rules
 * a saved copy (file: URL) needs: a protocol-relative `//host/…` link means the site's https host, and a
 * root-relative `/…` link belongs to a site we do not know, so it resolves to nothing rather than to a
 * path on the local disk (`file:///pic/…`).
 */
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
    const onDisk = new URL(base).protocol === 'file:';
    if (onDisk && trimmed.startsWith('//')) return checked(new URL(`https:${trimmed}`), false);
    if (onDisk && trimmed.startsWith('/')) return undefined;
    return checked(new URL(trimmed, base), onDisk);
  } catch {
    return undefined;
  }
}

/** Web links only; a local file only from a page that is itself on disk (a remote page never reaches local files). */
function checked(url: URL, onDisk: boolean): string | undefined {
  return url.protocol === 'http:' || url.protocol === 'https:' || (onDisk && url.protocol === 'file:') ? url.href : undefined;
}

/** Last path segment without query or hash: `node_3.htm`. Saved copies keep the file name of the page. */
export function fileNameOf(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return url.split(/[?#]/)[0].split('/').pop() ?? '';
  }
}

/** True when a link points at the page itself (a saved copy keeps only its file name). */
export function isCurrentPage(link: string, pageUrl: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '');
  if (strip(link) === strip(pageUrl)) return true;
  // `index.html` names every page of some systems, so it never identifies one.
  const name = fileNameOf(link);
  return !!name && !/^(?:index|default)\./i.test(name) && name === fileNameOf(pageUrl);
}

/** Host name of a URL, '' when it has none (file:, garbage). */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
