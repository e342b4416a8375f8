import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** An element whose rendering depends on the time: it may be told what time it is (tests, stories, previews). */
export interface ClockHost extends ReactiveControllerHost, HTMLElement {
  /** ISO date-time to use as "now"; unset means the real clock. */
  now: string | undefined;
}

export interface ClockOptions {
  /** The next instant (ms) at which the rendering changes (a status boundary), if any. */
  nextChange?: () => number | undefined;
  /** Milliseconds between regular updates (a countdown), or 0 for none. Paused under reduced motion. */
  tickMs?: () => number;
}

/** setTimeout overflows after ~24.8 days; wake up daily and look again instead. */
const MAX_WAIT_MS = 24 * 60 * 60 * 1000;

/**
 * The time an element renders at, and the wake-ups it needs: one at the next status boundary (always,
 * so "upcoming" becomes "live" on its own) and, optionally, a slow tick for a countdown, which stops while
 * the reader asks for reduced motion. With `now` set there are no timers at all: the time is fixed.
 */
export class ClockController implements ReactiveController {
  #timer: ReturnType<typeof setTimeout> | undefined;
  #motion: MediaQueryList | undefined;
  #onMotion = () => this.host.requestUpdate();

  constructor(
    private readonly host: ClockHost,
    private readonly options: ClockOptions = {},
  ) {
    host.addController(this);
  }

  /** Milliseconds since the epoch that the element should render at. */
  get value(): number {
    const fixed = this.host.now ? Date.parse(this.host.now) : NaN;
    return Number.isNaN(fixed) ? Date.now() : fixed;
  }

  hostConnected(): void {
    this.#motion = window.matchMedia('(prefers-reduced-motion: reduce)');
    this.#motion.addEventListener('change', this.#onMotion);
  }

  hostDisconnected(): void {
    this.#motion?.removeEventListener('change', this.#onMotion);
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.host.now || !this.host.isConnected) return;
    const now = Date.now();
    const waits = [MAX_WAIT_MS];
    const boundary = this.options.nextChange?.();
    if (boundary !== undefined && boundary > now) waits.push(boundary - now + 50);
    const tick = this.options.tickMs?.() ?? 0;
    if (tick > 0 && !this.#motion?.matches) waits.push(tick - (now % tick) + 50);
    this.#timer = setTimeout(() => this.host.requestUpdate(), Math.min(...waits));
  }
}
