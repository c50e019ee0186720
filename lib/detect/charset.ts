/**
 * The text of a fetched HTML page. Chinese e-papers are often GB2312/GBK: the HTTP header is honoured, then
 * `<meta charset>`, else UTF-8; GB2312 and GBK are read as their superset GB18030, which every TextDecoder knows.
 */
export function decodeHtmlBytes(bytes: Uint8Array, contentType?: string): string {
  const head = Array.from(bytes.subarray(0, 4096), (b) => String.fromCharCode(b)).join('');
  const declared = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1] ?? /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ?? 'utf-8';
  const charset = /^(gb2312|gbk|x-gbk)$/i.test(declared) ? 'gb18030' : declared;
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}
