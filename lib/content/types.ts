/** The publisher's own text of one article, as its content page gives it, before it becomes blocks. */
export interface PublisherText {
  /** The content page the text came from. */
  url: string;
  /** Which content adapter read it ('founder', 'peoples-daily', 'generic'). */
  adapter: string;
  kicker?: string;
  headline?: string;
  subtitle?: string;
  bylines: string[];
  paragraphs: string[];
  captions: string[];
}

/** Why a content page gives no usable text: the article is then read by OCR. */
export type ContentProblem = 'empty' | 'image-only' | 'garbled';

export type ContentReading = { ok: true; text: PublisherText } | { ok: false; problem: ContentProblem };
