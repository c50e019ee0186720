/**
 * Founder (方正) pages end — often after `</html>` — with a comment the publishing system writes:
 * `<!--enpproperty <founder-date>2017-10-09 …</founder-date><founder-pagenum>A01</founder-pagenum>
 * <founder-papername>江西日报</founder-papername> … /enpproperty-->`; older CMS pages use unprefixed tags
 * (`<date>`, `<title>`). It is the system's own record of paper, date and page, so it beats guessing from
 * page text. Scrapers read it by regex the same way.
 */

export type EnpProperties = Record<string, string>;

const FIELD = /<(?:founder-)?([a-z]+)>([^<]*)<\/(?:founder-)?\1>/gi;

export function enpProperties(doc: Document): EnpProperties {
  const props: EnpProperties = {};
  for (const text of comments(doc)) {
    if (!/^\s*enpproperty/i.test(text)) continue;
    for (const m of text.matchAll(FIELD)) {
      const value = m[2].replace(/\s+/g, ' ').trim();
      if (value && !(m[1].toLowerCase() in props)) props[m[1].toLowerCase()] = value;
    }
  }
  return props;
}

function comments(doc: Document): string[] {
  const out: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 8) out.push(child.textContent ?? '');
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(doc);
  return out;
}
