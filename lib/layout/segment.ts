/**
 * A page without an image map → article regions, from the lines of a whole-page OCR pass. Columns come
 * from the reading order; every run of display type (size ≥ 1.3× body) is a headline that owns the body
 * runs below it within its width, up to the next headline — the way a newspaper page is built. Running
 * heads and feet go to a separate furniture segment.
 */
import type { Point, Region } from '../detect/types';
import type { BBox } from '../model/document';
import type { RegionOcr } from '../ocr/types';
import { bodySize, ems, height, lineSize, type LayoutLine, unionBox, width } from './lines';
import { readingOrder } from './reading-order';
import { isFurniture } from '../text';

export interface PageSegment {
  id: string;
  box: BBox;
  /** Boxes of the column runs the segment is made of (an article is often not a rectangle). */
  parts: BBox[];
  lines: LayoutLine[];
  furniture?: boolean;
}

interface Run {
  lines: LayoutLine[];
  bbox: BBox;
  display: boolean;
  owner: number;
}

const DISPLAY = 1.3;

function overlapX(a: BBox, b: BBox): number {
  return Math.max(0, Math.min(a[2], b[2]) - Math.max(a[0], b[0]));
}

function runsOf(lines: LayoutLine[], body: number): Run[] {
  const runs: Run[] = [];
  for (const column of readingOrder(lines)) {
    let current: Run | null = null;
    for (const line of column.lines) {
      const display = lineSize(line) >= DISPLAY * body;
      if (!current || current.display !== display) runs.push((current = { lines: [], bbox: line.bbox, display, owner: -1 }));
      current.lines.push(line);
      current.bbox = unionBox([current.bbox, line.bbox]);
    }
  }
  return runs;
}

const sizeOf = (r: Run): number => Math.max(...r.lines.map(lineSize));

/**
 * A display run belongs to another one (not a headline of its own) when it is the second line of the same
 * headline (same size, right below it), a smaller kicker or subtitle right above or below it, or a short
 * label (≤ 4 characters, e.g. a section tag) just above it.
 */
function attachedTo(h: Run, heads: Run[], body: number): Run | undefined {
  const text = h.lines.map((l) => l.text).join('');
  return heads.find((g) => {
    if (g === h) return false;
    const below = h.bbox[1] - g.bbox[3];
    const above = g.bbox[1] - h.bbox[3];
    if (above >= -0.3 * body && above <= 2.5 * body && ems(text) <= 4 && ems(g.lines.map((l) => l.text).join('')) > 4) return true;
    if (overlapX(g.bbox, h.bbox) <= 0) return false;
    if (below >= -0.3 * body && below <= body && sizeOf(h) <= 1.1 * sizeOf(g) && heads.indexOf(g) < heads.indexOf(h)) return true;
    return sizeOf(g) > 1.1 * sizeOf(h) && (Math.abs(above) <= 1.5 * body || Math.abs(below) <= 1.5 * body);
  });
}

/**
 * The headline a body run belongs to: a kicker just above a headline, else the nearest headline above it
 * in sight — no other body text between them in the run's width (a subtitle right under the headline
 * does not block).
 */
function ownerOf(run: Run, heads: Run[], runs: Run[], body: number): Run | undefined {
  // A section label ("今日关注") sits at the article's left edge over a centred headline: it need not
  // overlap the headline, and is often body-sized — one short line right above a headline is enough.
  const label = run.lines.length === 1 && ems(run.lines[0].text) <= 6;
  const kickerOf = heads
    .filter(
      (h) =>
        run.lines.length <= 2 &&
        h.bbox[1] >= run.bbox[3] - 0.3 * body &&
        h.bbox[1] - run.bbox[3] <= 2 * body &&
        (label ? h.bbox[2] > run.bbox[0] && h.bbox[0] - run.bbox[2] < width(h.bbox) : overlapX(h.bbox, run.bbox) > 0.5 * width(run.bbox)),
    )
    .sort((a, b) => a.bbox[1] - b.bbox[1])[0];
  if (kickerOf && (label || lineSize(run.lines[0]) > 1.05 * body)) return kickerOf;
  const blocked = (h: Run) =>
    runs.some((r) => !r.display && r !== run && r.bbox[1] > h.bbox[3] + 1.5 * body && r.bbox[3] <= run.bbox[1] + 0.5 * body && overlapX(r.bbox, run.bbox) > 0);
  return heads
    .filter((h) => h.bbox[3] <= run.bbox[1] + 0.5 * body && overlapX(h.bbox, run.bbox) > 0.3 * width(run.bbox) && !blocked(h))
    .sort((a, b) => b.bbox[3] - a.bbox[3])[0];
}

export function segmentPage(lines: LayoutLine[], page: { width: number; height: number }): PageSegment[] {
  const band = 0.06 * page.height;
  const atEdge = (l: LayoutLine) => l.bbox[3] <= band || l.bbox[1] >= page.height - band;
  const all = bodySize(lines);
  const furniture = lines.filter((l) => atEdge(l) && (isFurniture(l.text, { atPageEdge: true }) || lineSize(l) < 0.9 * all || l.text.length <= 12));
  const text = lines.filter((l) => !furniture.includes(l));
  const body = bodySize(text) || 1;
  const runs = runsOf(text, body);
  const display = runs.filter((r) => r.display);
  const heads = display.filter((h) => !attachedTo(h, display, body));
  heads.forEach((h, i) => (h.owner = i));
  // Follow chains (label → first headline line → second line) to the run that is a headline of its own.
  const resolve = (h: Run, seen = new Set<Run>()): number => {
    if (h.owner >= 0 || seen.has(h)) return h.owner;
    seen.add(h);
    const g = attachedTo(h, display, body);
    return (h.owner = g ? resolve(g, seen) : untitledHead());
  };
  let extraHeads = heads.length;
  const untitledHead = () => extraHeads++;
  for (const h of display) resolve(h);
  let untitled = extraHeads;
  runs.forEach((run, i) => {
    if (run.display) return;
    const head = ownerOf(run, heads, runs, body);
    run.owner = head ? head.owner : i > 0 ? runs[i - 1].owner : untitled++;
  });
  const byOwner = new Map<number, Run[]>();
  for (const run of runs) byOwner.set(run.owner, [...(byOwner.get(run.owner) ?? []), run]);
  const segments: PageSegment[] = [...byOwner.values()].map((rs, i) => {
    const ls = rs.flatMap((r) => r.lines);
    return { id: `seg${i + 1}`, box: unionBox(ls.map((l) => l.bbox)), parts: rs.map((r) => r.bbox), lines: ls };
  });
  if (furniture.length) segments.push({ id: 'furniture', box: unionBox(furniture.map((l) => l.bbox)), parts: furniture.map((l) => l.bbox), lines: furniture, furniture: true });
  return segments;
}

/** Segments as regions to OCR again one by one (per-region OCR reads columns far better than a page pass). */
export function segmentsToRegions(segments: PageSegment[], image: { width: number; height: number }, pad = 4): Region[] {
  return segments.map((s) => {
    const box: BBox = [Math.max(0, s.box[0] - pad), Math.max(0, s.box[1] - pad), Math.min(image.width, s.box[2] + pad), Math.min(image.height, s.box[3] + pad)];
    const polygon: Point[] = [[box[0], box[1]], [box[2], box[1]], [box[2], box[3]], [box[0], box[3]]];
    return { id: s.id, shape: 'user', polygon, box };
  });
}

/** Segments as OCR results, so the lines of one page pass become articles without a second OCR pass. */
export function segmentsToRegionOcr(segments: PageSegment[]): RegionOcr[] {
  return segments.map((s) => {
    const lines = s.lines.map((l) => ({ text: l.text, bbox: l.bbox, confidence: l.confidence, words: l.words }));
    const confidence = lines.reduce((sum, l) => sum + l.confidence, 0) / Math.max(1, lines.length);
    const text = lines.map((l) => l.text).join('\n');
    const paragraph = { text, bbox: s.box, confidence, lines };
    return { regionId: s.id, bbox: s.box, text, confidence, blocks: [{ text, bbox: s.box, confidence, paragraphs: [paragraph] }] };
  });
}
