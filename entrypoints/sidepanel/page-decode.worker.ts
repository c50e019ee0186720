/**
 * The page decoder: one page image's bytes in, its raster out (transferred, not copied), then the panel
 * stops this worker. See page-decode.ts for what is decoded how; lib/messaging/page-reader.ts checks the messages.
 */
import { parseToPageDecoder, type FromPageDecoder } from '../../lib/messaging/page-reader';
import { decodePageImage, ImageTooLargeError } from './page-decode';

const post = (m: FromPageDecoder, transfer: Transferable[] = []) => postMessage(m, { transfer });

self.onmessage = async (event: MessageEvent) => {
  try {
    const { image } = parseToPageDecoder(event.data);
    const raster = await decodePageImage(image);
    post({ type: 'decoded', raster }, [raster.data.buffer as ArrayBuffer]);
  } catch (err) {
    if (err instanceof ImageTooLargeError) return post({ type: 'tooLarge', detail: err.detail });
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
