/**
 * Turns a `<map>`'s `<area>` hotspots into regions in natural pixels of the page image. Coordinates are
 * written in the frame the page displays the image at (or a site's reference width), so each point is
 * scaled by natural ÷ frame, then clamped to the image. Bad areas are skipped with a warning, never guessed.
 */
import { attr } from './dom';
import { circleToPolygon, clampPolygon, polygonBox, rectToPolygon, scalePolygon, boxArea } from './geometry';
import { parseCoordList } from './coords';
import { resolveUrl } from './urls';
import type { Point, Region } from './types';

export interface MapConversion {
  /** Multiply coordinates by these to get natural pixels. */
  scaleX: number;
  scaleY: number;
  /** Natural image size, for clamping; undefined when unknown. */
  width?: number;
  height?: number;
  /** Base URL that relative hrefs resolve against. */
  baseUrl: string;
}

type Shape = 'rect' | 'poly' | 'circle' | 'default';

const SHAPE_NAMES: Record<string, Shape> = {
  rect: 'rect', rectangle: 'rect', poly: 'poly', polygon: 'poly', circle: 'circle', circ: 'circle', default: 'default',
};

export function mapToRegions(map: Element, conversion: MapConversion): { regions: Region[]; warnings: string[] } {
  const regions: Region[] = [];
  const warnings: string[] = [];
  const areas = Array.from(map.querySelectorAll('area'));
  areas.forEach((area, index) => {
    const label = `area ${index + 1}`;
    const result = areaOutline(area, label, warnings);
    if (!result) return;
    const scaled = scalePolygon(result.points, conversion.scaleX, conversion.scaleY);
    const polygon = clampPolygon(scaled, conversion.width, conversion.height);
    const box = polygonBox(polygon);
    if (boxArea(box) === 0) {
      warnings.push(`${label}: skipped, it has no area inside the image`);
      return;
    }
    const region: Region = { id: `a${regions.length}`, shape: result.shape, polygon, box };
    const href = resolveUrl(attr(area, 'href') ?? '', conversion.baseUrl);
    if (href) region.href = href;
    const title = (attr(area, 'title') || attr(area, 'alt') || '').trim();
    if (title) region.title = title;
    regions.push(region);
  });
  return { regions, warnings };
}

/** The area's outline in its own coordinate frame, or null (with a warning) when unusable. */
function areaOutline(area: Element, label: string, warnings: string[]): { shape: Region['shape']; points: Point[] } | null {
  const shapeName = (attr(area, 'shape') ?? 'rect').trim().toLowerCase() || 'rect';
  const shape = SHAPE_NAMES[shapeName];
  if (!shape) {
    warnings.push(`${label}: skipped, unknown shape "${shapeName}"`);
    return null;
  }
  // The default area is the whole image minus the others: not an article.
  if (shape === 'default') return null;
  const { values, garbage } = parseCoordList(attr(area, 'coords'));
  if (garbage.length) warnings.push(`${label}: ignored non-numeric coords ${garbage.map((g) => `"${g}"`).join(', ')}`);
  if (shape === 'rect') {
    if (values.length < 4) return tooFew(label, 'rect', 4, values.length, warnings);
    const [x0, y0, x1, y1] = values;
    return { shape: 'rect', points: rectToPolygon(x0, y0, x1, y1) };
  }
  if (shape === 'circle') {
    if (values.length < 3) return tooFew(label, 'circle', 3, values.length, warnings);
    const [cx, cy, r] = values;
    if (!(r > 0)) {
      warnings.push(`${label}: skipped, circle radius ${r} is not positive`);
      return null;
    }
    return { shape: 'circle', points: circleToPolygon(cx, cy, r) };
  }
  if (values.length % 2 === 1) warnings.push(`${label}: polygon has an odd number of coords, dropped the last one`);
  const points: Point[] = [];
  for (let i = 0; i + 1 < values.length; i += 2) points.push([values[i], values[i + 1]]);
  if (points.length < 3) return tooFew(label, 'polygon', 6, values.length, warnings);
  return { shape: 'poly', points };
}

function tooFew(label: string, shape: string, needed: number, got: number, warnings: string[]): null {
  warnings.push(`${label}: skipped, a ${shape} needs ${needed} coords but has ${got}`);
  return null;
}
