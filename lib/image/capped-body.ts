/**
 * Reads an HTTP body into memory with a byte cap, for the CLI's fetches and the panel's page image: refused
 * from Content-Length before reading, else as soon as the stream passes the cap (the download is cancelled),
 * so a huge or endless answer never fills memory. Fetch's Response is the same in Node and browsers.
 */

/** `declared` is the Content-Length when that alone was over the cap; undefined when the stream passed it. */
export type TooLarge = (declared: number | undefined) => Error;

/** The connection failed mid-body: `received` bytes had arrived; `cause` is the stream's error. */
export class BrokenBodyError extends Error {
  constructor(readonly received: number, cause: unknown) {
    super(`the answer broke off after ${received} bytes`, { cause });
    this.name = 'BrokenBodyError';
  }
}

export async function readCappedBytes(response: Response, maxBytes: number, tooLarge: TooLarge): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw tooLarge(declared);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((err: unknown) => {
      throw new BrokenBodyError(total, err);
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => {});
      throw tooLarge(undefined);
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes;
}
