/**
 * Ends the current task so input and rendering can run. Planning a region and encoding its blocks are tens
 * of milliseconds each on the panel's main thread; done in one go for a page they held input back for a
 * noticeable time. A message, not setTimeout: timers are clamped and throttled, a posted message is not.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
