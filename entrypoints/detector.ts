/**
 * Injected on demand (scripting.executeScript) into the user's e-paper tab: runs lib/detect on the live
 * document once the page image has loaded (naturalWidth is known then) and returns a plain, cloneable
 * reply that the panel validates. No listener stays behind in the page.
 */
import { detectPage, liveEnv } from '../lib/detect';
import type { DetectorReply } from '../lib/messaging';

const IMAGE_WAIT_MS = 5000;

/** Waits (bounded) for images still loading, so natural sizes are real rather than guessed from markup. */
function imagesLoaded(): Promise<void> {
  const pending = [...document.images].filter((img) => !img.complete);
  if (!pending.length) return Promise.resolve();
  const each = pending.map((img) => new Promise<void>((ok) => {
    img.addEventListener('load', () => ok(), { once: true });
    img.addEventListener('error', () => ok(), { once: true });
  }));
  return Promise.race([Promise.all(each).then(() => {}), new Promise<void>((ok) => setTimeout(ok, IMAGE_WAIT_MS))]);
}

export default defineUnlistedScript(async (): Promise<DetectorReply> => {
  try {
    await imagesLoaded();
    const detection = detectPage(document, location.href, liveEnv);
    // Round-trip through JSON: only plain data crosses into the extension.
    return { ok: true, detection: JSON.parse(JSON.stringify(detection)) };
  } catch (err) {
    return { ok: false, error: err instanceof Error ? err.message : String(err) };
  }
});
