/**
 * Min, max and append for arrays that may be huge — a 400 000-point hotspot polygon, 140 000 headings, a
 * page of thousands of bad areas. `Math.min(...xs)` and `push(...xs)` pass every element as an argument
 * and overflow the call stack at around 100 000 elements, so these loop instead.
 */

/** The smallest value (Infinity for none, as Math.min()). */
export function minOf(values: readonly number[]): number {
  let min = Infinity;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}

/** The largest value (-Infinity for none, as Math.max()). */
export function maxOf(values: readonly number[]): number {
  let max = -Infinity;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

/** Appends `items` to `target` (returns target). */
export function pushAll<T>(target: T[], items: readonly T[]): T[] {
  for (const item of items) target.push(item);
  return target;
}
