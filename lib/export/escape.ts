/**
 * Markdown escaping for OCR text, so no headline or paragraph can turn into a heading, list, quote, link,
 * emphasis, highlight (`==`) or HTML when the file is rendered. The importer (lib/import) removes exactly
 * these escapes.
 */

// Inline characters that start Markdown syntax anywhere in a line.
const INLINE = /[\\`*_[\]<>~|]/g;

/** Escape one block of text (may contain line breaks: every line is treated as a line start). */
export function escapeMarkdown(text: string): string {
  return text
    .split('\n')
    .map((line) => escapeLineStart(line.replace(INLINE, (c) => `\\${c}`).replace(/=(?==)/g, '\\=')).replace(/(\s)(#+)$/, '$1\\$2'))
    .join('\n');
}

// Syntax that only counts at the start of a line: headings, quotes (already escaped inline), lists,
// ordered lists (`1.` / `1)`), thematic breaks and setext underlines. (A trailing ` #` is escaped by the
// caller: in a heading it would be read as a closing sequence and dropped.)
function escapeLineStart(line: string): string {
  const lead = line.match(/^\s*/)![0];
  const rest = line.slice(lead.length);
  if (/^(#{1,6}(\s|$)|[-+=](\s|$)|-{3,}|={3,})/.test(rest)) return `${lead}\\${rest}`;
  const ordered = rest.match(/^(\d{1,9})([.)])(\s|$)/);
  if (ordered) return `${lead}${ordered[1]}\\${rest.slice(ordered[1].length)}`;
  return line;
}

/** Text inside an HTML comment (`<!-- … -->` used for set-aside blocks) must not contain `--`. */
export function escapeComment(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/-(?=-)/g, '\\-').replace(/\n/g, ' ');
}
