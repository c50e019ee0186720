/**
 * A letter-spaced credit read back as printed. tesseract prints `记 者 李 文 摄` for `记者 李文 摄`: a
 * space after every character. The credit's own words say where the printed spaces were: after a role
 * word (`记者`, `本报记者`, `通讯员`, `摄影`), before the next role word, and before the closing
 * `摄`/`供图` — never inside a name or between `本报` and `记者`; `文/`, `图/` take their names without
 * one. `respaceCredit` keeps only the spaces OCR printed at those places; whether the result *is* a credit
 * is the byline and photo-credit rules' question (credit-spacing.ts asks them). Pure string work, no rules.
 */

/** A role word, with the employer words papers set before it (`本报`, `全媒体`, `新华社`): one unit. */
const ROLE = /(?:本报|全媒体|融媒体|特约|首席|见习|新华社|中新社)*(?:摄影记者|记者|通讯员|实习生|撰稿人|撰文|撰稿|摄影)|[文图][/／]/gu;
/** The photo credit's closing word (inside its parenthesis, if any). */
const CLOSING = /(?:摄|供图)(?=[）)]?$)/u;
const SPACE = /\s/u;

export interface Respaced {
  /** The text from `from` on, white space removed except one space at each credit boundary OCR printed one. */
  text: string;
  /** The original offset of each kept space's white-space run, in order. */
  gaps: number[];
  /** Where each kept space is in `text`. */
  at: number[];
  /** Where the last role word starts in `text`, or -1. */
  lastRole: number;
}

export function respaceCredit(original: string, from = 0): Respaced {
  // The window without white space; for each character, the original offset of the run before it (or -1).
  let condensed = '';
  const gapBefore: number[] = [];
  let gap = -1;
  for (let i = from; i < original.length; i += 1) {
    if (SPACE.test(original[i])) {
      if (gap < 0) gap = i;
      continue;
    }
    condensed += original[i];
    gapBefore.push(condensed.length > 1 ? gap : -1);
    gap = -1;
  }
  const boundaries = new Set<number>();
  let lastRoleAt = -1;
  for (const m of condensed.matchAll(ROLE)) {
    if (lastRoleAt >= 0) boundaries.add(m.index);
    lastRoleAt = m.index;
    if (!/[/／]$/u.test(m[0])) boundaries.add(m.index + m[0].length);
  }
  const closing = CLOSING.exec(condensed);
  if (closing) boundaries.add(closing.index);
  let text = '';
  const gaps: number[] = [];
  const at: number[] = [];
  let lastRole = -1;
  for (let i = 0; i < condensed.length; i += 1) {
    if (boundaries.has(i) && gapBefore[i] >= 0) {
      at.push(text.length);
      gaps.push(gapBefore[i]);
      text += ' ';
    }
    if (i === lastRoleAt) lastRole = text.length;
    text += condensed[i];
  }
  return { text, gaps, at, lastRole };
}

/** Three Han characters each set apart by one space near the start: letter-spaced OCR output. */
export const isLetterSpaced = (text: string): boolean => /\p{Script=Han} \p{Script=Han} \p{Script=Han}/u.test(text.slice(0, 24));
