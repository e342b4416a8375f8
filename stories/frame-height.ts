/**
 * Stories that show a page of their own in an iframe (each element under the strict policy, the autoloader's
 * page) size the frame from the height that page posts, `{ ctFrameHeight }`, same origin only. A function
 * to call, not an import for its effect: package.json's `sideEffects` list lets the bundler drop a bare import.
 */
let listening = false;

/** Adds the one listener for every such frame (once, however many stories files call it). */
export function fitFramesToTheirPages(): void {
  if (listening) return;
  listening = true;
  addEventListener('message', (event: MessageEvent<{ ctFrameHeight?: number }>) => {
    if (event.origin !== location.origin || typeof event.data?.ctFrameHeight !== 'number') return;
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow === event.source) frame.style.blockSize = `${Math.ceil(event.data.ctFrameHeight) + 4}px`;
    }
  });
}
