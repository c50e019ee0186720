/**
 * File names from a template (`{date}-{newspaper}-{page}-{title}.md`, MarkDownload-style), safe on
 * Windows, macOS and Linux and for `downloads.download`: CJK, `%`, `·` and full-width punctuation kept,
 * path separators and reserved characters removed, reserved device names avoided, length capped in UTF-8 bytes (ext4 and most filesystems allow
 * 255 bytes per name; a CJK character takes 3), duplicates numbered.
 */

export const DEFAULT_ARTICLE_TEMPLATE = '{date}-{newspaper}-{page}-{title}';
export const DEFAULT_PAGE_TEMPLATE = '{date}-{newspaper}-{page}-{pageName}';
/** The index file of a whole issue. */
export const DEFAULT_ISSUE_TEMPLATE = '{date}-{newspaper}';

/** Leaves room for a counter (`-99`) and an extension within 255 bytes. */
const MAX_NAME_BYTES = 200;
/**
 * Windows device names: reserved with any extension (`AUX.md.md`, `nul.txt`) and in any case, and so
 * are the console names and the superscript-digit ports Windows also treats as devices.
 */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)\s*(\..*)?$/i;

/**
 * A template filled with sanitised fields; the whole result is sanitised again, because the template's
 * own text (a custom one) may hold separators, a device name or a trailing dot, and several long fields
 * together must still fit one name.
 */
export function fillTemplate(template: string, vars: Record<string, string | undefined>): string {
  const filled = template.replace(/\{(\w+)\}/g, (_, k: string) => sanitizeSegment(vars[k] ?? ''));
  // Missing fields leave separators behind: `2022-10-24--03-` → `2022-10-24-03`.
  const tidy = filled.replace(/([-_ .])\1+/g, '$1').replace(/^[-_ .]+|[-_ .]+$/g, '');
  return tidy && sanitizeSegment(tidy);
}

/** One path segment: no separators, controls, reserved or invisible characters; never empty. */
export function sanitizeSegment(input: string): string {
  let s = input
    .normalize('NFC')
    .replace(/[\t\n\r\v\f]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    // Reserved on Windows (\\/:*?"<>|) or macOS (:), and what breaks an Obsidian link (#^[]|) or a
    // template ({}); `%`, `·` and full-width punctuation (：？《》“”) are legal everywhere and kept.
    .replace(/[\\/:*?"<>|#{}^~[\]`]/g, ' ')
    // `..` left over from a path (`../../x`) means nothing in a name.
    .replace(/(^|\s)\.+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '')
    .replace(/[. ]+$/, '');
  s = capBytes(s, MAX_NAME_BYTES);
  if (RESERVED.test(s)) s = `_${s}`;
  return s;
}

/** `folder/` for a sub-folder name, sanitised; '' when there is none or nothing of it is left. */
export function folderPrefix(folder: string | undefined): string {
  const name = folder ? sanitizeSegment(folder) : '';
  return name ? `${name}/` : '';
}

/** A Windows device name, with or without an extension (`CON`, `aux.md`, `CONIN$.txt`). */
export function isReservedName(name: string): boolean {
  return RESERVED.test(name);
}

/** Cut to at most `max` UTF-8 bytes without splitting a character (emoji and other astral ones included). */
export function capBytes(s: string, max: number): string {
  const enc = new TextEncoder();
  if (enc.encode(s).length <= max) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const n = enc.encode(ch).length;
    if (bytes + n > max) break;
    out += ch;
    bytes += n;
  }
  return out.replace(/[. ]+$/, '');
}

/** `name.ext`, or `name-2.ext` … when taken; records what it hands out in `taken` (case-insensitive). */
export function uniqueFileName(base: string, ext: string, taken: Set<string>): string {
  const stem = sanitizeSegment(base) || 'untitled';
  for (let n = 1; ; n++) {
    const name = `${n === 1 ? stem : `${stem}-${n}`}.${ext}`;
    if (!taken.has(name.toLowerCase())) {
      taken.add(name.toLowerCase());
      return name;
    }
  }
}
