/**
 * A content page → the publisher's text of the article, mapped to our roles: pre-title (kicker), headline,
 * subtitle, author lines (byline), paragraphs and photo captions. A system's adapter (adapters.ts) says
 * where its page keeps each part; any other page goes to the generic reader. A page that yields no
 * readable body says why ('empty', 'image-only', 'garbled'), so the article is read by OCR instead.
 */
import { isByline } from '../text';
import { CONTENT_ADAPTERS, type ContentAdapter } from './adapters';
import { clean, firstOf, textOf } from './dom-text';
import { genericArticle } from './generic';
import { bodyParagraphs, captionsOf, type ArticleParts } from './parts';
import type { ContentProblem, ContentReading, PublisherText } from './types';

/** Fewer body characters than this is no article text (a page holding only a photo, a stub or a title). */
const MIN_BODY_CHARS = 10;
/** Share of characters that mark a page decoded with the wrong charset (U+FFFD, C1 controls, Latin-1 letters). */
const MAX_GARBLED_SHARE = 0.05;

export function readContentPage(doc: Document, url: string): ContentReading {
  const adapter = CONTENT_ADAPTERS.find((a) => a.matches(doc));
  const parts = adapter ? adapterArticle(doc, adapter) : genericArticle(doc);
  if (!parts) return { ok: false, problem: 'empty' };
  const text: PublisherText = { url, adapter: adapter?.id ?? 'generic', ...parts.text };
  const problem = problemOf(text, parts.images);
  return problem ? { ok: false, problem } : { ok: true, text };
}

function adapterArticle(doc: Document, a: ContentAdapter): ArticleParts | null {
  const root = firstOf(doc, a.article) ?? doc.body;
  if (!root) return null;
  const pick = (selectors: string[]) => {
    const el = firstOf(root, selectors);
    return el ? clean(textOf(el)) || undefined : undefined;
  };
  const headlineEl = firstOf(root, a.headline);
  const text: ArticleParts['text'] = {
    kicker: pick(a.kicker),
    headline: headlineEl ? clean(textOf(headlineEl)) || undefined : undefined,
    subtitle: pick(a.subtitle),
    bylines: [],
    paragraphs: [],
    captions: [],
  };
  const bylineEl = firstOf(root, a.byline);
  const byline = bylineEl && clean(textOf(bylineEl, (e) => !!a.bylineDrop && e.matches(a.bylineDrop)));
  if (byline) text.bylines.push(byline);
  if (a.headerCells && headlineEl) placeHeaderCells(root, `${a.headerCells}, ${a.headline.join(', ')}`, headlineEl, text);
  const photos = a.photo.flatMap((s) => Array.from(root.querySelectorAll(s)));
  text.captions = captionsOf(photos);
  const body = firstOf(root, a.body);
  if (body) text.paragraphs = bodyParagraphs(body, photos, text);
  return { text, images: root.querySelectorAll('img').length };
}

/** Cells around the headline cell: the one before it is the pre-title, after it an author line or the subtitle. */
function placeHeaderCells(root: Element, cellsAndHeadline: string, headline: Element, text: ArticleParts['text']) {
  let before = true;
  for (const cell of Array.from(root.querySelectorAll(cellsAndHeadline))) {
    if (cell === headline) {
      before = false;
      continue;
    }
    const t = clean(textOf(cell));
    if (!t) continue;
    if (before) text.kicker ??= t;
    else if (isByline(t)) text.bylines.push(t);
    else text.subtitle ??= t;
  }
}

function problemOf(text: PublisherText, images: number): ContentProblem | null {
  const all = [text.kicker, text.headline, text.subtitle, ...text.bylines, ...text.paragraphs, ...text.captions].join('');
  const chars = [...all.replace(/\s/gu, '')];
  const odd = chars.filter((c) => /[\uFFFD\u0080-\u009F\u00C0-\u00FF]/u.test(c)).length;
  if (chars.length && odd / chars.length > MAX_GARBLED_SHARE) return 'garbled';
  const body = text.paragraphs.join('').replace(/\s/gu, '').length;
  if (body >= MIN_BODY_CHARS) return null;
  return images > 0 ? 'image-only' : 'empty';
}
