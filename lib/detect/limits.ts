/**
 * How much one detection may carry across the extension boundary (lib/messaging checks the same numbers).
 * Real pages have a few dozen hotspots; a page with more keeps the first ones with a note, instead of being
 * refused as a whole.
 */
export const MAX_REGIONS = 500;
export const MAX_WARNINGS = 500;
/** Pages of one edition's list; the biggest dailies print about a hundred. */
export const MAX_PAGES = 200;

export function capRegions<T>(regions: T[], warnings: string[]): T[] {
  if (regions.length <= MAX_REGIONS) return regions;
  warnings.push(`the page has ${regions.length} hotspots: kept the first ${MAX_REGIONS}, the other ${regions.length - MAX_REGIONS} are not read`);
  return regions.slice(0, MAX_REGIONS);
}

export function capWarnings(warnings: string[]): string[] {
  if (warnings.length <= MAX_WARNINGS) return warnings;
  const shown = warnings.slice(0, MAX_WARNINGS - 1);
  shown.push(`… and ${warnings.length - shown.length} more warnings`);
  return shown;
}
