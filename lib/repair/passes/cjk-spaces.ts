/**
 * §9 Spaces between CJK characters.
 *
 * Rule: remove white space between two Han characters and on either side of full-width punctuation —
 * tesseract prints `衡 阳 日 报 讯` and `经济发展 ， 电力先行`. Keep a space between Latin words and
 * numbers (`COVID 19`, `Windows 11`) and between Han and Latin. Keep the one deliberate space that
 * separates two phrases in a title: in headline/kicker/subtitle/label blocks and inside a book title
 * `《…》`, a single space between two runs of ≥ 2 Han characters is typography (`与时空对话 做少年君子`, `记者 伍施施`), not an OCR artefact; a run of
 * one character on either side means letter-spaced OCR output, which is removed. In credits (byline and
 * caption blocks, `（全媒体记者 向吟）` in a dateline) one ≥ 2-character side is enough: `赵磊 摄`.
 * A credit OCR letter-spaced (`记 者 李 文 摄`) keeps the spaces the credit rule (lib/text credit-spacing)
 * places between role, names and 摄: `记者 李文 摄`, not `记者李文摄`.
 * In a title a quoted phrase is a phrase too (`社区“微更新” 老街换新颜`): quote marks beside the gap do
 * not count as punctuation there. The one space a paper sets after the dateline (`本报讯 记者从…`,
 * `新华社北京5月1日电 记者…`) is kept. A line of OCR noise (a photo's marks read as `二      届      全 下`,
 * lib/text ocr-noise) is left as it is: closing its gaps would make a word of marks, which then passes for a head.
 */
import type { Block } from '../../model/document';
import type { RepairPass, Suggestion, TextEdit } from '../types';
import { bodyBlocks } from '../../model/document';
import { creditGaps, datelineLength, isByline, isCjkPunct, isHan, isOcrNoise, photoCreditRange } from '../../text';
import { charAfter, charBefore } from '../text';
import { suggestionId } from './shared/ids';

export const meta = {
  kind: 'cjk-spaces',
  title: { zh: '汉字间多余空格', en: 'Spaces between CJK characters' },
  description: {
    zh: '删除汉字之间、中文标点两侧的空格；保留英文单词、数字之间和标题中词组之间的空格。',
    en: 'Removes spaces between Han characters and around full-width punctuation; keeps spaces between Latin words, numbers and title phrases.',
  },
} as const;

const TITLE_ROLES = new Set(['headline', 'kicker', 'subtitle', 'label']);
/** Whole blocks that are credits: names are separated by spaces (`■本报记者 张三 摄`). */
const CREDIT_ROLES = new Set(['byline', 'caption']);
const SPACE = /[ \t\u3000\u00a0]/u;
const TITLE_LINE = /^[\p{Script=Han}“”]{2,12}(?: [\p{Script=Han}“”]{2,12})+$/u;
const CREDIT = /[（(][^（）()]*(?:记者|通讯员|实习生|摄影|编辑|文\/图)[^（）()]*[）)]/gu;

/** Ranges where phrase-separating spaces are deliberate: book titles, credits in parentheses and a closing photo credit. */
/** `strict`: a title (both sides ≥ 2 characters); otherwise a credit (one side is enough). */
type Phrase = { start: number; end: number; strict: boolean };

function phraseRanges(text: string): Phrase[] {
  const out: Phrase[] = [];
  if (text.includes('《')) for (const m of text.matchAll(/《[^《》]*》/gu)) out.push({ start: m.index, end: m.index + m[0].length, strict: true });
  if (text.includes('（') || text.includes('(')) for (const m of text.matchAll(CREDIT)) out.push({ start: m.index, end: m.index + m[0].length, strict: false });
  // A photo credit ending the text (`图为…。 记者 李文 摄`): its spaces set the names apart.
  const credit = photoCreditRange(text);
  if (credit) out.push({ start: credit[0] - 1, end: credit[1] + 1, strict: false });
  return out;
}

/** Quote and title marks that belong to a title's phrase (`“微更新”`, `《江畔人家》`). */
const QUOTE = /[“”‘’《》「」『』]/u;

/** Length of the run of Han characters ending before `at` (or starting at `at` when forward); quote marks are stepped over, not counted. */
function hanRun(text: string, at: number, forward: boolean): number {
  let n = 0;
  // Only "one or at least two" matters, so look at a few code units, not the whole text (stays linear).
  const chars = forward ? [...text.slice(at, at + 5)] : [...text.slice(Math.max(0, at - 5), at)].reverse();
  for (const [i, ch] of chars.entries()) {
    if (i === 0 && QUOTE.test(ch)) continue;
    if (!isHan(ch)) break;
    n += 1;
  }
  return n;
}

/**
 * A title's phrase gap has a ≥ 2-character phrase on both sides; in a credit (`文/图 全媒体记者 张三`) a
 * name or role on one side is enough, since `文/图` or a one-character name is normal there.
 */
function deliberate(text: string, start: number, end: number, phrases: readonly Phrase[]): boolean {
  const phrase = phrases.find((p) => start > p.start && end < p.end);
  if (!phrase) return false;
  const [left, right] = [hanRun(text, start, false), hanRun(text, end, true)];
  return phrase.strict ? left >= 2 && right >= 2 : Math.max(left, right) >= 2;
}

/** Full-width punctuation to close up; in a title (`quoted`) quote marks are a phrase's, not punctuation. */
const isPunct = (ch: string | undefined, quoted: boolean) => isCjkPunct(ch) && !(quoted && QUOTE.test(ch!));
/** A character of a phrase: Han, and in a title its quote marks. */
const phraseChar = (ch: string | undefined, quoted: boolean) => isHan(ch) || (quoted && !!ch && QUOTE.test(ch));

export function spaceEdits(block: Block): TextEdit[] {
  const text = block.text;
  const edits: TextEdit[] = [];
  if (!SPACE.test(text)) return edits;
  // A short line of space-separated phrases and nothing else is a title whatever its role so far (an
  // unmarked headline, a column banner): the headline/set-aside passes may still give it its role.
  const titleLine = TITLE_ROLES.has(block.role) || TITLE_LINE.test(text);
  // A byline not yet marked as one (the headline pass marks it with its head) is a credit already.
  const whole = titleLine || CREDIT_ROLES.has(block.role) || (block.role === 'paragraph' && isByline(text));
  // Found when a space needs them (most spaces are not between two Han characters). No closures here:
  // this runs on every block with a space, every round of the applier.
  let phrases: Phrase[] | undefined;
  const dateline = datelineLength(text);
  // Asked only when a gap between Han characters would go (most blocks have none).
  let credit: Set<number> | undefined;
  // In a title, `”` before or `“` after the gap closes or opens a phrase: not punctuation to close up. Only
  // in a block that is a title (a short prose line `他说 “…”` looks like a title line too).
  const quoted = TITLE_ROLES.has(block.role);
  for (const m of text.matchAll(/[ \t\u3000\u00a0]+/gu)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === text.length) continue; // leading/trailing space: indentation, not inside text
    const before = charBefore(text, start);
    const after = charAfter(text, end);
    const punct = isPunct(before, quoted) || isPunct(after, quoted);
    if (start === dateline && !isCjkPunct(after) && end - start === 1) continue; // `本报讯 记者从…`
    if (!punct && !(phraseChar(before, quoted) && phraseChar(after, quoted))) continue;
    if (!punct && m[0] === ' ' && deliberate(text, start, end, (phrases ??= whole ? [{ start: -1, end: text.length + 1, strict: titleLine }] : phraseRanges(text)))) continue;
    if (!punct && (credit ??= new Set(creditGaps(text))).has(start)) {
      if (m[0] !== ' ') edits.push({ blockId: block.id, start, end, text: ' ', expected: m[0] });
      continue;
    }
    edits.push({ blockId: block.id, start, end, text: '', expected: m[0] });
  }
  return edits;
}

export const cjkSpaces: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    for (const block of bodyBlocks(article)) {
      if (block.role === 'paragraph' && isOcrNoise(block.text)) continue;
      const edits = spaceEdits(block);
      if (edits.length === 0) continue;
      out.push({
        id: suggestionId('cjk-spaces', [block.id], [edits[0].start, edits[edits.length - 1].end]),
        kind: 'cjk-spaces',
        articleId: article.id,
        blockIds: [block.id],
        edits,
        reason: {
          zh: `删除汉字或中文标点之间的 ${edits.length} 处空格。`,
          en: `Remove ${edits.length} space(s) between Han characters or around full-width punctuation.`,
        },
        confidence: 0.95,
      });
    }
  }
  return out;
};
