/**
 * Text out of content-page markup, the same in a live DOM and in linkedom: whitespace collapsed (an
 * indent of full-width spaces, `&nbsp;` and line breaks inside a paragraph are layout, not text), `<br>`
 * and block elements as paragraph breaks, scripts and styles never read.
 */

const BLOCK = new Set(['p', 'div', 'br', 'li', 'tr', 'table', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'section', 'article', 'founder-content']);
const SKIP = new Set(['script', 'style', 'noscript', 'template']);

/** One line of text: whitespace runs become one space, none at the ends. */
export const clean = (s: string): string => s.replace(/\s+/gu, ' ').trim();

/** The element's text as paragraphs (split at `<br>` and block elements), leaving out `skip` subtrees. */
export function textBlocks(el: Element, skip: (el: Element) => boolean = () => false): string[] {
  const out: string[] = [];
  let cur = '';
  const flush = () => {
    const t = clean(cur);
    if (t) out.push(t);
    cur = '';
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) cur += child.textContent ?? '';
      if (child.nodeType !== 1) continue;
      const e = child as Element;
      const tag = e.tagName.toLowerCase();
      if (SKIP.has(tag) || skip(e)) continue;
      if (BLOCK.has(tag)) flush();
      walk(e);
      if (BLOCK.has(tag)) flush();
    }
  };
  walk(el);
  flush();
  return out;
}

/** The element's text on one line, leaving out `skip` subtrees. */
export const textOf = (el: Element, skip?: (el: Element) => boolean): string => textBlocks(el, skip).join(' ');

/** First element matching one of the selectors, in the order given. */
export function firstOf(root: ParentNode, selectors: readonly string[]): Element | null {
  for (const s of selectors) {
    const el = root.querySelector(s);
    if (el) return el;
  }
  return null;
}

/** True when `el` is `ancestor` or inside it. */
export function within(el: Element, ancestor: Element): boolean {
  for (let cur: Element | null = el; cur; cur = cur.parentElement) if (cur === ancestor) return true;
  return false;
}
