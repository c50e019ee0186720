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
  if (clean.includes('\u0000')) throw new ImportError(`${name} looks like binary data (NUL bytes), not Markdown or text`);
  const sample = clean.slice(0, 20000);
  const bad = (sample.match(/[\uFFFD\u0001-\u0008\u000E-\u001F]/g) ?? []).length;
  if (bad > Math.max(3, sample.length * 0.01)) {
    throw new ImportError(`${name} looks like binary data or is not UTF-8 (${bad} undecodable or control characters)`);
  }
  return clean;
}
