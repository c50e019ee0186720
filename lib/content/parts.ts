/** The parts every content reader (adapter or generic) returns, and the body rules they share. */
import { isByline } from '../text';
import { clean, textBlocks, textOf, within } from './dom-text';
import type { PublisherText } from './types';

export interface ArticleParts {
  text: Omit<PublisherText, 'url' | 'adapter'>;
  /** Photos on the page, to tell an image-only page from an empty one. */
  images: number;
}

/** Each photo's text outside the image: its caption (and credit). */
export function captionsOf(photos: Element[]): string[] {
  return photos.map((p) => clean(textOf(p))).filter((t) => t.length > 0);
}

/** The body's paragraphs, photos left out; a leading author line (`■本报记者 …`) is a byline when the page has none yet. */
export function bodyParagraphs(body: Element, photos: Element[], text: Pick<PublisherText, 'bylines'>): string[] {
  const paragraphs = textBlocks(body, (e) => photos.some((p) => within(e, p)) || e.tagName.toLowerCase() === 'img');
  if (!text.bylines.length && paragraphs.length > 1 && isByline(paragraphs[0])) text.bylines.push(paragraphs.shift()!);
  return paragraphs;
}

