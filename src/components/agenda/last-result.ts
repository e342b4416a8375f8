/**
 * The last result of `compute`, kept while every argument is the same (`===`) as last time. The agenda
 * asks for its derived values (model, checked filters, filtered list, grid, JSON-LD) on every render,
 * clock tick and slice; each depends on a few inputs only, and recomputing one would throw away the
 * identity the renderer's `guard`s rely on. One of these per value instead of a hand-written cache each.
 */
export class LastResult<A extends readonly unknown[], R> {
  #args: A | undefined;
  #value: R | undefined;

  constructor(private readonly compute: (...args: A) => R) {}

  get(...args: A): R {
    const last = this.#args;
    if (!last || args.some((arg, i) => arg !== last[i])) {
      this.#value = this.compute(...args); // `compute` may still read `last` (the previous result)
      this.#args = args;
    }
    return this.#value!;
  }

  /** The previous result, if any. */
  get last(): R | undefined {
    return this.#args ? this.#value : undefined;
  }

  reset(): void {
    this.#args = undefined;
    this.#value = undefined;
  }
}
