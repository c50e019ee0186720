/**
 * Encoders for GB18030 (its two-byte part, i.e. GBK) and Big5, for tests: TextEncoder only writes UTF-8,
 * so the map is built by decoding every two-byte sequence with the platform's own decoder. A character
 * outside the two-byte part throws, so a test never encodes something it cannot read back.
 */
const maps = new Map<string, Map<string, number[]>>();

function table(encoding: 'gb18030' | 'big5'): Map<string, number[]> {
  let map = maps.get(encoding);
  if (map) return map;
  map = new Map();
  const decoder = new TextDecoder(encoding, { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      let ch: string;
      try {
        ch = decoder.decode(new Uint8Array([lead, trail]));
      } catch {
        continue;
      }
      if ([...ch].length === 1 && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  maps.set(encoding, map);
  return map;
}

export function encodeLegacy(text: string, encoding: 'gb18030' | 'big5'): Uint8Array {
  const map = table(encoding);
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`${encoding} has no two-byte code for ${ch} (U+${code.toString(16)})`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}
