/**
 * Document → Markdown in the epaper-md format (docs/markdown-format.md): the headline is the only heading
 * of an article, so an outline (Obsidian's, GitHub's) lists articles and nothing else; kicker and subtitle
 * are plain lines wholly in **…** directly before and after it (and properties in an article file's front
 * matter), byline in *…*, paragraphs separated by blank lines, captions as block quotes after the body.
 * The importer reads the same shape back.
 */
import { NO_HEADLINE, type Article, type Block, type EpaperDocument } from '../model/document';
import { lowConfidenceSpans } from '../model/confidence';
import { joinLines } from '../text';
import { commentLabel, escapeComment, escapeMarkdown, escapePart, tidyLines } from './escape';
import { articleFrontMatter, pageFrontMatter, pageTitle, type FileLinks, type FrontMatterOptions } from './front-matter';
import { articleParts } from './parts';

export interface MarkdownOptions extends FrontMatterOptions, FileLinks {
  /** Write set-aside blocks (furniture, labels, duplicate copies) as HTML comments. Default false. */
  includeSetAside?: boolean;
  /** Write YAML front matter. Default true. */
  frontMatter?: boolean;
  /**
   * Highlight the words OCR was unsure of and nobody changed since (`==…==`, Obsidian's highlight), so they
   * can be checked against the scan later. The importer drops the marks. Default false.
   */
  markUncertain?: boolean;
}

/** A block's text on one line: its line breaks joined as OCR lines are. */
const oneLine = (text: string) => joinLines(text.split('\n'));

/**
 * A paragraph or caption, escaped, on one line: its line breaks are joined as OCR lines are (the format
 * keeps no line breaks inside a block, and a later line could otherwise start Markdown of its own). With
 * `mark`, its uncertain words (as the editor marks them) highlighted.
 */
function blockMarkdown(block: Block, mark: boolean | undefined): string {
  const spans = mark ? lowConfidenceSpans(block) : [];
  if (!spans.length) return escapeMarkdown(oneLine(block.text));
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += escapePart(block.text.slice(at, s.start)) + `==${escapePart(s.text)}==`;
    at = s.end;
  }
  return tidyLines(oneLine(out + escapePart(block.text.slice(at))));
}

/** The body of one article with its headline at `level` (1 in an article file, 2 in a page file). */
function articleBody(article: Article, level: number, opts: MarkdownOptions = {}): string {
  const p = articleParts(article);
  const h = (n: number, text: string) => `${'#'.repeat(n)} ${escapeMarkdown(oneLine(text))}`;
  const strong = (text: string) => `**${escapeMarkdown(oneLine(text))}**`;
  const out: string[] = [];
  if (p.kicker) out.push(strong(p.kicker));
  out.push(h(level, p.headline ?? NO_HEADLINE));
  if (p.subtitle) out.push(strong(p.subtitle));
  const heads = out.join('\n');
  const blocks: string[] = [heads];
  for (const by of p.bylines) blocks.push(`*${escapeMarkdown(oneLine(by))}*`);
  for (const para of p.paragraphs) blocks.push(blockMarkdown(para, opts.markUncertain));
  for (const cap of p.captions) blocks.push(`> ${blockMarkdown(cap, opts.markUncertain)}`);
  if (opts.includeSetAside) {
    for (const b of p.setAside) {
      const kind = commentLabel(b.setAside?.kind ?? b.role);
      blocks.push(`<!-- set-aside ${kind}: ${escapeComment(b.text)} -->`);
    }
  }
  return blocks.filter((b) => b.trim()).join('\n\n');
}

export function articleToMarkdown(doc: EpaperDocument, article: Article, opts: MarkdownOptions = {}): string {
  const fm = opts.frontMatter === false ? '' : `${articleFrontMatter(doc, article, opts)}\n`;
  return `${fm}${articleBody(article, 1, opts)}\n`;
}

export function pageToMarkdown(doc: EpaperDocument, opts: MarkdownOptions = {}): string {
  const fm = opts.frontMatter === false ? '' : `${pageFrontMatter(doc, opts)}\n`;
  const parts = [`# ${escapeMarkdown(oneLine(pageTitle(doc)))}`, ...doc.articles.map((a) => articleBody(a, 2, opts))];
  return `${fm}${parts.join('\n\n')}\n`;
}
