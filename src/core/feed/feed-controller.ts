import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { FeedSection, FeedSectionName } from '../../feeds/documents.js';
import { CtErrorEvent, CtLoadEvent } from '../element/events.js';
import { FeedError } from './feed-error.js';
import type { FeedRequestOptions, FeedSnapshot, FeedStore } from './feed-store.js';
import { AdaptedFeed } from './adapted.js';
import { sectionReader, type SectionReader } from './section-readers.js';
import type { LeftOut } from './lenient.js';
import type { SectionResult } from './read-section.js';
import type { FirstItems } from './lenient-slices.js';

const NOTHING_LEFT_OUT: LeftOut = { count: 0, details: [] };
/** Left-out lists already written to the console: once per document, however many elements show it. */
const logged = new WeakSet<object>();

/** What a feed-driven element tells its controller. */
export interface FeedSource<Name extends FeedSectionName> extends ReactiveControllerHost, HTMLElement {
  readonly feedSection: Name;
  readonly src: string | undefined;
  readonly data: unknown;
  readonly store: FeedStore;
  readonly requestOptions: FeedRequestOptions;
  /**
   * Turns another format (frab schedule JSON, say) into a feed of ours before validation; an `AdaptedFeed`
   * when it left events out. Throws a FeedError when the document is not of that format either. A long
   * conversion may first give `showFirst` a feed of its earliest items, validated and shown as `preview`.
   */
  adaptFeed?(json: unknown, url: string | undefined, showFirst?: (feed: unknown) => void): unknown;
  /**
   * In a section with a list of thousands of items (read in slices): the items to read first, shown as
   * `preview` while the rest is read.
   */
  readonly readFirst?: Omit<FirstItems<FeedSection<Name>>, 'show'>;
}

/**
 * Brings one section of a feed to an element, whichever way it comes: the `.data` property, a child
 * `<script type="application/json">`, or a `src` URL through the shared feed store. All three go through
 * the same validation. Holds the last good section, so a failed refresh shows an error beside it.
 */
export class FeedController<Name extends FeedSectionName> implements ReactiveController {
  /** Last valid section; kept when a later load fails. */
  data: FeedSection<Name> | undefined;
  /** Faulty items of the shown data that were left out (by an adapter or by validation). */
  leftOut: LeftOut = NOTHING_LEFT_OUT;
  /** The latest failure, cleared by the next success. */
  error: FeedError | undefined;
  /**
   * While a long section is read for the first time: the section with only the items read first (see
   * `FeedSource.readFirst`), for a first screen; never set once there is data.
   */
  preview: FeedSection<Name> | undefined;
  /** A request is under way. */
  loading = false;
  /**
   * Set while an accepted document waits for something loaded on demand (its section's reader, the first
   * time on a page; the frab or iCalendar reader): the element's `updateComplete` waits for it too.
   * @internal
   */
  pending: Promise<void> | undefined;

  #unsubscribe: (() => void) | undefined;
  #stale = true;
  #lastJson: unknown;
  #lastStoreError: FeedError | undefined;
  /** Counts documents accepted, so a slow asynchronous adapter cannot overwrite a newer one. */
  #generation = 0;

  constructor(private readonly host: FeedSource<Name>) {
    host.addController(this);
  }

  /** The element's source or options changed: reconnect before the next render. */
  invalidate(): void {
    this.#stale = true;
  }

  hostConnected(): void {
    this.#stale = true;
    // The section's reader starts loading now, alongside the feed, not after it (a no-op once loaded;
    // a failure here is met again, and reported, when a document arrives).
    const reader = sectionReader(this.host.feedSection);
    if (reader instanceof Promise) reader.catch(() => undefined);
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#disconnect();
  }

  hostUpdate(): void {
    if (this.#stale && this.host.isConnected) {
      this.#stale = false;
      this.#connect();
    }
  }

  /** Try again: ask the server again, or re-read inline JSON. */
  retry = (): void => {
    if (this.host.data === undefined && !this.#inlineScript() && this.host.src) {
      this.host.store.revalidate(this.host.src);
    } else {
      this.#connect();
    }
    this.host.requestUpdate();
  };

  #inlineScript(): HTMLScriptElement | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  #disconnect() {
    // A document still being adapted (the iCalendar parser loading) belongs to the old source: drop it.
    this.#generation += 1;
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#lastJson = undefined;
    this.#lastStoreError = undefined;
    this.loading = false;
    this.pending = undefined;
    this.preview = undefined;
  }

  #connect() {
    this.#disconnect();
    const { data, src } = this.host;
    if (data !== undefined) {
      this.#accept(data, undefined);
      return;
    }
    const inline = this.#inlineScript();
    if (inline) {
      let json: unknown;
      try {
        json = JSON.parse(inline.textContent ?? '');
      } catch (error) {
        this.#fail(new FeedError('not-json', `Inline JSON: ${(error as Error).message}`, { cause: error }));
        return;
      }
      this.#accept(json, undefined);
      return;
    }
    if (src) {
      this.loading = true;
      this.#unsubscribe = this.host.store.subscribe(src, this.#onSnapshot, this.host.requestOptions);
    }
  }

  #onSnapshot = (snapshot: FeedSnapshot) => {
    this.loading = snapshot.loading;
    if (snapshot.hasData && snapshot.json !== this.#lastJson) {
      this.#lastJson = snapshot.json;
      this.#accept(snapshot.json, snapshot.url);
    }
    if (snapshot.error && snapshot.error !== this.#lastStoreError) {
      this.#lastStoreError = snapshot.error;
      this.#fail(snapshot.error);
    }
    this.host.requestUpdate();
  };

  #accept(json: unknown, url: string | undefined) {
    const generation = ++this.#generation;
    const failed = (error: unknown) => {
      if (generation === this.#generation) {
        this.#fail(error instanceof FeedError ? error : new FeedError('invalid', String(error), { url, cause: error }));
      }
    };
    let adapted: unknown = json;
    try {
      adapted = this.host.adaptFeed ? this.host.adaptFeed(json, url, (first) => this.#showFirst(first, url, generation)) : json;
    } catch (error) {
      failed(error);
      return;
    }
    const reader = sectionReader(this.host.feedSection);
    if (adapted instanceof Promise || reader instanceof Promise) {
      // Something loads on demand first: only the latest document may land.
      // A reader that cannot load (a CDN folder copied in part, a network gone) fails like the network:
      // worth a retry, which asks for it again.
      const loaded = Promise.resolve(reader).catch((error: unknown) => {
        throw new FeedError('network', `the reader of "${this.host.feedSection}" feeds could not be loaded`, { url, cause: error });
      });
      this.#wait(
        Promise.all([adapted, loaded]).then(
          ([feed, read]) => (generation === this.#generation ? this.#validate(read, feed, url, generation) : undefined),
          failed,
        ),
      );
    } else {
      const validated = this.#validate(reader, adapted, url, generation);
      if (validated) this.#wait(validated);
    }
  }

  /** A converter's earliest items, read like any feed (a short one: at once) and shown as `preview`. */
  #showFirst(feed: unknown, url: string | undefined, generation: number) {
    const show = (read: SectionReader<Name>) => {
      const result = read(feed, url);
      if (!(result instanceof Promise) && result.ok) this.#showPreview(result.value, generation);
    };
    const reader = sectionReader(this.host.feedSection);
    if (reader instanceof Promise) reader.then(show, () => undefined);
    else show(reader);
  }

  /** Shows the first items of the document still being read, unless a newer one came or it is read already. */
  #showPreview(preview: FeedSection<Name>, generation: number) {
    if (generation !== this.#generation || this.data !== undefined) return;
    this.preview = preview;
    this.host.requestUpdate();
  }

  /** `updateComplete` waits for this document (see `pending`). */
  #wait(work: Promise<void>) {
    const pending = work;
    this.pending = pending;
    void pending.finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
  }

  /** Reads the section; a programme of thousands of sessions is read in slices, and then gives a promise. */
  #validate(read: SectionReader<Name>, adapted: unknown, url: string | undefined, generation: number): Promise<void> | undefined {
    const json = adapted instanceof AdaptedFeed ? adapted.feed : adapted;
    const choice = this.host.readFirst;
    const first: FirstItems<FeedSection<Name>> | undefined =
      choice && this.data === undefined
        ? {
            list: choice.list,
            pick: (items) => choice.pick(items),
            show: (preview) => this.#showPreview(preview, generation),
          }
        : undefined;
    const result = read(json, url, first);
    if (!(result instanceof Promise)) return this.#settle(adapted, result, url);
    // Only the latest document may land.
    return result.then(
      (settled) => {
        if (generation === this.#generation) this.#settle(adapted, settled, url);
      },
      (error: unknown) => {
        // The sliced reader could not load: like the network, worth a retry.
        if (generation === this.#generation) this.#fail(new FeedError('network', `the reader of long "${this.host.feedSection}" feeds could not be loaded`, { url, cause: error }));
      },
    );
  }

  #settle(adapted: unknown, result: SectionResult<FeedSection<Name>>, url: string | undefined): undefined {
    const skipped = adapted instanceof AdaptedFeed ? adapted.skipped : [];
    this.preview = undefined;
    if (result.ok) {
      this.data = result.value;
      this.error = undefined;
      const count = skipped.length + result.leftOut.count;
      this.leftOut = count ? { count, details: [...skipped, ...result.leftOut.details] } : NOTHING_LEFT_OUT;
      const key = adapted instanceof AdaptedFeed ? adapted : result;
      if (count && !logged.has(key)) {
        logged.add(key);
        this.#logLeftOut(url);
      }
      this.host.dispatchEvent(new CtLoadEvent({ url, leftOut: count }));
    } else {
      this.#fail(result.error, result.messages);
    }
    this.host.requestUpdate();
  }

  #logLeftOut(url: string | undefined) {
    const { count, details } = this.leftOut;
    const shown = details.slice(0, 50);
    const more = details.length > shown.length ? `\n… and ${details.length - shown.length} more` : '';
    console.warn(`ct-widgets: ${url ?? `inline data of <${this.host.localName}>`}: ${count} faulty item(s) left out, the rest is shown:\n${shown.join('\n')}${more}`);
  }

  #fail(error: FeedError, details: readonly string[] = [error.message]) {
    this.error = error;
    this.preview = undefined;
    const where = error.url ?? `inline data of <${this.host.localName}>`;
    console.warn(`ct-widgets: ${where}: ${details.slice(0, 10).join('\n')}`);
    this.host.dispatchEvent(
      new CtErrorEvent({
        url: error.url,
        status: error.status,
        reason: error.reason,
        path: error.path,
        message: error.message,
      }),
    );
    this.host.requestUpdate();
  }
}
