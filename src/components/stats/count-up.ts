import type { ReactiveController, ReactiveControllerHost } from 'lit';

const DURATION_MS = 1200;
const easeOutCubic = (t: number) => 1 - (1 - t) ** 3;

/**
 * Counts figures up from zero the first time the element scrolls into view. Never runs under
 * `prefers-reduced-motion: reduce`. The element shows `value()` to the eye only; screen readers get the
 * final value once, from text that does not change.
 */
export class CountUpController implements ReactiveController {
  /** 0 → 1 while counting; 1 when done or when not animating. */
  progress = 1;
  #observer: IntersectionObserver | undefined;
  #frame = 0;
  #started = false;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly enabled: () => boolean,
  ) {
    host.addController(this);
  }

  get running(): boolean {
    return this.progress < 1;
  }

  /** The number to show now for a figure whose final value is `final`. */
  value(final: number): number {
    if (!this.running) return final;
    const current = final * easeOutCubic(this.progress);
    return Number.isInteger(final) ? Math.round(current) : current;
  }

  /** Call after each render: starts watching once there is something to count. */
  arm(): void {
    if (this.#started || this.#observer || !this.enabled()) return;
    if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
    this.progress = 0;
    this.host.requestUpdate();
    this.#observer = new IntersectionObserver((entries) => {
      if (entries.some((entry) => entry.isIntersecting)) this.#start();
    });
    this.#observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.#stop();
    this.progress = 1;
  }

  #start() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#started = true;
    const begin = performance.now();
    const tick = (now: number) => {
      this.progress = Math.min(1, (now - begin) / DURATION_MS);
      this.host.requestUpdate();
      if (this.progress < 1) this.#frame = requestAnimationFrame(tick);
    };
    this.#frame = requestAnimationFrame(tick);
  }

  #stop() {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }
}
