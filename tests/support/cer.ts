/**
 * Character error rate for OCR tests: Levenshtein distance (insert/delete/substitute, each cost 1) over
 * Unicode code points — so a CJK character or an emoji outside the BMP counts once, not as two UTF-16
 * units — divided by the truth length.
 *
 * All whitespace is removed from both sides before comparing: Chinese text has no spaces between words,
 * and tesseract inserts or drops them (and line breaks) freely, which is not a reading error. The cost of
 * that choice: a missing space between two Latin words ("5G network" vs "5Gnetwork") is not counted.
 *
 * CER can exceed 1 when the OCR output is much longer than the truth. Empty truth: 0 if the output is
 * empty too, else 1.
 */
export function stripWhitespace(text: string): string[] {
  return [...text.replace(/\s+/gu, '')];
}

/** Edit distance between two code-point arrays (two-row dynamic programme, O(n·m) time, O(m) memory). */
export function levenshtein(a: readonly string[], b: readonly string[]): number {
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length];
}

export interface CerResult {
  /** errors / truthLength (0 when both are empty). */
  cer: number;
  errors: number;
  truthLength: number;
}

export function cerDetail(truth: string, actual: string): CerResult {
  const a = stripWhitespace(truth);
  const b = stripWhitespace(actual);
  const errors = levenshtein(a, b);
  if (!a.length) return { cer: b.length ? 1 : 0, errors, truthLength: 0 };
  return { cer: errors / a.length, errors, truthLength: a.length };
}

export function cer(truth: string, actual: string): number {
  return cerDetail(truth, actual).cer;
}

/** Share of the truth's characters (as a multiset) found in the output: CER that ignores order. */
export function characterRecall(truth: string, output: string): number {
  const have = new Map<string, number>();
  for (const c of stripWhitespace(output)) have.set(c, (have.get(c) ?? 0) + 1);
  const chars = stripWhitespace(truth);
  let found = 0;
  for (const c of chars) {
    const n = have.get(c) ?? 0;
    if (n > 0) {
      found += 1;
      have.set(c, n - 1);
    }
  }
  return chars.length ? found / chars.length : 1;
}
