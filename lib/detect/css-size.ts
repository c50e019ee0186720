/**
 * Displayed image size from the page's stylesheets, for documents that are not laid out (the CLI): People's
 * Daily shows its page image 400 px wide through a class rule, not an attribute. Only `<style>` text is
 * read (the CLI inlines the page's stylesheets first); rules apply in source order, and specificity is
 * ignored — image rules on e-paper sites are few and do not fight.
 */
import type { PartialSize } from './page-image';

interface SizeRule {
  selectors: string[];
  size: PartialSize;
}

const cache = new WeakMap<Document, SizeRule[]>();

export function stylesheetSize(img: Element): PartialSize {
  const doc = img.ownerDocument;
  if (!doc) return {};
  if (!cache.has(doc)) cache.set(doc, sizeRules(doc));
  const size: PartialSize = {};
  for (const rule of cache.get(doc)!) {
    if (rule.selectors.some((s) => matches(img, s))) Object.assign(size, rule.size);
  }
  return size;
}

function sizeRules(doc: Document): SizeRule[] {
  const rules: SizeRule[] = [];
  for (const style of Array.from(doc.querySelectorAll('style'))) {
    const text = (style.textContent ?? '').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const m of text.matchAll(/([^{}@]+)\{([^{}]*)\}/g)) {
      const size: PartialSize = {};
      for (const key of ['width', 'height'] as const) {
        const px = new RegExp(`(?:^|[;\\s])${key}\\s*:\\s*(\\d+(?:\\.\\d+)?)px`, 'i').exec(m[2]);
        if (px && Number(px[1]) > 0) size[key] = Number(px[1]);
      }
      if (size.width || size.height) rules.push({ selectors: m[1].split(',').map((s) => s.trim()).filter(Boolean), size });
    }
  }
  return rules;
}

function matches(el: Element, selector: string): boolean {
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}
