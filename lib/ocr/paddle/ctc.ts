/**
 * Greedy CTC decoding of the PP-OCR recognition output: per time step the most probable class, repeats
 * merged, blanks dropped. Classes are PaddleOCR's: 0 is the blank, then the lines of ppocr_keys_v1.txt,
 * then a space (`use_space_char`). Each character keeps its probability (the step's, or the best of a
 * repeated run) and the steps it spans, so its box along the line can be estimated.
 */

export interface DecodedChar {
  char: string;
  /** 0–1 */
  prob: number;
  /** First and last time step of the character's run (inclusive). */
  first: number;
  last: number;
}

/** The model's classes from the dictionary file's text: blank, one per line, space. */
export function ctcClasses(dictionary: string): string[] {
  const keys = dictionary.split(/\r?\n/);
  if (keys[keys.length - 1] === '') keys.pop();
  if (!keys.length) throw new Error('the recognition dictionary is empty');
  return ['', ...keys, ' '];
}

/**
 * `probs` holds `steps` rows of `classes.length` probabilities (one line of the batch output).
 * A step whose best class is not in `classes` (a model/dictionary mismatch) is an error, never a guess.
 */
export function ctcDecode(probs: Float32Array, steps: number, classes: readonly string[]): DecodedChar[] {
  const n = classes.length;
  if (probs.length < steps * n) throw new Error(`CTC output has ${probs.length} values, expected ${steps}×${n}`);
  const out: DecodedChar[] = [];
  let prev = 0;
  for (let t = 0; t < steps; t += 1) {
    let best = 0;
    let bestP = probs[t * n];
    for (let c = 1; c < n; c += 1) {
      const p = probs[t * n + c];
      if (p > bestP) {
        bestP = p;
        best = c;
      }
    }
    if (best !== 0 && best === prev) {
      const last = out[out.length - 1];
      last.last = t;
      last.prob = Math.max(last.prob, bestP);
    } else if (best !== 0) {
      out.push({ char: classes[best], prob: bestP, first: t, last: t });
    }
    prev = best;
  }
  return out;
}
