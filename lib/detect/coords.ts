/**
 * Reads an `<area coords>` list. Real templates write "12,30, 400,30", "12 30 400 30", "12;30;…", "12px",
 * or leave stray words in; the HTML spec's list-of-floats parser is lenient too. Every token that does not
 * start with a number is dropped and reported, so a hotspot is never silently misplaced.
 */

const NUMBER_PREFIX = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?/i;

export interface CoordList {
  values: number[];
  /** Tokens that were not numbers. */
  garbage: string[];
}

export function parseCoordList(coords: string | null): CoordList {
  const values: number[] = [];
  const garbage: string[] = [];
  for (const token of (coords ?? '').split(/[\s,;]+/)) {
    if (!token) continue;
    const match = NUMBER_PREFIX.exec(token);
    const value = match ? Number(match[0]) : NaN;
    if (Number.isFinite(value)) values.push(value);
    else garbage.push(token);
  }
  return { values, garbage };
}
