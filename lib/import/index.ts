/**
 * `importText`: Markdown or plain text → document. Reads both pasted OCR Markdown (headings are
 * headlines and start articles) and our own export (`docs/markdown-format.md`: front matter, kicker
 * and subtitle headings one level below the headline, `*byline*`, `> caption`, set-aside comments).
 */
import type { Article, Block, BlockRole, EpaperDocument } from '../model/document';
import { BLOCK_ROLES, NO_HEADLINE, SCHEMA_VERSION, pageFactsTitle } from '../model/document';
import { isByline, readAcrossColumns, splitColumns } from '../text';
import { readFrontMatter, type FrontMatter } from './front-matter';
import { toChunks, type Chunk } from './markdown';
import { checkText, ImportError } from './validate';
import { minOf } from '../model/big-arrays';
// The placeholder our export writes for an article without a headline: read back as no headline.

export { ImportError };
export { decodeText, encodingName } from './encoding';

export interface ImportOptions {
  /** File name, for error messages. */
  name?: string;
}

/** A first heading that names the page (the front matter's title, the paper, or a `第3版` mark), not an article. */
function looksLikePageTitle(text: string, front: FrontMatter): boolean {
  const paper = front.meta.newspaper;
  return text === front.title || (!!paper && text.includes(paper)) || /第\s*[A-Z]?\d{1,3}\s*版/u.test(text);
}

/** Level of the headlines: the shallowest heading, unless our page file's lone page title sits above them. */
function headlineLevel(chunks: Chunk[], front: FrontMatter): number {
  const levels = chunks.flatMap((c) => (c.type === 'heading' ? [c.level] : []));
  if (levels.length === 0) return 1;
  const min = minOf(levels);
  const first = chunks[0];
  const pageFile = front.page || (first?.type === 'heading' && looksLikePageTitle(first.text, front));
  const pageTitle = pageFile && first?.type === 'heading' && first.level === min && levels.filter((l) => l === min).length === 1 && levels.some((l) => l === min + 1);
  return pageTitle ? min + 1 : min;
}

/** Line breaks in `text` before `end`. */
function lineCount(text: string, end: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) n += 1;
  return n;
}

export function importText(text: string, options: ImportOptions = {}): EpaperDocument {
  const name = options.name ?? 'input';
  const checked = checkText(text, name);
  const front = readFrontMatter(checked, name);
  // Markdown syntax is read only in Markdown: a `.md` file, front matter, headings or our set-aside comments.
  const markdown = /\.(?:md|markdown)$/i.test(name) || front.found || /^\s{0,3}#{1,6}\s/m.test(front.body) || /<!--\s*set-aside\s/.test(front.body);
  // Lines run across a page's columns (whole-page OCR): said (the note below), and in plain text put back
  // into reading order, column after column (lib/text column-split); Markdown was written by someone.
  const bodyLines = front.body.split('\n');
  const across = readAcrossColumns(bodyLines);
  const columns = across && !markdown ? splitColumns(bodyLines) : undefined;
  const chunks = toChunks(columns ? columns.join('\n') : front.body, { markdown });
  const level = headlineLevel(chunks, front);
  const articles: Article[] = [];
  let article: Article | null = null;
  let n = 0;
  const newArticle = () => {
    article = { id: `a${articles.length + 1}`, blocks: [] };
    articles.push(article);
    return article;
  };
  const add = (role: BlockRole, text: string, extra: Partial<Block> = {}) => {
    n += 1;
    (article ?? newArticle()).blocks.push({ id: `b${n}`, role, text, raw: text, ...extra });
  };
  chunks.forEach((c, i) => {
    const next = chunks[i + 1];
    const prev = chunks[i - 1];
    const current = article as Article | null;
    if (c.type === 'heading') {
      if (c.level < level) return; // the page title of a page file; its facts are in the front matter
      if (c.level === level) {
        // A kicker heading right before this headline already opened the article.
        const kickerBefore = prev?.type === 'strong' || (prev?.type === 'heading' && prev.level === level + 1);
        const keepKicker = kickerBefore && current?.blocks.length === 1 && current.blocks[0].role === 'kicker';
        if (!keepKicker) newArticle();
        if (c.text !== NO_HEADLINE) add('headline', c.text);
        return;
      }
      if (next?.type === 'heading' && next.level === level) {
        newArticle();
        return add('kicker', c.text);
      }
      // Right after the headline (or `（无标题）`, which adds no block) = subtitle.
      if (current && prev?.type === 'heading' && prev.level === level) return add('subtitle', c.text);
      newArticle(); // a deeper heading on its own: pasted OCR, where every heading is a headline
      return add('headline', c.text);
    }
    if (c.type === 'quote') return add('caption', c.text);
    if (c.type === 'strong' && !isByline(c.text)) {
      // Our export: kicker directly before the headline, subtitle directly after it (older files used
      // headings one level below, read above). Elsewhere a bold line is a paragraph.
      if (next?.type === 'heading' && next.level === level) {
        newArticle();
        return add('kicker', c.text);
      }
      return add(current && prev?.type === 'heading' && prev.level === level ? 'subtitle' : 'paragraph', c.text);
    }
    if (c.type === 'strong') return add('paragraph', c.text); // a bold author line stays for the repair engine
    if (c.type === 'byline') return add(prev?.type === 'heading' || prev?.type === 'byline' || prev?.type === 'strong' ? 'byline' : 'paragraph', c.text);
    if (c.type === 'aside') {
      const role = (BLOCK_ROLES as readonly string[]).includes(c.kind) ? (c.kind as BlockRole) : 'paragraph';
      return add(role, c.text, { setAside: { kind: c.kind, reason: 'set aside in the imported file', previousRole: role } });
    }
    add('paragraph', c.text);
  });
  if (articles.length === 0) throw new ImportError(`${name} has no text blocks (only a page title or empty headings)`);
  // An article file's own facts (link, hotspot title, box …) go back onto its one article.
  if (articles.length === 1) Object.assign(articles[0], front.article);
  const importedFrom = markdown ? 'markdown' : 'text';
  // The user's title names the page. In our own export `title` is derived: the page's facts or the first
  // headline (the article's, in an article file); a different one is the user's edit.
  const own = front.ownTitle;
  const firstHeadline = chunks.find((c) => c.type === 'heading' && c.level === level)?.text;
  const title = own !== undefined && !(front.exported && (own === pageFactsTitle(front.meta) || own === firstHeadline)) ? own : undefined;
  const readAcross = across && { lines: across.total, firstLine: lineCount(checked, checked.length - front.body.length) + across.first + 1 };
  return { schema: SCHEMA_VERSION, meta: { ...front.meta, ...(title !== undefined && { title }), ...(readAcross && { readAcrossColumns: readAcross }), importedFrom }, articles };
}
