/**
 * Sizes from a live page, for the content script: `detectPage(document, location.href, liveEnv)`.
 * `HTMLImageElement.width/height` give the rendered content-box size in CSS pixels — the frame the area
 * coords are written in — unaffected by CSS transforms or page zoom, unlike getBoundingClientRect.
 */
import type { DetectEnv } from './detect-page';
import type { PartialSize, Size } from './page-image';

interface SizedImage {
  width?: number;
  height?: number;
  naturalWidth?: number;
  naturalHeight?: number;
}

/** Rendered size; zero (not laid out, display:none) counts as unknown so markup can fill in. */
export function renderedSize(img: Element): PartialSize {
  const { width, height } = img as unknown as SizedImage;
  return { width: width && width > 0 ? width : undefined, height: height && height > 0 ? height : undefined };
}

/** Size of the image file once it has loaded; undefined before that (naturalWidth is 0). */
export function loadedNaturalSize(img: Element): Size | undefined {
  const { naturalWidth, naturalHeight } = img as unknown as SizedImage;
  return naturalWidth && naturalHeight ? { width: naturalWidth, height: naturalHeight } : undefined;
}

export const liveEnv: DetectEnv = { displaySize: renderedSize, naturalSize: loadedNaturalSize };
