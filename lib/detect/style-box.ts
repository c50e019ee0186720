/**
 * The box an element is placed at by its inline style (`left/top/width/height` in px or %): how overlay
 * boxes and 文汇报-style map spans are positioned. A script that places them writes exactly these
 * properties (jQuery `.css()`), so the live DOM and a page saved after scripts ran read the same.
 */
import { attr } from './dom';
import { rectToPolygon } from './geometry';
import type { RawHotspot } from './hotspots';

export interface StyleBox {
  left: number;
  top: number;
  width: number;
  height: number;
  unit: 'px' | '%';
}

const LENGTH = /^(-?\d+(?:\.\d+)?)(px|%)?$/i;

export function styleBox(el: Element): StyleBox | null {
  const props = inlineStyle(el);
  const read = ['left', 'top', 'width', 'height'].map((key) => LENGTH.exec(props.get(key) ?? ''));
  if (read.some((m) => !m)) return null;
  const units = new Set(read.map((m) => (m![2] ?? 'px').toLowerCase()));
  // A box mixing % and px cannot be placed without the container's size: not guessed.
  if (units.size > 1) return null;
  const [left, top, width, height] = read.map((m) => Number(m![1]));
  if (!(width > 0 && height > 0)) return null;
  return { left, top, width, height, unit: units.has('%') ? '%' : 'px' };
}

export function boxHotspot(box: StyleBox): Pick<RawHotspot, 'shape' | 'points'> {
  return { shape: 'rect', points: rectToPolygon(box.left, box.top, box.left + box.width, box.top + box.height) };
}

/** Inline style declarations, property names lower-cased. */
export function inlineStyle(el: Element): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of (attr(el, 'style') ?? '').split(';')) {
    const colon = decl.indexOf(':');
    if (colon < 0) continue;
    out.set(decl.slice(0, colon).trim().toLowerCase(), decl.slice(colon + 1).replace(/!important/i, '').trim());
  }
  return out;
}
