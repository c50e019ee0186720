/**
 * Hotspots as the page writes them, before scaling: each set belongs to one page image and is written in
 * one coordinate frame. Finders (image maps, overlays, SVG, site script data) only read markup into sets;
 * frame.ts decides the scale from evidence, and `toRegions` turns a set into regions in natural pixels.
 */
import { boxArea, clampPolygon, polygonBox, scalePolygon } from './geometry';
import type { Point, Region } from './types';

/** The frame hotspot coordinates are written in. */
export type Frame =
  /** CSS pixels of the image as the page displays it (image maps, px overlays). */
  | { kind: 'display' }
  /** Percent of the image box (overlays placed with %, script arrays of percentages). */
  | { kind: 'percent' }
  /** A frame the page states: a reference width (and height) the site writes coordinates for. */
  | { kind: 'stated'; width: number; height?: number }
  /** Pixels of the image file itself, unless the coordinates say otherwise. */
  | { kind: 'natural' };

export interface RawHotspot {
  shape: 'rect' | 'poly' | 'circle';
  points: Point[];
  href?: string;
  title?: string;
}

export interface HotspotSet {
  /** The page image these hotspots lie over (an `<img>` or an SVG `<image>`). */
  image: Element;
  frame: Frame;
  hotspots: RawHotspot[];
  /** What found them, for warnings: "image map", "overlay", "SVG overlay", "script data". */
  source: string;
  warnings: string[];
}

export interface Scale {
  scaleX: number;
  scaleY: number;
  /** Natural image size for clamping; undefined when unknown. */
  width?: number;
  height?: number;
}

export function toRegions(hotspots: RawHotspot[], scale: Scale, warnings: string[]): Region[] {
  const regions: Region[] = [];
  hotspots.forEach((hotspot, index) => {
    const polygon = clampPolygon(scalePolygon(hotspot.points, scale.scaleX, scale.scaleY), scale.width, scale.height);
    const box = polygonBox(polygon);
    if (boxArea(box) === 0) {
      warnings.push(`hotspot ${index + 1}: skipped, it has no area inside the image`);
      return;
    }
    const region: Region = { id: `a${regions.length}`, shape: hotspot.shape, polygon, box };
    if (hotspot.href) region.href = hotspot.href;
    if (hotspot.title) region.title = hotspot.title;
    regions.push(region);
  });
  return regions;
}

/** Largest x and y any hotspot reaches, in its own frame: evidence for which frame it is. */
export function reach(hotspots: RawHotspot[]): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (const h of hotspots) for (const [px, py] of h.points) [x, y] = [Math.max(x, px), Math.max(y, py)];
  return { x, y };
}
