import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sanitizeHtml } from '../../core/security/sanitize.js';

/**
 * The `html` blocks of a release, sanitized once each and kept as nodes. The sanitizer is loaded on the
 * first block that needs it; until a block is ready it renders nothing and `pending` says so, which the
 * element folds into `updateComplete`.
 */
export class HtmlBlocks implements ReactiveController {
  /** Sanitized content by key (block position and source: the same HTML twice needs two nodes); `null` while the sanitizer works, an Error when it failed. */
  #nodes = new Map<string, HTMLElement | null | Error>();
  #pending = new Set<Promise<void>>();

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** Settles when every block asked for so far is ready. */
  get pending(): Promise<void> | undefined {
    return this.#pending.size ? Promise.all(this.#pending).then(() => undefined) : undefined;
  }

  /**
   * The sanitized content of `source`, as a `<div>` the template renders as a node (the same node on every
   * render, so Lit leaves it in place); `undefined` while it is not ready; `'failed'` when it cannot be
   * shown on this page (the element then says so rather than leave a silent gap).
   */
  get(key: string, source: string): HTMLElement | 'failed' | undefined {
    const node = this.#nodes.get(key);
    if (node instanceof Error) return 'failed';
    if (node === undefined) this.#start(key, source);
    return node ?? undefined;
  }

  /** Forget blocks that are no longer in the data (a new feed replaced them). */
  keepOnly(keys: ReadonlySet<string>): void {
    for (const key of this.#nodes.keys()) if (!keys.has(key)) this.#nodes.delete(key);
  }

  #start(key: string, source: string) {
    this.#nodes.set(key, null);
    const job = sanitizeHtml(source).then(
      (fragment) => {
        const container = document.createElement('div');
        container.className = 'html-content';
        container.setAttribute('part', 'html');
        container.append(fragment);
        if (this.#nodes.get(key) === null) this.#nodes.set(key, container);
      },
      (error: unknown) => {
        // The chunk failed to load (offline, blocked), or the page's Trusted Types policy refuses the
        // sanitizer's: the block is left out rather than shown unsanitized.
        console.warn('ct-widgets: an HTML block is not shown: the sanitizer cannot run on this page.', error);
        this.#nodes.set(key, error instanceof Error ? error : new Error(String(error)));
      },
    );
    const tracked = job.finally(() => {
      this.#pending.delete(tracked);
      this.host.requestUpdate();
    });
    this.#pending.add(tracked);
  }
}
