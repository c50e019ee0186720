/**
 * Bytes of an HTML page → text. Chinese e-papers are often GB2312/GBK: the HTTP header's charset wins, then
 * `<meta charset>`, else UTF-8. GB2312 and GBK are decoded as GB18030, their superset, as browsers do.
 */
export function decodeHtml(bytes: Uint8Array, contentType?: string): string {
  const head = latin1(bytes.subarray(0, 4096));
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const charset = /^(gb2312|gbk|x-gbk)$/i.test(declared) ? 'gb18030' : declared;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}
