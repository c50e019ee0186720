/**
 * Bytes → text for files to import, without ever replacing a character silently. Chinese OCR exports
 * come as UTF-8, GB18030/GBK/GB2312, Big5 or UTF-16, often without a BOM. Decoding uses the platform's
 * TextDecoder with `fatal: true` (Node and browsers both ship these encodings); choosing among them is
 * done over the whole input:
 *
 * 1. a BOM names the encoding;
 * 2. valid UTF-8 is UTF-8 (other encodings of Chinese almost never form valid UTF-8 over a paragraph),
 *    unless it holds control characters and reads as Chinese in UTF-16;
 * 3. otherwise each candidate that decodes without error is scored by the share of its non-ASCII
 *    characters that are common in Chinese text — the 3 755 characters of GB2312 level 1, the 5 401 of
 *    Big5's frequent set (both read from the decoders themselves, so no table is copied here) and CJK
 *    punctuation. Text in the wrong double-byte encoding decodes to rare characters and scores low.
 *
 * Nothing good enough → an error that says what was tried and how to choose (`--encoding`).
 */
import { ImportError } from './validate';

export const TEXT_ENCODINGS = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type TextEncodingName = (typeof TEXT_ENCODINGS)[number];

/** Other labels users type, read as the encoding that covers them (GB18030 is a superset of GBK and GB2312). */
const ALIASES: Record<string, TextEncodingName> = {
  utf8: 'utf-8', 'utf-8': 'utf-8', gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', cp936: 'gb18030', 'x-gbk': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', cp950: 'big5', 'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** A candidate must have at least this share of common characters among its non-ASCII ones to be chosen. */
const MIN_SCORE = 0.8;

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** How the encoding was chosen, for the message the CLI prints. */
  how: 'bom' | 'valid-utf-8' | 'statistics' | 'given';
}

export function encodingName(label: string): TextEncodingName {
  const name = ALIASES[label.trim().toLowerCase()];
  if (!name) throw new ImportError(`unknown encoding "${label}": use one of ${TEXT_ENCODINGS.join(', ')} (gbk and gb2312 are read as gb18030)`);
  return name;
}

function strict(encoding: TextEncodingName, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** 1-based line and column of the first byte `encoding` cannot decode, for the error message. */
function firstBadPlace(encoding: TextEncodingName, bytes: Uint8Array): string {
  const loose = new TextDecoder(encoding, { ignoreBOM: true }).decode(bytes);
  const at = loose.indexOf('\uFFFD');
  if (at < 0) return '';
  const before = loose.slice(0, at);
  const line = before.split('\n').length;
  return ` (line ${line}, column ${at - before.lastIndexOf('\n')})`;
}

let common: Set<string> | undefined;

/** GB2312 level 1 (rows 0xB0–0xD7) and Big5's frequent characters (0xA440–0xC67E), decoded once. */
function commonChars(): Set<string> {
  if (common) return common;
  const set = new Set<string>();
  const add = (encoding: string, leads: [number, number], trails: [number, number][]) => {
    const bytes: number[] = [];
    for (let lead = leads[0]; lead <= leads[1]; lead++) for (const [t0, t1] of trails) for (let t = t0; t <= t1; t++) bytes.push(lead, t);
    for (const ch of new TextDecoder(encoding).decode(new Uint8Array(bytes))) if (/\p{Script=Han}/u.test(ch)) set.add(ch);
  };
  add('gb18030', [0xb0, 0xd7], [[0xa1, 0xfe]]);
  add('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]]);
  common = set;
  return set;
}

// CJK and full-width punctuation, general punctuation (…“”), and the letters/digits typeset full-width.
const COMMON_SYMBOL = /[\u3000-\u303f\uff00-\uffef\u2010-\u206f\u00b7\u00d7]/u;

/** Share of the non-ASCII characters of `text` that are common in Chinese text (1 when there are none). */
export function chineseScore(text: string): number {
  const set = commonChars();
  let total = 0;
  let good = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) {
      // Control characters (other than whitespace) never occur in text: UTF-16 read the wrong way shows them.
      if (code < 0x20 && !/[\t\n\r\f]/.test(ch)) total += 1;
      continue;
    }
    total += 1;
    if (set.has(ch) || COMMON_SYMBOL.test(ch)) good += 1;
  }
  return total === 0 ? 1 : good / total;
}

function bom(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** Control characters other than whitespace: never in text, but in UTF-16 read byte by byte. */
function hasControls(text: string): boolean {
  return /[\u0000-\u0008\u000b\u000e-\u001f]/u.test(text);
}

interface Candidate {
  encoding: TextEncodingName;
  text: string;
  score: number;
}

/** The encodings among `encodings` that decode `bytes` without error, best Chinese score first. */
function scored(bytes: Uint8Array, encodings: TextEncodingName[]): Candidate[] {
  return encodings
    .filter((encoding) => !encoding.startsWith('utf-16') || bytes.length % 2 === 0)
    .map((encoding) => ({ encoding, text: strict(encoding, bytes) }))
    .filter((c): c is { encoding: TextEncodingName; text: string } => c.text !== undefined)
    .map((c) => ({ ...c, score: chineseScore(c.text) }))
    .sort((a, b) => b.score - a.score);
}

const BOM_LENGTH: Record<TextEncodingName, number> = { 'utf-8': 3, 'utf-16le': 2, 'utf-16be': 2, gb18030: 0, big5: 0 };

/**
 * Decodes `bytes` in the given encoding (a label from TEXT_ENCODINGS or an alias), or the detected one.
 * Throws ImportError when the bytes do not decode cleanly: where, and what to do.
 */
export function decodeText(bytes: Uint8Array, options: { encoding?: string; name?: string } = {}): DecodedText {
  const name = options.name ?? 'input';
  const marked = bom(bytes);
  if (options.encoding !== undefined) {
    const encoding = encodingName(options.encoding);
    const body = marked === encoding ? bytes.subarray(BOM_LENGTH[encoding]) : bytes;
    const text = strict(encoding, body);
    if (text === undefined) throw new ImportError(`${name} is not valid ${encoding}${firstBadPlace(encoding, body)}: check the --encoding you gave, or leave it out to detect the encoding`);
    return { text, encoding, how: 'given' };
  }
  if (marked) {
    const body = bytes.subarray(BOM_LENGTH[marked]);
    const text = strict(marked, body);
    if (text === undefined) throw new ImportError(`${name} starts with a ${marked} byte-order mark but is not valid ${marked}${firstBadPlace(marked, body)}: it may mix encodings; convert it to UTF-8`);
    return { text, encoding: marked, how: 'bom' };
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== undefined) {
    // UTF-16 Han text can be valid ASCII byte for byte (全 is 68 51, "hQ"); its low bytes then show as
    // control characters, which text never has. Without them the bytes are read as the ASCII they are.
    const wide = hasControls(utf8) ? scored(bytes, ['utf-16le', 'utf-16be'])[0] : undefined;
    if (wide && wide.score >= MIN_SCORE && wide.score > chineseScore(utf8)) return { text: wide.text, encoding: wide.encoding, how: 'statistics' };
    return { text: utf8, encoding: 'utf-8', how: 'valid-utf-8' };
  }
  const candidates = scored(bytes, ['gb18030', 'big5', 'utf-16le', 'utf-16be']);
  const best = candidates[0];
  if (best && best.score >= MIN_SCORE) return { text: best.text, encoding: best.encoding, how: 'statistics' };
  // Text in no encoding has NUL bytes (UTF-16 was tried above): an image, a zip or a PDF.
  if (bytes.includes(0)) throw new ImportError(`${name} looks like binary data (NUL bytes), not Markdown or text`);
  const tried = candidates.length ? `; as ${candidates.map((c) => `${c.encoding} only ${Math.round(c.score * 100)} % of it reads as common Chinese`).join(', ')}` : '';
  throw new ImportError(
    `${name} is not valid UTF-8${firstBadPlace('utf-8', bytes)} and no other encoding reads it cleanly${tried}. It may mix encodings: convert it to UTF-8, or pass --encoding (${TEXT_ENCODINGS.join(', ')})`,
  );
}
