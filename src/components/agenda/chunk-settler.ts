/** Longest piece of layout work per task: under the 50 ms that makes a task "long", with a margin. */
const BUDGET_MS = 30;
/** Layout waits this long after the viewer's last key, click or scroll in the agenda. */
const QUIET_MS = 400;
const INTERACTIONS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Lays out off-screen chunks of cards a few at a time, after the list is in the DOM.
 *
 * A new chunk is rendered with `content-visibility: auto` (see agenda.styles.ts): the browser skips the
 * layout of what is off screen, so a 10,000-session list is in the DOM — findable with find-in-page, deep
 * links working — at a fraction of the cost of laying it all out at once. Chromium, however, leaves skipped
 * content out of the accessibility tree. So once the list is complete, chunks are marked `settled` (normal
 * rendering) and laid out at once, as many per task as fit in ~30 ms by the cost measured so far, until
 * every card is laid out and in the accessibility tree. This work steps aside while the viewer types,
 * clicks or scrolls in the agenda: the frames it causes grow with what is laid out already (a frame costs
 * ~80 ms at 10,000 cards), and a keystroke must not wait behind them.
 */
export class ChunkSettler {
  #pending: HTMLElement[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Measured milliseconds of layout per chunk; starts cautious. */
  #costPerChunk = 15;
  #lastInteraction = -Infinity;
  #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Queues the chunks of `root` not laid out yet, in document order (the first screen comes first). */
  settle(root: ParentNode): void {
    this.#pending = [...root.querySelectorAll<HTMLElement>('.chunk:not(.settled)')];
    if (this.#pending.length && this.#timer === undefined) {
      for (const type of INTERACTIONS) this.#host.addEventListener(type, this.#onInteraction, { passive: true });
      this.#timer = setTimeout(this.#step, 0);
    }
  }

  /**
   * Search or a filter is about to hide and show cards: every chunk skips its layout again while off
   * screen (at the size it was laid out at, `contain-intrinsic-size: auto`), so the frame after a keystroke
   * lays out what is on screen, not the whole list; `settle` lays the rest out again once the viewer pauses.
   */
  unsettle(root: ParentNode): void {
    for (const chunk of root.querySelectorAll<HTMLElement>('.chunk.settled')) chunk.classList.remove('settled');
    this.#lastInteraction = performance.now(); // the viewer is typing: lay out again only once they pause
  }

  stop(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#pending = [];
    for (const type of INTERACTIONS) this.#host.removeEventListener(type, this.#onInteraction);
  }

  #onInteraction = () => {
    this.#lastInteraction = performance.now();
  };

  #step = () => {
    const start = performance.now();
    const quiet = start - this.#lastInteraction;
    if (quiet < QUIET_MS) {
      this.#timer = setTimeout(this.#step, QUIET_MS - quiet);
      return;
    }
    // A filter may have replaced the list meanwhile: its chunks are gone, the new ones queued anew.
    const batch = this.#pending.splice(0, Math.max(1, Math.floor(BUDGET_MS / this.#costPerChunk))).filter((chunk) => chunk.isConnected);
    if (batch.length) {
      for (const chunk of batch) chunk.classList.add('settled');
      void batch[0]!.offsetHeight; // lay them out now, inside this task, not in one big frame later
      const cost = (performance.now() - start) / batch.length;
      // Up at once, down slowly: one costly batch (a loaded machine) makes the next ones smaller straight away.
      this.#costPerChunk = Math.max(1, cost > this.#costPerChunk ? cost : (this.#costPerChunk + cost) / 2);
    }
    if (this.#pending.length) this.#timer = setTimeout(this.#step, 0);
    else this.stop();
  };
}
