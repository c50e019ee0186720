/**
 * Which coordinate frame a hotspot set is written in, and the scale to natural pixels. The evidence, in
 * the same order live and saved: a frame the markup states (SVG viewBox, a site's reference width),
 * percentages, the displayed size (live layout, else size attributes, stylesheet rules, inline style,
 * else a width the site is known to display at), and finally the coordinates themselves against the
 * image file's size.
 */
import { reach, type HotspotSet, type Scale } from './hotspots';
import type { PartialSize, Size } from './page-image';

export interface FrameEvidence {
  /** Displayed size of the set's image (layout or markup). */
  shown: PartialSize;
  /** Size of the image file, when known. */
  natural?: Size;
  /** Width the site displays its page image at when markup does not say (adapter knowledge). */
  siteFrameWidth?: number;
}

export interface FrameDecision extends Scale {
  /** The frame's size in its own units (what `PageImage.displayWidth/Height` report). */
  frameWidth?: number;
  frameHeight?: number;
}

/** Hotspots reaching less than this share of the image's width are written for a smaller, displayed image. */
const COVERAGE_FOR_NATURAL = 0.75;
/** Coordinates may overshoot the image by rounding and borders; more than this is another frame. */
const OVERSHOOT = 1.02;

export function decideFrame(set: HotspotSet, evidence: FrameEvidence, warnings: string[]): FrameDecision {
  const { natural, shown } = evidence;
  const clamp = natural ? { width: natural.width, height: natural.height } : {};
  const frame = set.frame;
  if (frame.kind === 'percent') {
    const base = natural ?? completed(shown, natural);
    if (!base) {
      warnings.push('image size unknown: percent hotspots kept in percent');
      return { scaleX: 1, scaleY: 1, frameWidth: 100, frameHeight: 100 };
    }
    return { scaleX: base.width / 100, scaleY: base.height / 100, ...clamp, frameWidth: 100, frameHeight: 100 };
  }
  if (frame.kind === 'stated') {
    const height = frame.height ?? (natural ? (frame.width * natural.height) / natural.width : undefined);
    if (!natural) {
      warnings.push('image file size unknown: regions are in the frame the page states');
      return { scaleX: 1, scaleY: 1, frameWidth: frame.width, frameHeight: height };
    }
    return { scaleX: natural.width / frame.width, scaleY: natural.height / height!, ...clamp, frameWidth: frame.width, frameHeight: height };
  }
  if (frame.kind === 'display') {
    const width = shown.width ?? evidence.siteFrameWidth;
    if (width && !natural) {
      if (set.hotspots.length) warnings.push('image file size unknown: regions are in displayed pixels');
      return { scaleX: 1, scaleY: 1, width, height: shown.height, frameWidth: width, frameHeight: shown.height };
    }
    const display = width ? completed({ width, height: shown.height }, natural) : undefined;
    if (display && natural) return { scaleX: natural.width / display.width, scaleY: natural.height / display.height, ...clamp, frameWidth: display.width, frameHeight: display.height };
  }
  // No stated or displayed frame: the coordinates against the file decide.
  if (!natural) return { scaleX: 1, scaleY: 1 };
  const far = reach(set.hotspots);
  if (far.x > natural.width * OVERSHOOT || far.y > natural.height * OVERSHOOT) {
    warnings.push(`hotspot coords reach ${Math.round(far.x)}×${Math.round(far.y)}, beyond the ${natural.width}×${natural.height} image: their frame is unknown, regions are clipped`);
  } else if (far.x < natural.width * COVERAGE_FOR_NATURAL && frame.kind === 'display') {
    warnings.push('displayed size unknown: hotspot coords taken as image pixels');
  }
  return { scaleX: 1, scaleY: 1, ...clamp, frameWidth: natural.width, frameHeight: natural.height };
}

/** A missing height follows the image's aspect ratio, as the browser lays it out. */
function completed(size: PartialSize, natural?: Size): Size | undefined {
  if (!size.width) return undefined;
  if (size.height) return { width: size.width, height: size.height };
  return natural ? { width: size.width, height: (size.width * natural.height) / natural.width } : undefined;
}
