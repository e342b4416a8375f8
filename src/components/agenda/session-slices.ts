import type { SessionView } from './agenda-model.js';

/**
 * Sessions rendered in the first frame: a full screen, and no more (every card more delays the first
 * screen; issue 12). A list card is at least ~100 px tall, so 30 fill a 3,000 px screen (a 1080 p screen
 * zoomed out to a third); the grid's cells are smaller and several share a row. Then per following task:
 */
export const FIRST_SLICE = { list: 30, grid: 100 } as const;
/** A list this short is rendered whole at once: slicing would cost it a frame for a few cards' time. */
const WHOLE_AT_ONCE = 100;
const NEXT_SLICE = 100;
/**
 * Main-thread time a following slice's task may take: each slice's size follows the measured cost per
 * card, so a slow or loaded device renders smaller slices instead of longer tasks. Under the 50 ms of a
 * long task with room to spare: the cost per card varies from slice to slice.
 */
const SLICE_BUDGET_MS = 30;
const MIN_SLICE = 40;
const MAX_SLICE = 400;
/**
 * Sessions per chunk. A chunk whose sessions and per-card state did not change is skipped by the
 * renderer (`guard`), so adding a slice costs the new cards only, not a diff of every card already shown.
 */
const CHUNK = 20;

export interface DayChunks {
  day: string;
  chunks: readonly (readonly SessionView[])[];
}

/**
 * The filtered list as it is rendered: grouped by day, cut into chunks of stable identity, and revealed
 * slice by slice so that a 10,000-session programme is on screen at once and wholly in the DOM (find in
 * page, deep links, screen readers) moments later.
 */
export class SessionSlices {
  readonly days: readonly DayChunks[];
  #limit: number;

  constructor(
    readonly list: readonly SessionView[],
    layout: keyof typeof FIRST_SLICE = 'list',
  ) {
    this.days = groupIntoChunks(list);
    this.#limit = list.length <= WHOLE_AT_ONCE ? list.length : FIRST_SLICE[layout];
  }

  get complete(): boolean {
    return this.#limit >= this.list.length;
  }

  /** Renders one more slice; `msPerCard`, measured on the last one, sizes it to the budget. */
  grow(msPerCard?: number): void {
    const size = msPerCard && msPerCard > 0 ? Math.round(SLICE_BUDGET_MS / msPerCard) : NEXT_SLICE;
    this.#limit += Math.min(MAX_SLICE, Math.max(MIN_SLICE, size));
  }

  /** How many sessions the last `visible()` rendered. */
  rendered = 0;

  /** Printing and "show everything" need the whole list now. */
  showAll(): void {
    this.#limit = Infinity;
  }

  /** Whether the session at `index` of the list is rendered; if not, makes the next render include it. */
  ensureRendered(index: number): boolean {
    if (index < this.#limit) return true;
    this.#limit = index + NEXT_SLICE;
    return false;
  }

  /** Days with the chunks rendered so far: whole chunks, until at least `limit` sessions. */
  visible(): DayChunks[] {
    const days: DayChunks[] = [];
    let count = 0;
    for (const { day, chunks } of this.days) {
      if (count >= this.#limit) break;
      const shown: (readonly SessionView[])[] = [];
      for (const chunk of chunks) {
        if (count >= this.#limit) break;
        shown.push(chunk);
        count += chunk.length;
      }
      days.push({ day, chunks: shown.length === chunks.length ? chunks : shown });
    }
    this.rendered = Math.min(count, this.list.length);
    return days;
  }
}

/** The list is sorted by start, so each day's sessions are contiguous. */
function groupIntoChunks(sessions: readonly SessionView[]): DayChunks[] {
  const days: DayChunks[] = [];
  let current: { day: string; chunks: SessionView[][] } | undefined;
  for (const view of sessions) {
    if (current?.day !== view.day) days.push((current = { day: view.day, chunks: [] }));
    const last = current.chunks.at(-1);
    if (last && last.length < CHUNK) last.push(view);
    else current.chunks.push([view]);
  }
  return days;
}

/**
 * Paces the slices of a long list: times each slice's task, so the next slice is sized to what rendering
 * costs here, and asks for the next slice in a task of its own while the list is not complete.
 */
export class SlicePacer {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #frame: number | undefined;
  /** Milliseconds a slice's task took per card it added, on the last slice (see SessionSlices.grow). */
  #msPerCard: number | undefined;
  /** The slice under way: its list, how many cards were rendered before it, and when its task began. */
  #slice: { slices: SessionSlices; before: number; start: number } | undefined;

  /**
   * After an update (the end of `updated()`): measures the slice that led to it, the whole task (render,
   * `updated()`, garbage collection) and not the render alone (slices sized on the render were 50–80 ms
   * tasks at 1,000 sessions, issue 12), then schedules the next slice; false when `slices` is complete.
   * A render that replaced the list (the first, with the model and toolbar built once) is not measured.
   */
  next(slices: SessionSlices, requestUpdate: () => void): boolean {
    const slice = this.#slice;
    this.#slice = undefined;
    if (slice?.slices === slices) {
      const added = slices.rendered - slice.before;
      if (added >= 20) this.#msPerCard = (performance.now() - slice.start) / added;
    }
    this.stop();
    if (slices.complete) return false;
    const grow = () => {
      this.#frame = undefined;
      this.#timer = setTimeout(() => {
        this.#slice = { slices, before: slices.rendered, start: performance.now() };
        slices.grow(this.#msPerCard);
        requestUpdate();
      }, 0);
    };
    // After a list's first slice, the next one waits for the frame that shows the first: queued at once,
    // slices ran before that frame and put it off (a 10,000-session day painted 200 cards, not 30, first).
    // A page in a background tab has no frames: its list goes on when it is shown (printing renders the
    // whole list, and a deep link the list up to its session, at once anyway).
    if (slice?.slices === slices) grow();
    else this.#frame = requestAnimationFrame(grow);
    return true;
  }

  stop(): void {
    clearTimeout(this.#timer);
    if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
    this.#frame = undefined;
  }
}
