/**
 * An article's part of the page image, for the page zip: kept beside the text, a scan lets anyone check
 * the OCR later. The crop is the union of the article's block boxes (set-aside blocks too — they are on
 * the page), with a small margin. Articles without boxes (pasted text) have no image.
 */
import { clampBox, cropToPolygon } from '../image/crop';
import { encodePng } from '../image/png';
import type { Raster } from '../image/raster';
import { articleBox, type Article, type EpaperDocument } from '../model/document';

const MARGIN = 6;

/** Refuses a page image of another size than the one the document was read from: its crops would be wrong. */
export function checkPageImage(doc: EpaperDocument, page: Raster): void {
  const size = doc.meta.imageSize;
  if (size && (size.width !== page.width || size.height !== page.height)) {
    throw new Error(`the page image is ${page.width}×${page.height} but the document was read from a ${size.width}×${size.height} image`);
  }
}

export function articleImagePng(article: Article, page: Raster): Uint8Array | null {
  const box = articleBox(article);
  if (!box) return null;
  const padded = clampBox([box[0] - MARGIN, box[1] - MARGIN, box[2] + MARGIN, box[3] + MARGIN], page.width, page.height);
  return encodePng(cropToPolygon(page, padded));
}
