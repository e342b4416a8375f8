/** Layout work per task, at least (a small list: under the 50 ms that makes a task "long")… */
const MIN_BUDGET_MS = 30;
/** …and at most, however slow the frames between tasks are (a 10,000-card list)… */
const MAX_BUDGET_MS = 150;
/**
 * …and at most this much per chunk of the list: the frames that large batches save are costly only in a
 * long list, so a 1,000-session list (50 chunks) keeps to MIN_BUDGET_MS even when a loaded machine makes
 * its frames slow (its batches were 50–260 ms there, issue 12), and 10,000 sessions may reach the maximum.
 */
const BUDGET_MS_PER_CHUNK = 0.3;
/** Layout waits this long after the viewer's last key, click or scroll in the agenda. */
const QUIET_MS = 400;
const INTERACTIONS = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;

/**
 * Lays out off-screen chunks of cards, a batch per frame, after the list is in the DOM.
 *
 * A new chunk is rendered with `content-visibility: auto` (see agenda.styles.ts): the browser skips the
 * layout of what is off screen, so a 10,000-session list is in the DOM — findable with find-in-page, deep
 * links working — at a fraction of the cost of laying it all out at once. Chromium, however, leaves skipped
 * content out of the accessibility tree. So once the list is complete, chunks are marked `settled` (normal
 * rendering) and laid out at once, a batch per task, until every card is laid out and in the
 * accessibility tree.
 *
 * Each batch is followed by a frame whose cost does not depend on the batch (at 10,000 cards ~30–80 ms,
 * before chunk containment 70–140 ms): small batches of a fixed 30 ms made laying out 10,000 cards take
 * 38–59 s, mostly frames (issue 12). So a batch holds three times as much layout work as the last frame
 * took, between 30 and 150 ms: a small list keeps its tasks short, a large one spends about a quarter of
 * its time on frames (at 10,000 sessions under load 3.5, twice and 100 ms: 4.3–5.3 s to lay every card
 * out; three times and 150 ms: 3.7–4.4 s; four times and 200 ms: 3.5–3.9 s with 340 ms tasks). The price:
 * a key pressed during a batch at 10,000 sessions waits up to ~150 ms for it, in the first seconds only.
 * This work steps aside while the viewer types, clicks or scrolls in the agenda, so a keystroke does not
 * wait behind it.
 *
 * A chunk laid out is contained (`contain: layout paint`, on screen only, agenda.styles.ts): a card shown,
 * hidden or laid out then moves the chunks after it as wholes, and the frame after it no longer walks
 * every card of the list (at 10,000 cards hiding one card cost a 190–350 ms frame, 10–20 ms contained).
 * Paint containment clips: an `overflow-clip-margin` keeps a highlighted card's outline (3px + 2px)
 * visible, as it does for a chunk that skips its layout. (Comments here, not in the CSS: those ship.)
 */
export class ChunkSettler {
  #pending: HTMLElement[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  /** Chunks per batch, sized by the time the last batch took (see #step); starts cautious. */
  #batchSize = 2;
  /**
   * Measured milliseconds of the frame after a batch: from its animation-frame callback (the frame's
   * start, not the wait for it) to the next batch, which runs once the frame is rendered.
   */
  #frameMs = 0;
  #frameStart: number | undefined;
  #lastInteraction = -Infinity;
  /** The budget's ceiling for this list (see BUDGET_MS_PER_CHUNK). */
  #maxBudget = MAX_BUDGET_MS;
  #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /** Queues the chunks of `root` not laid out yet, in document order (the first screen comes first). */
  settle(root: ParentNode): void {
    this.#pending = [...root.querySelectorAll<HTMLElement>('.chunk:not(.settled)')];
    this.#maxBudget = Math.min(MAX_BUDGET_MS, Math.max(MIN_BUDGET_MS, this.#pending.length * BUDGET_MS_PER_CHUNK));
    if (this.#pending.length && this.#timer === undefined && this.#frame === undefined) {
      for (const type of INTERACTIONS) this.#host.addEventListener(type, this.#onInteraction, { passive: true });
      this.#frameStart = undefined;
      // After a frame: the list's last slice is styled and laid out in it, not in the first batch (at 1,000
      // sessions that made the first batch a 60–110 ms task).
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        this.#timer = setTimeout(this.#step, 0);
      });
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
    cancelAnimationFrame(this.#frame!);
    this.#timer = this.#frame = undefined;
    this.#pending = [];
    for (const type of INTERACTIONS) this.#host.removeEventListener(type, this.#onInteraction);
  }

  #onInteraction = () => {
    this.#lastInteraction = performance.now();
  };

  #step = () => {
    this.#timer = undefined;
    const start = performance.now();
    const quiet = start - this.#lastInteraction;
    if (quiet < QUIET_MS) {
      this.#frameStart = undefined; // the wait is no frame
      this.#timer = setTimeout(this.#step, QUIET_MS - quiet);
      return;
    }
    if (this.#frameStart !== undefined) {
      const frame = start - this.#frameStart;
      this.#frameMs = this.#frameMs ? (this.#frameMs + frame) / 2 : frame;
    }
    const budget = Math.min(this.#maxBudget, Math.max(MIN_BUDGET_MS, 3 * this.#frameMs));
    // A filter may have replaced the list meanwhile: its chunks are gone, the new ones queued anew.
    const batch = this.#pending.splice(0, this.#batchSize).filter((chunk) => chunk.isConnected);
    if (batch.length) {
      for (const chunk of batch) chunk.classList.add('settled');
      void batch[0]!.offsetHeight; // lay them out now, inside this task, not in one big frame later
      // The size that would have taken the budget. A batch costs a fixed part (style and layout of the
      // list around it, ~15 ms at 10,000 cards) plus each chunk (~2–6 ms): scaled this way, rounded up
      // while under budget, the size climbs to what fits, where a cost per chunk (the fixed part spread
      // over a batch of one) kept batches at one chunk. Up at most ×2 a step, down at once: one costly
      // batch (a loaded machine) makes the next one smaller straight away.
      const elapsed = Math.max(1, performance.now() - start);
      const fits = (batch.length * budget) / elapsed;
      this.#batchSize = Math.max(1, Math.min(this.#batchSize * 2, elapsed < budget ? Math.ceil(fits) : Math.floor(fits)));
    }
    // The next batch after the next frame: one batch per frame, and the frame's cost measured.
    if (this.#pending.length) {
      this.#frame = requestAnimationFrame(() => {
        this.#frame = undefined;
        this.#frameStart = performance.now();
        this.#timer = setTimeout(this.#step, 0);
      });
    } else this.stop();
  };
}
