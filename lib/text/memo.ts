/**
 * Answers of the line rules kept per text. The repair passes ask the same questions of the same lines
 * many times — every pass asks whether a block is a byline or opens an article, for itself and for its
 * neighbours, and the engine re-reads the page after every round of changes, which leaves most lines as
 * they were. The rules are pure functions of the text, so an answer can be reused whoever asks.
 *
 * Memory stays bounded: only line-length texts are kept (a paragraph is answered quickly anyway: the rules
 * stop at a length limit), and the table is emptied when it is full.
 */

/** Texts longer than this are answered afresh every time (and keep no long string alive). */
const MAX_TEXT = 200;
/** Entries per rule before its table is emptied: a 1 M-character page has about 40 000 lines. */
const MAX_ENTRIES = 100_000;

export function memoByText<T>(rule: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > MAX_TEXT) return rule(text);
    const hit = known.get(text);
    if (hit !== undefined || known.has(text)) return hit as T;
    if (known.size >= MAX_ENTRIES) known.clear();
    const answer = rule(text);
    known.set(text, answer);
    return answer;
  };
}
