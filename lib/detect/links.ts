/**
 * The article link of a hotspot. Many templates have no `href`: JSP CMSs open the article from
 * `onclick="window.open('…')"`, scripted pages keep it in `data-href` (解放日报 moves it there, 文汇报 spans
 * never had one), and some call `javascript:show(12345)` with the article id. An id alone is matched to the
 * page's own article list (`content_12345.htm`), so the region gets the same link a reader would click.
 */
import { attr } from './dom';
import { resolveUrl } from './urls';

const SCRIPT_URL = /(?:window\.open|location(?:\.href)?\s*=|location\.assign)\s*\(?\s*['"]([^'"]+)['"]/i;
const ARTICLE_ID = /(?<![\w.])(\d{3,})(?![\w.])/;

export interface LinkContext {
  doc: Document;
  base: string;
}

/** Absolute article URL of a hotspot element, or undefined. */
export function hotspotHref(el: Element, ctx: LinkContext): string | undefined {
  const href = (attr(el, 'href') ?? '').trim();
  if (href && !/^javascript:/i.test(href)) return resolveUrl(href, ctx.base);
  const dataHref = attr(el, 'data-href');
  if (dataHref?.trim()) return resolveUrl(dataHref, ctx.base);
  const script = `${attr(el, 'onclick') ?? ''} ${href}`;
  const opened = SCRIPT_URL.exec(script)?.[1];
  if (opened) return resolveUrl(opened, ctx.base);
  const id = /^javascript:/i.test(href) ? ARTICLE_ID.exec(href)?.[1] : undefined;
  if (id) return listedLinkWithId(ctx, id);
  const inner = el.querySelector('a[href]');
  return inner && inner !== el ? hotspotHref(inner, ctx) : undefined;
}

/** A real link elsewhere on the page whose URL holds the id as a number of its own. */
function listedLinkWithId(ctx: LinkContext, id: string): string | undefined {
  const token = new RegExp(`(?<!\\d)${id}(?!\\d)`);
  for (const a of Array.from(ctx.doc.querySelectorAll('a'))) {
    const href = (attr(a, 'href') ?? '').trim();
    if (href && !/^javascript:/i.test(href) && token.test(href)) return resolveUrl(href, ctx.base);
  }
  return undefined;
}

/** Titles sit in `title`, `alt` or `data-title` depending on the template. */
export function hotspotTitle(el: Element, extra: readonly string[] = []): string | undefined {
  for (const name of ['title', 'data-title', 'alt', ...extra]) {
    const value = attr(el, name)?.replace(/\s+/g, ' ').trim();
    if (value) return value;
  }
  return undefined;
}
