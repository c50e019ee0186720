/**
 * Markdown/plain text → chunks: headings, block quotes, set-aside comments and paragraphs, with
 * Markdown escapes and emphasis removed — in Markdown only. Plain text is text: OCR puts `_`, `*`, `\`
 * and `>` in it as characters, so nothing is interpreted. Blank lines separate blocks; text with no blank
 * line at all is one block per line (pasted OCR lines — the line-paragraphs repair rebuilds paragraphs),
 * and so is a group of long lines (a tool that merged each paragraph into one line, Umi-OCR style). A
 * line with a Chinese first-line indent starts a new block.
 */

// Soft line breaks inside a Markdown paragraph join as OCR lines do: no space between CJK, one between Latin words.
import { isJumpLine, joinLines, startsArticle } from '../text';

export type Chunk =
  | { type: 'heading'; level: number; text: string }
  | { type: 'quote'; text: string }
  | { type: 'aside'; kind: string; text: string }
  | { type: 'byline'; text: string }
  | { type: 'strong'; text: string }
  | { type: 'text'; text: string };

/** CommonMark: a backslash before ASCII punctuation is that character. */
export const unescape = (s: string): string => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');

/** Bold/italic and highlight (`==…==`, uncertain words) markers dropped, text kept (`**某某日报讯**（…）` → `某某日报讯（…）`). */
const plain = (s: string): string => unescape(s.replace(/(?<!\\)(\*\*|__|==)(.+?)(?<!\\)\1/gu, '$2'));

/**
 * The inside of a paragraph wholly in `*…*` (a byline), or undefined. The closing `*` must not be escaped
 * (`\*` is text: count the backslashes before it) and the opening one must not start `**` bold.
 */
function bylineText(joined: string): string | undefined {
  if (joined.length < 3 || !joined.startsWith('*') || joined[1] === '*' || !joined.endsWith('*')) return undefined;
  const inner = joined.slice(1, -1);
  const slashes = inner.length - inner.replace(/\\+$/, '').length;
  return slashes % 2 === 0 && inner.trim() ? inner : undefined;
}

/** The inside of a one-line paragraph wholly in `**…**` (a kicker or subtitle in our export), or undefined. */
function strongText(lines: string[]): string | undefined {
  const line = lines[0].trim();
  if (lines.length !== 1 || line.length < 5 || !line.startsWith('**') || line[2] === '*' || !line.endsWith('**')) return undefined;
  const inner = line.slice(2, -2);
  const slashes = inner.length - inner.replace(/\\+$/, '').length;
  // `**甲** 和 **乙**` is two bold runs, not one line in bold.
  return slashes % 2 === 0 && inner.trim() && !/(?<!\\)\*\*/.test(inner) ? inner : undefined;
}

/** Lines this long are whole paragraphs, not the lines of a newspaper column. */
const PARAGRAPH_LINE = 40;

/** Some line is a whole finished paragraph: the tool wrote one paragraph per line (heads on lines of their own). */
function isParagraphPerLine(lines: string[]): boolean {
  return lines.length > 1 && lines.some((l) => [...l.trim()].length > PARAGRAPH_LINE && /[。！？”」]$/u.test(l.trim()));
}

/**
 * A group of OCR lines cut before a line that opens an article (a dateline or a byline): tools that
 * find no gap between a headline and its lead put them in one paragraph, and joined they could not be told apart.
 * A jump line (`(下转第2版)`) OCR read as the last line of the text above is cut off too: it is the page's
 * furniture, not the end of the sentence before it, and it closes the article it stands in.
 */
function atArticleStarts(lines: string[]): string[][] {
  const out: string[][] = [[]];
  for (const line of lines) {
    const jump = isJumpLine(line.trim());
    if (out[out.length - 1].length && (startsArticle(line) || jump)) out.push([]);
    out[out.length - 1].push(line);
    if (jump) out.push([]);
  }
  return out.filter((g) => g.length);
}

function chunkOf(lines: string[], markdown: boolean): Chunk {
  if (!markdown) return { type: 'text', text: joinLines(lines) };
  const first = lines[0].trim();
  const heading = /^(#{1,6})\s+(.*?)(?:\s+#+)?$/.exec(first);
  if (heading && lines.length === 1) return { type: 'heading', level: heading[1].length, text: plain(heading[2]) };
  const aside = /^<!--\s*set-aside\s+([\w-]+):\s*([\s\S]*?)\s*-->$/.exec(lines.join(' ').trim());
  if (aside) return { type: 'aside', kind: aside[1], text: unescape(aside[2]) };
  if (lines.every((l) => /^\s*>/.test(l))) return { type: 'quote', text: plain(joinLines(lines.map((l) => l.replace(/^\s*>\s?/, '')))) };
  const strong = strongText(lines);
  if (strong !== undefined) return { type: 'strong', text: unescape(strong) };
  const joined = joinLines(lines);
  const byline = bylineText(joined);
  if (byline !== undefined) return { type: 'byline', text: plain(byline) };
  return { type: 'text', text: plain(joined) };
}

export function toChunks(body: string, { markdown = true }: { markdown?: boolean } = {}): Chunk[] {
  const lines = body.split('\n');
  const hasBlankLines = lines.some((l, i) => l.trim() === '' && i > 0 && i < lines.length - 1);
  const groups: string[][] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) groups.push(current);
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else if (/^\u3000|^ {2,}(?=\p{Script=Han})/u.test(line) && current.length) {
      // A first-line indent (`　　`) is a new Chinese paragraph, even without a blank line before it.
      flush();
      current.push(line);
    } else if ((markdown && /^\s{0,3}#{1,6}\s/.test(line)) || !hasBlankLines) {
      // A heading is always its own block, even without blank lines around it.
      flush();
      current.push(line);
      flush();
    } else current.push(line);
  }
  flush();
  const split = markdown ? groups : groups.flatMap((g) => (isParagraphPerLine(g) ? g.map((l) => [l]) : atArticleStarts(g)));
  return split.map((g) => chunkOf(g, markdown)).filter((c) => c.text.trim().length > 0 || c.type === 'heading');
}
