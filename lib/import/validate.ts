/**
 * Input checks before parsing: a clear error instead of a document of mojibake. Binary data (images, zip,
 * PDF) decoded as text shows NUL bytes, replacement characters or control characters.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

export function checkText(text: string, name = 'input'): string {
  const clean = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (clean.trim().length === 0) throw new ImportError(`${name} is empty: nothing to import`);
  // The whole text, not a sample: a bad stretch after a long good start must not pass. A stray NUL or
  // control character in text (a document exported with one) is kept, as the export wrote it; binary data
  // read as text shows replacement characters, or NULs in a large share of it (UTF-16 read as 8-bit).
  const bad = (clean.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  const nul = (clean.match(/\u0000/g) ?? []).length;
  if (bad > Math.max(3, clean.length * 0.01) || nul > clean.length * 0.1) {
    const nuls = nul ? `, ${nul} NUL bytes` : '';
    throw new ImportError(`${name} looks like binary data or is not UTF-8 (${bad} undecodable or control characters${nuls}), not Markdown or text`);
  }
  return clean;
}
