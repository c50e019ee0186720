/**
 * One line read across a page's columns, cut back into the columns' lines. Chinese body text is set
 * justified to a fixed measure (the same number of em per line in one column), so a line of whole-page OCR
 * is k column lines of that width side by side. The gutter between them comes as a `|`, a run of spaces,
 * one space, or a `，` (the column rule misread), so the cut is chosen by both: the gaps and the widths.
 */

/** Display width in em: Han, CJK punctuation and full-width forms 1, Latin letters and digits 0.5. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef“”‘’—…《》、]/u;
export const emWidth = (ch: string): number => (WIDE.test(ch) ? 1 : 0.5);

/** A segment's width: its characters, inner spaces of a run counting once. */
export function textWidth(text: string): number {
  let w = 0;
  for (const ch of text.trim().replace(/\s+/gu, ' ')) w += emWidth(ch);
  return w;
}

const GAP = /[\s|｜]/u;
/**
 * A line cannot begin with these (kinsoku): a segment starting with one begins with the column rule misread.
 * The mark is kept (it may be text; the reader sees it and can delete it), only the cut goes before it.
 */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?]+/u;
/** A paragraph's last line may stop short. */
const PARAGRAPH_END = /[。！？…”」』）》]$/u;

/** What a cut costs: a rule or wide gap nothing, one space a little, inside a word most. */
const CUT_COST = { strong: 0, weak: 1, mark: 0.5, none: 4 } as const;
/** An uncut rule or wide gap inside one segment. */
const UNCUT_STRONG = 8;

interface Boundary {
  /** Offset in the line where the left segment ends and the right one starts (the gap in between). */
  end: number;
  start: number;
  kind: keyof typeof CUT_COST;
}

/** The places a line may be cut: after each non-gap character that has another after it. */
function boundaries(line: string): Boundary[] {
  const out: Boundary[] = [];
  const chars = [...line];
  let offset = 0;
  const offsets = chars.map((c) => {
    const o = offset;
    offset += c.length;
    return o;
  });
  for (let i = 0; i < chars.length; i += 1) {
    if (GAP.test(chars[i])) continue;
    let j = i + 1;
    while (j < chars.length && GAP.test(chars[j])) j += 1;
    if (j >= chars.length) break;
    const gap = chars.slice(i + 1, j).join('');
    // No gap, but a mark no line begins with: the rule read as that mark (`户，合有关部门`).
    const kind = /[|｜]/u.test(gap) || /\s{2,}/u.test(gap) ? 'strong' : gap ? 'weak' : NO_LINE_START.test(chars[j]) ? 'mark' : 'none';
    out.push({ end: offsets[i] + chars[i].length, start: offsets[j], kind });
  }
  return out;
}

/** The cost of one segment `w` em wide with `strongInside` uncut gaps, set in a column of measure `m`. */
function fitCost(w: number, strongInside: number, endsPara: boolean, m: number): number {
  let cost = strongInside * UNCUT_STRONG + Math.max(0, w - m - 1) * 2;
  const under = Math.max(0, m - 1 - w);
  if (under > 0) cost += endsPara ? 0.1 * under : w >= m - 3 ? 0.3 * under : under;
  return cost;
}

/**
 * The line cut into at most `measures.length` segments, segment j set in column j (columns that have ended
 * are missing on the right). Each segment is trimmed; nothing else of the line is left out.
 */
export function cutLine(line: string, measures: readonly number[]): string[] {
  return cutLineWithCost(line, measures).segments;
}

/** `cutLine` and what the cut cost (how badly the line fits the columns). */
export function cutLineWithCost(line: string, measures: readonly number[]): { segments: string[]; cost: number } {
  const k = measures.length;
  const cuts = boundaries(line);
  // Positions: 0 = line start, i+1 = after cuts[i]; dp over (segments used, position).
  const n = cuts.length;
  const startOf = (p: number) => (p === 0 ? 0 : cuts[p - 1].start);
  const endOf = (q: number) => (q === n + 1 ? line.length : cuts[q - 1].end);
  // Widths as prefix sums over the line's code units (a run of spaces counts once), and uncut gaps over the
  // cuts, so each segment is priced in constant time.
  const prefix = new Float64Array(line.length + 1);
  for (let i = 0; i < line.length; i += 1) {
    const ch = line[i];
    const low = ch >= '\udc00' && ch <= '\udfff';
    prefix[i + 1] = prefix[i] + (low ? 0 : /\s/u.test(ch) ? (i > 0 && /\s/u.test(line[i - 1]) ? 0 : 0.5) : emWidth(ch));
  }
  const strongBefore = new Int32Array(n + 2);
  for (let i = 1; i <= n; i += 1) strongBefore[i + 1] = strongBefore[i] + (cuts[i - 1].kind === 'strong' ? 1 : 0);
  const best: number[][] = Array.from({ length: k + 1 }, () => new Array(n + 2).fill(Infinity));
  const from: number[][] = Array.from({ length: k + 1 }, () => new Array(n + 2).fill(-1));
  best[0][0] = 0;
  for (let j = 1; j <= k; j += 1) {
    const m = measures[j - 1];
    for (let q = 1; q <= n + 1; q += 1) {
      const end = endOf(q);
      const endsPara = PARAGRAPH_END.test(line[end - 1] ?? '');
      // Right to left, and no further than a segment twice its column's width: the cut stays linear in the line.
      for (let p = q - 1; p >= 0; p -= 1) {
        const w = prefix[end] - prefix[startOf(p)];
        if (w > 2 * m + 4 && p < q - 1) break;
        if (best[j - 1][p] === Infinity) continue;
        // Uncut gaps inside: the strong cuts strictly between position p and q.
        const inside = strongBefore[q] - strongBefore[p + 1];
        const cost = best[j - 1][p] + fitCost(w, inside, endsPara, m) + (q <= n ? CUT_COST[cuts[q - 1].kind] : 0);
        if (cost < best[j][q]) [best[j][q], from[j][q]] = [cost, p];
      }
    }
  }
  let bestJ = 1;
  for (let j = 1; j <= k; j += 1) if (best[j][n + 1] < best[bestJ][n + 1]) bestJ = j;
  const segments: string[] = [];
  for (let j = bestJ, q = n + 1; j > 0; j -= 1) {
    const p = from[j][q];
    segments.unshift(line.slice(startOf(p), endOf(q)).trim());
    q = p;
  }
  return { segments, cost: best[bestJ][n + 1] };
}

/** A line's segments between its rule or wide gaps only (what OCR showed plainly). */
export function plainSegments(line: string): string[] {
  return line
    .trim()
    .split(/\s*[|｜]+\s*|\s{2,}/u)
    .filter((s) => s.trim());
}

export const endsParagraph = (text: string): boolean => PARAGRAPH_END.test(text.trim());
