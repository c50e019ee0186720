/**
 * §10 Half-width punctuation and look-alikes in Chinese text.
 *
 * Rule: in Chinese context (a Han character or full-width mark next to it) `, : ; ? !` become `，：；？！`,
 * a lone `.` after a Han character becomes `。`, a `(…)` pair becomes `（…）`, a straight `"…"` / `'…'` pair becomes `“…”` / `‘…’`, `...` or `。。。`
 * becomes `……`, `--` becomes `——`. Between two digits, `一` (the Han "one") is a misread range dash:
 * `1一9月` → `1—9月`.
 * OCR misreads `1` as `]`, `l` or `|` next to digits (`20l2年`), `%` as `%6` (`3.47%6`), and a byline's
 * `■` as `国`/`围` (`国本报记者`) — those are guesses, so they get a lower confidence. Numbers (`1,000`, `3.14`), times (`10:30`), URLs and Latin
 * text keep their half-width forms: a mark is only changed when Chinese text is right beside it.
 */
import type { Block } from '../../model/document';
import type { RepairPass, Suggestion, TextEdit } from '../types';
import { bodyBlocks } from '../../model/document';
import { hasBylineMarker, isByline, isCjk, isDigit, isHan, isPhotoCredit } from '../../text';
import { charAfter, charBefore, inRanges, protectedRanges } from '../text';
import { suggestionId } from './shared/ids';
import { minOf } from '../../model/big-arrays';

export const meta = {
  kind: 'punctuation',
  title: { zh: '半角标点与形近字', en: 'Half-width punctuation and look-alikes' },
  description: {
    zh: '中文语境中的半角标点改为全角，修正数字旁被误认的“1”“%”、范围中的“一”和署名前的“■”。',
    en: 'Turns half-width punctuation in Chinese text full-width and fixes misread “1”, “%”, range dashes next to digits and a byline’s “■”.',
  },
} as const;

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '?': '？', '!': '！' };
type Found = { start: number; end: number; text: string; confidence: number };

const HALF_MARK = /[,:;?!]/;
const ONE_LOOKALIKE = /[\]l|]/;

/** Adds a change to `out` unless a guarded range (URL, e-mail) holds its start (no closure made per text: marks runs on every block every round). */
function add(out: Found[], guard: [number, number][], start: number, end: number, to: string, confidence: number) {
  if (!inRanges(guard, start)) out.push({ start, end, text: to, confidence });
}

/**
 * Each rule's pattern runs only on a text that has its character: `matchAll` copies its pattern for every
 * call, and most lines have none of these marks.
 */
function marks(text: string, guard: [number, number][]): Found[] {
  const out: Found[] = [];
  if (HALF_MARK.test(text)) for (const m of text.matchAll(/[,:;?!]/g)) {
    const before = charBefore(text, m.index);
    const after = charAfter(text, m.index + 1);
    // `1,000`, `10:30`: a digit on both sides is a number, whatever surrounds it.
    if (isDigit(text[m.index - 1]) && isDigit(text[m.index + 1])) continue;
    if (isCjk(before) || isHan(after)) add(out, guard, m.index, m.index + 1, FULL[m[0]], 0.95);
  }
  if (text.includes('(')) for (const m of text.matchAll(/\(([^()]*)\)/g)) {
    if (/\p{Script=Han}/u.test(m[1]) || isHan(charBefore(text, m.index))) {
      add(out, guard, m.index, m.index + 1, '（', 0.95);
      add(out, guard, m.index + m[0].length - 1, m.index + m[0].length, '）', 0.95);
    }
  }
  if (text.includes('"')) for (const m of text.matchAll(/"([^"\n]*)"/g)) {
    if (/\p{Script=Han}/u.test(m[1]) || isCjk(charBefore(text, m.index))) {
      add(out, guard, m.index, m.index + 1, '“', 0.9);
      add(out, guard, m.index + m[0].length - 1, m.index + m[0].length, '”', 0.9);
    }
  }
  // Single quotes: only a pair not glued to Latin letters (`don't`, `it's` are apostrophes).
  if (text.includes("'")) for (const m of text.matchAll(/(?<![A-Za-z])'([^'\n]*)'(?![A-Za-z])/g)) {
    if (/\p{Script=Han}/u.test(m[1])) {
      add(out, guard, m.index, m.index + 1, '‘', 0.9);
      add(out, guard, m.index + m[0].length - 1, m.index + m[0].length, '’', 0.9);
    }
  }
  if (text.includes('...') || text.includes('。。。') || text.includes('…')) for (const m of text.matchAll(/\.{3,}|。{3,}|…(?!…)/g)) {
    if (m[0] === '…' && text[m.index - 1] === '…') continue;
    if (isCjk(charBefore(text, m.index)) || isCjk(charAfter(text, m.index + m[0].length))) add(out, guard, m.index, m.index + m[0].length, '……', m[0] === '…' ? 0.85 : 0.95);
  }
  if (text.includes('--') || text.includes('—')) for (const m of text.matchAll(/-{2,}|—(?!—)/g)) {
    if (m[0] === '—' && (text[m.index - 1] === '—' || isDigit(text[m.index - 1]))) continue;
    if (isHan(charBefore(text, m.index)) || isHan(charAfter(text, m.index + m[0].length))) add(out, guard, m.index, m.index + m[0].length, '——', m[0] === '—' ? 0.8 : 0.95);
  }
  // A lone `.` after a Han character ends a typed sentence (`照明.`, `好多了."`); between two Han
  // characters it may be a name's middle dot (`阿卜杜.热合曼`), so there it stays a guess.
  if (text.includes('.')) for (const m of text.matchAll(/(?<=\p{Script=Han})\.(?![.\dA-Za-z])/gu)) {
    const after = charAfter(text, m.index + 1);
    add(out, guard, m.index, m.index + 1, '。', isHan(after) ? 0.8 : 0.9);
  }
  if (text.includes('一')) for (const m of text.matchAll(/(?<=\d)一(?=\d)/g)) add(out, guard, m.index, m.index + 1, '—', 0.95);
  // `]`/`l`/`|` for 1: a digit on one side, no Latin letter on the other (`20l2`, `l0月`, `第]版` stays).
  if (ONE_LOOKALIKE.test(text)) for (const m of text.matchAll(/(?<=\d)[\]l|](?=[\d\p{Script=Han}%]|$)|(?<![A-Za-z\d[])[\]l|](?=\d)/gu)) {
    if (m[0] === ']' && text.lastIndexOf('[', m.index) > text.lastIndexOf(']', m.index - 1)) continue;
    add(out, guard, m.index, m.index + 1, '1', 0.8);
  }
  if (text.includes('%6')) for (const m of text.matchAll(/(?<=\d)%6(?!\d)/g)) add(out, guard, m.index, m.index + 2, '%', 0.85);
  // The byline's ■ read as a Han look-alike (`国本报记者 某某`, `硬通讯员 某某`): no sentence opens that way.
  // On a whole byline line that is certain; at the start of other text it stays a guess. Before a photo
  // credit (`国记者 李文 摄`) it is the caption's ▲.
  if (/^[国硬回口围]/u.test(text) && hasBylineMarker(text)) {
    if (isPhotoCredit(text.slice(1))) add(out, guard, 0, 1, '▲', 0.85);
    else add(out, guard, 0, 1, '■', isByline(text) ? 0.9 : 0.85);
  }
  return out.sort((a, b) => a.start - b.start);
}

export const punctuation: RepairPass = (doc) => {
  const out: Suggestion[] = [];
  for (const article of doc.articles) {
    for (const block of bodyBlocks(article)) {
      const found = marks(block.text, protectedRanges(block.text));
      if (found.length === 0) continue;
      // Safe fixes and guesses are separate suggestions, so "apply safe fixes" never takes a guess.
      for (const [level, list] of [['safe', found.filter((f) => f.confidence >= 0.9)], ['guess', found.filter((f) => f.confidence < 0.9)]] as const) {
        if (list.length === 0) continue;
        out.push(suggestion(article.id, block, list, level));
      }
    }
  }
  return out;
};

function suggestion(articleId: string, block: Block, list: Found[], level: string): Suggestion {
  const edits: TextEdit[] = list.map((f) => ({ blockId: block.id, start: f.start, end: f.end, text: f.text, expected: block.text.slice(f.start, f.end) }));
  const sample = edits.slice(0, 3).map((e) => `${e.expected}→${e.text}`).join(' ');
  return {
    id: suggestionId('punctuation', [block.id, level], [edits[0].start, edits[edits.length - 1].end]),
    kind: 'punctuation',
    articleId,
    blockIds: [block.id],
    edits,
    reason: {
      zh: `中文语境中的 ${edits.length} 处标点或形近字：${sample}`,
      en: `${edits.length} half-width mark(s) or look-alike(s) in Chinese text: ${sample}`,
    },
    confidence: minOf(list.map((f) => f.confidence)),
  };
}
