/**
 * Where a credit keeps its spaces when OCR letter-spaced it. tesseract prints `记 者 李 文 摄` for
 * `记者 李文 摄`: a space after every character, so the space-removal pass cannot tell the deliberate ones by
 * the length of the runs beside them. The credit's own words can: a space belongs after a role word
 * (`记者`, `本报记者`, `通讯员`, `摄影`), before the next role word, and before the closing `摄`/`供图` —
 * never inside a name or between `本报` and `记者`. `文/`, `图/` take their names without a space.
 *
 * Only a credit is read this way: the closing photo credit of a text (`…散步。 记 者 李 文 摄`), or a
 * whole line that is a byline once spaced so (`本 报 记 者 李 文 通 讯 员 王 明`). The answer is which
 * of the text's white-space runs to keep; the rule never adds a space that OCR did not print.
 */
import { isByline } from './byline';
import { memoByText } from './memo';
import { photoCreditRange } from './photo-credit';

/** A role word, with the employer words papers set before it (`本报`, `全媒体`, `新华社`): one unit. */
const ROLE = /(?:本报|全媒体|融媒体|特约|首席|见习|新华社|中新社)*(?:摄影记者|记者|通讯员|实习生|撰稿人|撰文|撰稿|摄影)|[文图][/／]/gu;
/** The photo credit's closing word (inside its parenthesis, if any). */
const CLOSING = /(?:摄|供图)(?=[）)]?$)/u;
/** Letter-spaced text is about twice as long as the credit it holds: a tail this long holds any credit. */
const WINDOW = 100;
const SPACE = /\s/u;

interface Condensed {
  /** The window without its white space. */
  text: string;
  /** For each character of `text`: the offset in the original of the white-space run before it, or -1. */
  gapBefore: number[];
}

function condense(text: string, from: number): Condensed {
  let out = '';
  const gapBefore: number[] = [];
  let gap = -1;
  for (let i = from; i < text.length; i += 1) {
    if (SPACE.test(text[i])) {
      if (gap < 0) gap = i;
      continue;
    }
    out += text[i];
    gapBefore.push(out.length > 1 ? gap : -1);
    gap = -1;
  }
  return { text: out, gapBefore };
}

/** Offsets in the condensed text before which a credit has a space: after each role word, before later ones and before `摄`. */
function boundaries(text: string): { at: number[]; roles: number[] } {
  const out = new Set<number>();
  const roles: number[] = [];
  let first = true;
  for (const m of text.matchAll(ROLE)) {
    if (!first) out.add(m.index);
    first = false;
    roles.push(m.index);
    if (!/[/／]$/u.test(m[0])) out.add(m.index + m[0].length);
  }
  const closing = CLOSING.exec(text);
  if (closing) out.add(closing.index);
  return { at: [...out].filter((b) => b > 0 && b < text.length).sort((a, b) => a - b), roles };
}

/**
 * The white-space runs of `text` (their start offsets) that separate the parts of a credit: role, names,
 * 摄. Empty when the text holds no credit.
 */
export const creditGaps = memoByText((text: string): number[] => {
  if (!SPACE.test(text)) return [];
  const from = Math.max(0, text.length - WINDOW);
  const c = condense(text, from);
  const found = boundaries(c.text);
  const spaced = found.at.filter((b) => c.gapBefore[b] >= 0);
  if (spaced.length === 0) return [];
  // The condensed text with a space at each boundary OCR printed one: what the credit rules read.
  let rebuilt = '';
  const shift: number[] = []; // condensed offset → offset in `rebuilt`
  for (let i = 0, k = 0; i < c.text.length; i += 1) {
    if (spaced[k] === i) {
      rebuilt += ' ';
      k += 1;
    }
    shift.push(rebuilt.length);
    rebuilt += c.text[i];
  }
  if (from === 0 && isByline(rebuilt)) return spaced.map((b) => c.gapBefore[b]);
  const credit = photoCreditRange(rebuilt);
  if (!credit) return [];
  // Names and 摄 without a role word (`李 文 摄`) are a credit only after a caption's full stop: any
  // letter-spaced text ending in 摄 (`禁 止 拍 摄`) would read as one.
  const start = found.roles.length ? shift[found.roles[found.roles.length - 1]] : -1;
  const hasRole = start >= credit[0] && start < credit[1];
  if (!hasRole && !/[。！？]\s*$/u.test(rebuilt.slice(0, credit[0]))) return [];
  // A boundary's space sits at shift[b] - 1 in `rebuilt`: kept when inside the credit.
  return spaced.filter((b) => shift[b] > credit[0] && shift[b] <= credit[1]).map((b) => c.gapBefore[b]);
});
