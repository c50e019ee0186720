/**
 * Markdown escaping for OCR text, so no headline or paragraph can turn into a heading, list, quote, link,
 * emphasis, highlight (`==`), code, line break or HTML when the file is rendered — by CommonMark, and by
 * GFM renderers that turn bare addresses into links (linkify). The importer (lib/import) removes exactly
 * these escapes.
 */

// Inline characters that start Markdown syntax anywhere in a line (`&` starts an entity such as `&lt;`).
const INLINE = /[\\`*_[\]<>~|&]/g;

/**
 * What a linkifier would take for an address: the `:` of `scheme://` and `mailto:`, the `@` of an email,
 * and a dot between a name and a letter (`example.com`, `www.x`; not `3.5`). A backslash before it cuts the text
 * where the linkifier looks, and renders as the character itself.
 */
const LINKISH = /(?<=[a-z][a-z0-9+.-]*):(?=\/\/)|(?<=\bmailto):|(?<=[\p{L}\p{N}_%+-])(?:\.(?=\p{L})|@(?=[\p{L}\p{N}]))/giu;

/** Escape one block of text (may contain line breaks: every line is treated as a line start). */
export function escapeMarkdown(text: string): string {
  return tidyLines(escapePart(text));
}

/** Escapes a part of a block's text (the pieces between `==` marks); the caller tidies the joined whole. */
export function escapePart(text: string): string {
  return text
    .split('\n')
    .map((line) =>
      escapeLineStart(line.replace(INLINE, (c) => `\\${c}`).replace(/=(?==)/g, '\\=').replace(LINKISH, (c) => `\\${c}`)).replace(/(\s)(#+)$/, '$1\\$2'),
    )
    .join('\n');
}

/**
 * Spaces and tabs at a line's ends mean nothing in a paragraph, but four at the start make a code block
 * and two at the end a line break; an empty line would split the block in two.
 */
export function tidyLines(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => line.replace(/^[ \t]+|[ \t]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

// Syntax that only counts at the start of a line: headings, quotes (already escaped inline), lists,
// ordered lists (`1.` / `1)`), thematic breaks and setext underlines. (A trailing ` #` is escaped by the
// caller: in a heading it would be read as a closing sequence and dropped.)
function escapeLineStart(line: string): string {
  const lead = line.match(/^\s*/)![0];
  const rest = line.slice(lead.length);
  // `--` and `==` alone under a line would make it a (setext) heading.
  if (/^(#{1,6}(\s|$)|[-+=](\s|$)|-{2,}|={2,})/.test(rest)) return `${lead}\\${rest}`;
  const ordered = rest.match(/^(\d{1,9})([.)])(\s|$)/);
  if (ordered) return `${lead}${ordered[1]}\\${rest.slice(ordered[1].length)}`;
  return line;
}

/**
 * Text inside an HTML comment (`<!-- … -->` used for set-aside blocks) must not contain `--`: `-->`,
 * `--!>` and `--` all end or break a comment. A backslash goes between two dashes (`-\-`), so no two
 * dashes ever touch; the importer removes it like any Markdown escape.
 */
export function escapeComment(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/-(?=-)/g, '-\\').replace(/\n/g, ' ');
}

/** A set-aside kind as the comment's label: a word (`furniture`, `duplicate`), never comment syntax. */
export function commentLabel(kind: string): string {
  return kind.replace(/[^\w]+/g, '_') || 'block';
}
