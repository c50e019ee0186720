/** Character error rate: Levenshtein distance over code points / truth length, whitespace ignored. */
export function cer(truth: string, actual: string): number {
  const a = [...truth.replace(/\s+/g, '')];
  const b = [...actual.replace(/\s+/g, '')];
  if (!a.length) return b.length ? 1 : 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    for (let j = 1; j <= b.length; j += 1) {
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = row;
  }
  return prev[b.length] / a.length;
}
