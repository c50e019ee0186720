/**
 * What OCR found inside a block the plan took for a picture. Three outcomes, nothing dropped unseen:
 * - the "photo" is text (a dense column, a tinted box whose tint the binarisation took for ink): many
 *   real lines cover it, so its lines join the article's body;
 * - real lines at the photo's foot are its caption (captions are often printed over the picture);
 * - other real lines (labels, signs, a chart's legend) are set aside, restorable, out of the body.
 * Texture read as letters is no text: a real line is confident, made of characters, and shaped like a
 * line of type (roughly square characters of plausible size).
 */
import type { BBox } from '../model/document';
import type { PhotoText } from '../ocr/types';
import { ems, height, regionLines, width, type LayoutLine } from './lines';

/** Mean confidence (0–100) below which a line found in a picture is texture: tesseract's garbage on photos scores lower. */
export const PHOTO_TEXT_CONFIDENCE = 60;
/** Share of a photo's area that real lines must cover, with at least PHOTO_BODY_LINES of them, for the photo to be text. */
const PHOTO_BODY_SHARE = 0.25;
const PHOTO_BODY_LINES = 3;

const WORD_CHAR = /[\p{Script=Han}\p{L}\p{N}]/u;

/** Whether an OCR line read inside a picture is real text, given the region's body type size. */
export function isRealTextLine(line: Pick<LayoutLine, 'text' | 'bbox' | 'confidence'>, body: number): boolean {
  const chars = [...line.text.replace(/\s+/g, '')];
  const word = chars.filter((c) => WORD_CHAR.test(c)).length;
  if (chars.length < 2 || word < 0.6 * chars.length || line.confidence < PHOTO_TEXT_CONFIDENCE) return false;
  const h = height(line.bbox);
  if (body > 0 && (h < 0.5 * body || h > 6 * body)) return false;
  // Characters of type are about as wide as tall; texture read as text gives slivers or smears.
  const pitch = width(line.bbox) / Math.max(0.5, ems(line.text));
  return pitch >= 0.5 * h && pitch <= 2.5 * h;
}

export interface PhotoReading {
  /** The photo's box, and whether it turned out to be text (then it is no photo for caption finding). */
  box: BBox;
  isText: boolean;
  /** Lines for the body (isText), the caption, and the set-aside text. */
  body: LayoutLine[];
  caption: LayoutLine[];
  aside: LayoutLine[];
}

export function readPhotoText(photo: PhotoText, regionId: string, body: number): PhotoReading {
  const lines = regionLines({ regionId, bbox: photo.box, text: '', confidence: 0, blocks: photo.blocks });
  const real = lines.filter((l) => isRealTextLine(l, body));
  const area = width(photo.box) * height(photo.box);
  const covered = real.reduce((s, l) => s + width(l.bbox) * height(l.bbox), 0);
  if (real.length >= PHOTO_BODY_LINES && covered >= PHOTO_BODY_SHARE * area) return { box: photo.box, isText: true, body: real, caption: [], aside: [] };
  return pictureText(photo.box, real);
}

/** A picture's lines: those in its lowest quarter (up to three) are its caption printed over it, the rest labels. */
export function pictureText(box: BBox, lines: LayoutLine[]): PhotoReading {
  const foot = box[3] - 0.25 * height(box);
  const atFoot = lines.filter((l) => l.bbox[1] >= foot).sort((a, b) => a.bbox[1] - b.bbox[1]);
  const caption = atFoot.length <= 3 ? atFoot : [];
  return { box, isText: false, body: [], caption, aside: lines.filter((l) => !caption.includes(l)) };
}

/**
 * Lines of the text blocks that stand inside a picture (`pictures`: its whole extent, lib/plan/photo-extent.ts):
 * a sign in a photo's light sky is cut out of the photo as a block of its own, but it is the picture's
 * text, never a paragraph or the headline. Each picture holding such lines gets a reading of them.
 */
export function linesInPictures(lines: LayoutLine[], pictures: BBox[]): { rest: LayoutLine[]; readings: PhotoReading[] } {
  const home = (l: LayoutLine) => pictures.findIndex((p) => centreInside(l.bbox, p));
  const readings = pictures.map((p, i) => pictureText(p, lines.filter((l) => home(l) === i))).filter((r) => r.caption.length || r.aside.length);
  return { rest: lines.filter((l) => home(l) < 0), readings };
}

export const centreInside = (b: BBox, outer: BBox): boolean =>
  (b[0] + b[2]) / 2 >= outer[0] && (b[0] + b[2]) / 2 <= outer[2] && (b[1] + b[3]) / 2 >= outer[1] && (b[1] + b[3]) / 2 <= outer[3];
