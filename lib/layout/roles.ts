/**
 * Roles from type size and position, with text patterns only confirming: the headline is the largest
 * type of the region, a kicker a smaller display line right above it, a subtitle one right below it;
 * a caption is a short group right below a non-text (photo) area; furniture sits in the page's top or
 * bottom band (running heads, page number, editor credits). Bylines are found by their pattern.
 */
import type { BBox, BlockRole, PageMeta } from '../model/document';
import { ems } from './lines';
import type { LineGroup } from './paragraphs';
import { isByline, isDateline, isEditorCredit, isFurniture } from '../text';

export interface RoleContext {
  /** Body type size of the region (line height in pixels). */
  body: number;
  /** Non-text areas of the region (from findPhotoAreas or the image). */
  photos: BBox[];
  /** Page size, for the running-head bands. */
  page?: PageMeta['imageSize'];
}

const DISPLAY = 1.3; // headline type is at least this much larger than body type
const textOf = (g: LineGroup): string => g.lines.map((l) => l.text).join('');

/** The layout gives the byline role to an author line and to a dateline standing alone (model/document.ts). */
export function isBylineText(text: string): boolean {
  return text.length <= 60 && (isByline(text) || isDateline(text));
}

function inEdgeBand(box: BBox, page: RoleContext['page']): boolean {
  if (!page) return false;
  const band = 0.06 * page.height;
  return box[3] <= band || box[1] >= page.height - band;
}

function belowPhoto(g: LineGroup, photos: BBox[], body: number): boolean {
  return photos.some((p) => g.bbox[1] >= p[3] - body && g.bbox[1] <= p[3] + 2 * body && g.bbox[0] < p[2] && g.bbox[2] > p[0]);
}

/** Index of the headline: the largest type clearly above body size (first one on a tie). */
function headlineIndex(groups: LineGroup[], body: number): number {
  let best = -1;
  groups.forEach((g, i) => {
    if (g.size >= DISPLAY * body && g.lines.length <= 4 && (best < 0 || g.size > groups[best].size * 1.05)) best = i;
  });
  return best;
}

const isAbove = (a: BBox, b: BBox, body: number) => a[3] <= b[1] + 0.3 * body && b[1] - a[3] < 3 * body;

export function assignRoles(groups: LineGroup[], ctx: RoleContext): BlockRole[] {
  const { body, photos, page } = ctx;
  const roles: BlockRole[] = groups.map(() => 'paragraph');
  const h = headlineIndex(groups, body);
  if (h >= 0) {
    roles[h] = 'headline';
    const head = groups[h];
    const before = groups[h - 1];
    // A section label ("提醒", "今日关注") opening the article is a kicker even when set at body size.
    const label = h === 1 && before.lines.length === 1 && ems(textOf(before)) <= 6;
    if (before && (before.size > 1.05 * body || label) && before.size < head.size && isAbove(before.bbox, head.bbox, body)) roles[h - 1] = 'kicker';
    const after = groups[h + 1];
    if (after && after.size > 1.05 * body && after.size < head.size && isAbove(head.bbox, after.bbox, body)) roles[h + 1] = 'subtitle';
  }
  groups.forEach((g, i) => {
    if (roles[i] !== 'paragraph') return;
    const text = textOf(g);
    if (inEdgeBand(g.bbox, page) && (isFurniture(text, { atPageEdge: true }) || g.size < 0.9 * body)) roles[i] = 'furniture';
    else if (g.lines.length <= 3 && belowPhoto(g, photos, body)) roles[i] = 'caption';
    else if (isEditorCredit(text)) roles[i] = 'furniture';
    else if (g.lines.length <= 2 && isBylineText(text)) roles[i] = 'byline';
  });
  return roles;
}
