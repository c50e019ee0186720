/**
 * How much one detection may carry across the extension boundary (lib/messaging checks the same numbers).
 * Real pages have a few dozen hotspots; a page with more keeps the first ones with a note, instead of being
 * refused as a whole.
 */
export const MAX_REGIONS = 500;
export const MAX_WARNINGS = 500;
/** Pages of one edition's list; the biggest dailies print about a hundred. */
export const MAX_PAGES = 200;
/** A hand-drawn hotspot has a few dozen points; more adds nothing a crop can see. */
export const MAX_POLYGON_POINTS = 10_000;

export function capRegions<T extends { id: string; polygon: unknown[] }>(regions: T[], warnings: string[]): T[] {
  const kept = regions.length <= MAX_REGIONS ? regions : regions.slice(0, MAX_REGIONS);
  if (kept !== regions) warnings.push(`the page has ${regions.length} hotspots: kept the first ${MAX_REGIONS}, the other ${regions.length - MAX_REGIONS} are not read`);
  return kept.map((r) => (r.polygon.length > MAX_POLYGON_POINTS ? thinPolygon(r, warnings) : r));
}

/** Every k-th point of a huge polygon (its box, computed from all points, stays as it was). */
function thinPolygon<T extends { id: string; polygon: unknown[] }>(region: T, warnings: string[]): T {
  const step = Math.ceil(region.polygon.length / MAX_POLYGON_POINTS);
  const polygon = region.polygon.filter((_, i) => i % step === 0);
  warnings.push(`hotspot ${region.id} has ${region.polygon.length} points: kept every ${step}th (${polygon.length}), its outline is approximate`);
  return { ...region, polygon };
}

export function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const shown = warnings.slice(0, MAX_WARNINGS - 1);
  shown.push(`… and ${warnings.length - shown.length} more warnings`);
  return shown;
}
