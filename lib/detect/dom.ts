/**
 * Small DOM helpers that behave the same in a live page and in linkedom. linkedom keeps attribute names as
 * written (`USEMAP`, `COORDS`) and its getAttribute is case-sensitive, while old e-paper templates are full
 * of upper-case markup — so attributes are looked up case-insensitively here, never by selector.
 */

/** The value of attribute `name` in any letter case, or null. */
export function attr(el: Element, name: string): string | null {
  const direct = el.getAttribute(name);
  if (direct !== null) return direct;
  const wanted = name.toLowerCase();
  for (const a of Array.from(el.attributes)) {
    if (a.name.toLowerCase() === wanted) return a.value;
  }
  return null;
}

/** Text of the element's own text nodes (not its children's), whitespace collapsed. */
export function ownText(el: Element): string {
  let text = '';
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeType === 3) text += node.textContent ?? '';
  }
  return text.replace(/\s+/g, ' ').trim();
}

/** True when the element or an ancestor is a link: page lists link to *other* pages, so their labels are skipped. */
export function insideLink(el: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) {
    if (cur.tagName.toLowerCase() === 'a') return true;
  }
  return false;
}

/** The page title; falls back to the first `<title>` element, which linkedom misses in malformed markup. */
export function pageTitle(doc: Document): string {
  return (doc.title || doc.querySelector('title')?.textContent || '').replace(/\s+/g, ' ').trim();
}
