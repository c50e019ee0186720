/**
 * The panel's page image download has the CLI's byte cap (MAX_IMAGE_BYTES): refused from Content-Length
 * before reading, else as soon as the stream passes the cap, with the "too large" message and what to do.
 */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../entrypoints/sidepanel/error-text';
import { readImageBody } from '../../entrypoints/sidepanel/page-access';
import { ImageTooLargeError } from '../../entrypoints/sidepanel/page-decode';

const MB = 1024 * 1024;

/** A body of `chunks` chunks of 256 KiB; `pulled` counts what the reader asked for. */
function streamed(chunks: number) {
  const state = { pulled: 0, cancelled: false };
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled === chunks) return controller.close();
      state.pulled += 1;
      controller.enqueue(new Uint8Array(256 * 1024).fill(state.pulled));
    },
    cancel() {
      state.cancelled = true;
    },
  }, { highWaterMark: 0 });
  return { body, state };
}

describe('readImageBody', () => {
  it('reads a body under the cap whole, with its type', async () => {
    const { body } = streamed(3);
    const blob = await readImageBody(new Response(body, { headers: { 'content-type': 'image/jpeg' } }), MB);
    expect(blob.size).toBe(768 * 1024);
    expect(blob.type).toBe('image/jpeg');
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([bytes[0], bytes[256 * 1024], bytes[bytes.length - 1]]).toEqual([1, 2, 3]);
  });

  it('refuses a declared Content-Length over the cap without reading the body', async () => {
    const { body, state } = streamed(40);
    const res = new Response(body, { headers: { 'content-length': String(8 * MB) } });
    const err = await readImageBody(res, MB).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageTooLargeError);
    expect((err as ImageTooLargeError).detail).toBe('8 MB to download, limit 1 MB');
    expect(state.pulled).toBe(0);
    expect(state.cancelled).toBe(true);
    expect(errorText(err, 'en')).toBe('The page image is too large to read (8 MB to download, limit 1 MB). Choose a smaller page image on the site, or capture the visible page instead.');
  });

  it('stops a body without Content-Length as soon as it passes the cap', async () => {
    const { body, state } = streamed(40);
    const err = await readImageBody(new Response(body), MB).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ImageTooLargeError);
    expect((err as ImageTooLargeError).detail).toBe('over 1 MB to download, limit 1 MB');
    // 1 MB is four chunks: the fifth passes the cap, and nothing after it is read.
    expect(state.pulled).toBe(5);
    expect(state.cancelled).toBe(true);
  });
});
