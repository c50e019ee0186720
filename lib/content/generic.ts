/**
 * The reader for content pages no adapter knows, after the idea of readability's main-text scoring: the
 * body is the element whose own paragraphs hold the most Han characters outside links (navigation and
 * article lists are links; menus are short). The headline is the page's `<h1>` (else the `<title>` up to
 * its first separator), a heading right before it the pre-title and one right after it the subtitle.
 */
import { pageTitle } from '../detect/dom';
import { clean, textOf } from './dom-text';
import { bodyParagraphs, captionsOf, type ArticleParts } from './parts';

const CANDIDATES = 'article, section, div, td, main';
const HAN = /\p{Script=Han}/gu;
const HEADING = /^h[1-6]$/;

const hanCount = (s: string): number => s.match(HAN)?.length ?? 0;

/** Han characters in the element's own paragraphs (direct `<p>` children and its own text), minus those inside links. */
function score(el: Element): number {
  let n = 0;
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 3) n += hanCount(child.textContent ?? '');
    else if (child.nodeType === 1 && /^(p|founder-content|span|font)$/i.test((child as Element).tagName)) n += hanCount((child as Element).textContent ?? '');
  }
  for (const a of Array.from(el.querySelectorAll(':scope > p a, :scope > a'))) n -= 2 * hanCount(a.textContent ?? '');
  return n;
}

export function genericArticle(doc: Document): ArticleParts | null {
  let best: Element | null = null;
  let bestScore = 0;
  for (const el of Array.from(doc.querySelectorAll(CANDIDATES))) {
    const s = score(el);
    if (s > bestScore) [best, bestScore] = [el, s];
  }
  const h1 = doc.querySelector('h1');
  const sibling = (el: Element | null, dir: 'previousElementSibling' | 'nextElementSibling') => {
    const s = el?.[dir];
    return s && HEADING.test(s.tagName.toLowerCase()) ? clean(textOf(s)) || undefined : undefined;
  };
  const headline = (h1 && clean(textOf(h1))) || pageTitle(doc).split(/\s*[-_|—]\s*/u)[0] || undefined;
  const text: ArticleParts['text'] = { kicker: sibling(h1, 'previousElementSibling'), headline, subtitle: sibling(h1, 'nextElementSibling'), bylines: [], paragraphs: [], captions: [] };
  if (!best) return { text, images: doc.querySelectorAll('img').length };
  const photos = Array.from(best.querySelectorAll('figure'));
  text.captions = captionsOf(photos);
  text.paragraphs = bodyParagraphs(best, photos, text).filter((p) => p !== text.headline && p !== text.kicker && p !== text.subtitle);
  return { text, images: best.querySelectorAll('img').length };
}
