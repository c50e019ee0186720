/**
 * OCR output in our own shape (converted once from tesseract.js), every box in natural pixels of the
 * *page* image — not of the crop that was recognised — so the editor and the layout code never need
 * to know how a region was cut, scaled or preprocessed.
 */
import type { BBox } from '../model/document';

export interface OcrWord {
  text: string;
  bbox: BBox;
  /** 0–100 */
  confidence: number;
}

export interface OcrLine {
  text: string;
  bbox: BBox;
  confidence: number;
  words: OcrWord[];
}

export interface OcrParagraph {
  text: string;
  bbox: BBox;
  confidence: number;
  lines: OcrLine[];
}

export interface OcrBlock {
  text: string;
  bbox: BBox;
  confidence: number;
  paragraphs: OcrParagraph[];
}

/** The result of recognising one article region (or one part of it). */
export interface RegionOcr {
  regionId: string;
  /** The region's link and title (from its hotspot), carried through to the article. */
  href?: string;
  title?: string;
  /** Non-text areas of the region found on the image before OCR, for the layout's caption finding. */
  photos?: BBox[];
  /** Side boxes (framed or tinted) found on the image: their text is read apart from the columns'. */
  asides?: BBox[];
  /** What OCR found inside those areas, one entry per photo that gave any text; the layout judges it. */
  photoText?: PhotoText[];
  /** Parts whose OCR job failed: the region keeps the others' text, and their ink stays uncovered. */
  failedParts?: FailedPart[];
  /** Bounding box of the region on the page image. */
  bbox: BBox;
  text: string;
  confidence: number;
  blocks: OcrBlock[];
  /** Seconds spent recognising (for benchmarks and progress estimates). */
  seconds?: number;
  /** Factor the region was resampled by before OCR (boxes above are already back in page pixels). */
  scale?: number;
}

export interface PhotoText {
  /** The photo block on the page. */
  box: BBox;
  blocks: OcrBlock[];
}

export interface FailedPart {
  partId: number;
  box: BBox;
  message: string;
}

/** Progress of one job, 0–1: a whole region, or the part `partId` of its plan. */
export interface OcrProgress {
  regionId: string;
  partId?: number;
  status: 'queued' | 'loading' | 'recognizing' | 'done' | 'failed' | 'cancelled';
  progress: number;
  error?: string;
}
