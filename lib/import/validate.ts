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
  // control character in text (a document exported with one) is kept, as the export wrote it.
  const bad = (clean.match(/[\uFFFD\u0000-\u0008\u000E-\u001F]/g) ?? []).length;
  if (bad > Math.max(3, clean.length * 0.01) || bad > clean.length * 0.05) {
    const nul = clean.includes('\u0000') ? ', NUL bytes among them' : '';
    throw new ImportError(`${name} looks like binary data or is not UTF-8 (${bad} undecodable or control characters${nul}), not Markdown or text`);
  }
  return clean;
}
