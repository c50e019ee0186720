/**
 * Drawn pictures that the ink cut took apart. A drawing (a works-site sketch, an infographic) is flat areas of
 * light tone between dark bands: its light areas are no ink, so the cut ends the picture at every band and
 * leaves no block dark in nearly every row — no photo block at all. Its bands come out as dark panels read
 * inverted (nothing), its signs as text blocks read into the article. What gives it away is a solid band: a
 * block as wide as several characters that is ink nearly all over, with no light type in it (a reversed
 * headline or a tag has its light glyphs), standing in toned rows. From the band the picture is grown up and
 * down over the rows that are not paper (photo-extent.ts), and when that makes it several lines tall, the
 * blocks inside it are one photo block.
 */
import type { BBox } from '../model/document';
import type { Raster } from '../image/raster';
import type { InkBlock } from './ink-blocks';
import { photoExtent } from './photo-extent';

/** Share of a band's pixels that are ink: a panel with light type in it has far more paper-light pixels. */
const SOLID = 0.85;
/** A band is at least this many body characters wide (a dash or a bullet is no band). */
const BAND_CHARS = 4;
/** A drawing is at least this many body lines tall once grown; a thick rule with paper around it is not. */
const PICTURE_LINES = 4;

function inkShare(gray: Raster, b: BBox, threshold: number): number {
  let dark = 0;
  for (let y = b[1]; y < b[3]; y += 1) for (let x = b[0]; x < b[2]; x += 1) if (gray.data[y * gray.width + x] < threshold) dark += 1;
  return dark / Math.max(1, (b[2] - b[0]) * (b[3] - b[1]));
}

const overlapShare = (a: BBox, b: BBox) => {
  const w = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const h = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return w > 0 && h > 0 ? (w * h) / ((a[2] - a[0]) * (a[3] - a[1])) : 0;
};

/**
 * `blocks` (inkBlocks of `gray`, in its pixels) with each drawn picture's blocks replaced by one photo block in
 * the place of its first. `paper` is the paper's gray (paperGray), `threshold` the ink threshold, `text` the body
 * height; `isPaper` tells paper pixels by their colour too (paper-colour.ts), where a drawing's pale area is as light.
 */
export function withDrawnPictures(gray: Raster, blocks: InkBlock[], paper: number, threshold: number, text: number, isPaper?: (x: number, y: number) => boolean): InkBlock[] {
  let out = blocks;
  for (const band of blocks) {
    const b = band.box;
    if (band.kind === 'photo' || band.glyphs || b[2] - b[0] < BAND_CHARS * text || !out.includes(band)) continue;
    if (inkShare(gray, b, threshold) < SOLID) continue;
    const grown = photoExtent(gray, b, paper, [], 'inside', isPaper);
    if (grown[3] - grown[1] < PICTURE_LINES * text) continue;
    const inside = out.filter((o) => o.kind === 'text' && overlapShare(o.box, grown) >= 0.8);
    const box: BBox = [Math.min(grown[0], ...inside.map((o) => o.box[0])), grown[1], Math.max(grown[2], ...inside.map((o) => o.box[2])), grown[3]];
    const picture: InkBlock = { box, kind: 'photo', rows: 1, oneLine: false, inverted: false, boxed: false };
    const first = out.findIndex((o) => inside.includes(o));
    out = [...out.slice(0, first), picture, ...out.slice(first).filter((o) => !inside.includes(o))];
  }
  return out;
}
