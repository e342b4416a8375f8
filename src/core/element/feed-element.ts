import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import type { FeedSection, FeedSectionName, FeedWith } from '../../feeds/documents.js';
import { CtElement } from './base-element.js';
import { clampHeadingLevel } from './heading.js';
import { FeedController } from '../feed/feed-controller.js';
import { defaultFeedStore, type FeedRequestOptions, type FeedStore } from '../feed/feed-store.js';
import { LOADING_DEFAULTS, loadingNumberAttribute, resolveLoadingValues, type LoadingName, type LoadingValues } from '../feed/loading-options.js';
import { renderFeedEmpty, renderFeedError, renderFeedLoading, renderLeftOutNote } from './feed-states.js';
import { feedStateStyles } from './feed-states.styles.js';

const FEED_PROPERTIES = ['src', 'data', 'refresh', 'timeout', 'maxBytes', 'store'] as const;

/** Each loading limit: the element property that holds it, and its attribute (named in warnings). */
const LOADING_PROPERTIES: Record<LoadingName, { property: 'timeout' | 'maxBytes' | 'refresh'; attribute: string }> = {
  timeoutSeconds: { property: 'timeout', attribute: 'timeout' },
  maxBytes: { property: 'maxBytes', attribute: 'max-bytes' },
  refreshSeconds: { property: 'refresh', attribute: 'refresh' },
};

/**
 * An element that shows one section of a feed, in one of four states: loading, error, empty, ready; with a
 * note above the data when faulty items of the feed were left out.
 * Subclasses name their section and render the ready state; everything about getting, validating and
 * keeping data is here and in `FeedController`.
 *
 * What every feed element shares is documented once, here; the manifest gives it to each element
 * (@wc-toolkit/cem-inheritance), where an element may say more (its own empty message, say).
 *
 * @slot loading - Replaces the loading placeholder.
 * @slot error - Replaces the error message and retry button.
 * @slot empty - Replaces the message shown when the feed has nothing to show.
 *
 * @csspart base - The wrapper of every state; carries `lang` and `dir`.
 * @csspart loading - The loading state.
 * @csspart error - The error state.
 * @csspart retry-button - The button that loads the feed again.
 * @csspart empty - The empty state.
 * @csspart left-out - The note above the data when faulty items of the feed were left out.
 *
 * @fires {CtLoadEvent} ct-load - Valid data is shown. `event.detail`: `{url, leftOut}` (`leftOut`: how many faulty items were left out).
 * @fires {CtErrorEvent} ct-error - The feed failed. `event.detail`: `{url, status, reason, path, message}`.
 */
export abstract class CtFeedElement<Name extends FeedSectionName, Data = FeedWith<Name>> extends CtElement {
  static override properties: PropertyDeclarations = {
    src: { reflect: true },
    data: { attribute: false },
    refresh: { type: Number, converter: loadingNumberAttribute(LOADING_DEFAULTS.refreshSeconds) },
    timeout: { type: Number, converter: loadingNumberAttribute(LOADING_DEFAULTS.timeoutSeconds) },
    maxBytes: { type: Number, attribute: 'max-bytes', converter: loadingNumberAttribute(LOADING_DEFAULTS.maxBytes) },
    headingLevel: { type: Number, attribute: 'heading-level' },
    store: { attribute: false },
  };

  static override styles = [...CtElement.styles, feedStateStyles];

  /**
   * URL of a JSON feed (contract v1), relative or http(s); any other scheme is an error (`bad-url`).
   * Ignored when `.data` or an inline JSON script is given.
   */
  src: string | undefined;

  /**
   * The feed as an object, for apps: a feed document holding this element's section. Typed as a valid
   * feed, checked all the same (the same validation as a fetched feed), so data from elsewhere is safe.
   */
  data: Data | undefined;

  /**
   * Seconds between background refreshes of `src`; 0 (default) never refreshes. At least 10 seconds:
   * a lower value is raised to 10, more than a day is cut to a day, and a value that is not a number
   * means never (each with a console warning).
   */
  refresh: number = LOADING_DEFAULTS.refreshSeconds;

  /**
   * Seconds before a request for `src` is given up (default 10, at most 600). A value that is not a
   * number above 0 falls back to the default, with a console warning. This element's limits apply to
   * its own request only, never to another element showing the same URL.
   */
  timeout: number = LOADING_DEFAULTS.timeoutSeconds;

  /**
   * Largest feed accepted, in bytes (default 16 MiB, at most 256 MiB). A value that is not a number
   * above 0 falls back to the default, with a console warning.
   */
  maxBytes: number = LOADING_DEFAULTS.maxBytes;

  /**
   * Level of the element's title heading (1–6), to fit the page's outline; the element's own headings
   * follow below it. A value out of range is brought into it; one that is not a number means the default.
   */
  headingLevel = 2;

  /** The default of `headingLevel` (the event header, a page's main title, starts at 1). @internal */
  protected readonly defaultHeadingLevel: number = 2;

  /** The level of a heading `depth` steps below the element's title, within 1–6. @internal */
  protected headingLevelBelow(depth = 0): number {
    return Math.min(6, clampHeadingLevel(this.headingLevel, this.defaultHeadingLevel) + depth);
  }

  /** The store that fetches feeds; by default one shared by every element on the page. */
  store: FeedStore = defaultFeedStore;

  /** @internal */
  abstract readonly feedSection: Name;

  /** Further properties whose change means reading the feed again. @internal */
  protected readonly feedProperties: readonly string[] = [];

  /** @internal */
  protected readonly feed = new FeedController<Name>(this);

  /** The loading limits in use, after invalid values were replaced. */
  #loading: LoadingValues = { ...LOADING_DEFAULTS };

  /** @internal */
  get requestOptions(): FeedRequestOptions {
    const { refreshSeconds, timeoutSeconds, maxBytes } = this.#loading;
    return {
      refreshSeconds,
      timeoutMs: timeoutSeconds * 1000,
      maxBytes,
      as: this.feedBodyType,
    };
  }

  /** Replaces unusable limits and warns once per value set, naming the attribute and what is used instead. */
  #resolveLoading(changed: ReadonlySet<PropertyKey>) {
    const { values, corrections } = resolveLoadingValues(
      { timeoutSeconds: this.timeout, maxBytes: this.maxBytes, refreshSeconds: this.refresh },
      this.store.minRefreshSeconds,
    );
    this.#loading = values;
    for (const { name, given, used, rule } of corrections) {
      const { property: key, attribute } = LOADING_PROPERTIES[name];
      if (!changed.has(key)) continue; // warned when this value was set
      const raw = this.getAttribute(attribute) ?? String(given);
      console.warn(`ct-widgets: <${this.localName}> ${attribute}="${raw}": ${rule}; using ${used}.`);
    }
  }

  /** How the body of `src` is read; an element that accepts a text format (iCalendar) says `text`. @internal */
  protected get feedBodyType(): 'json' | 'text' {
    return 'json';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const keys = new Set((changed as Map<PropertyKey, unknown>).keys());
    if (keys.has('timeout') || keys.has('maxBytes') || keys.has('refresh') || keys.has('store')) this.#resolveLoading(keys);
    const names: readonly PropertyKey[] = [...FEED_PROPERTIES, ...this.feedProperties];
    if (names.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) this.feed.invalidate();
  }

  /**
   * Also waits for a document being read when the reader had to load first (once a page per section,
   * see `feed/section-readers.ts`), so `await el.updateComplete` after setting `.data` sees the result.
   * @internal
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.feed.pending) {
      await this.feed.pending;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  /** The ready state. */
  protected abstract renderReady(data: FeedSection<Name>): TemplateResult;
  /** Stand-in of the ready layout while loading, so the space is reserved. */
  protected abstract renderPlaceholder(): TemplateResult;
  /**
   * The first items of a long section, read before the rest (see `FeedSource.readFirst`), shown in the
   * loading state in place of the placeholder; `undefined` to show the placeholder after all.
   * @internal
   */
  protected renderPreview(_preview: FeedSection<Name>): TemplateResult | undefined {
    return undefined;
  }
  protected abstract isEmpty(data: FeedSection<Name>): boolean;
  /** Translated: call `msg()` here, it runs inside `render()`. */
  protected abstract emptyMessage(): string;

  override render(): TemplateResult {
    const { data, error, preview } = this.feed;
    const body = data
      ? this.isEmpty(data)
        ? renderFeedEmpty(this.emptyMessage())
        : this.renderReady(data)
      : error
        ? nothing
        : renderFeedLoading((preview && this.renderPreview(preview)) || this.renderPlaceholder());
    return html`<div
      part="base"
      class="base"
      lang=${this.contentLang}
      dir=${this.contentDir}
      aria-busy=${!data && !error ? 'true' : 'false'}
    >
      ${error ? renderFeedError(error, data !== undefined, this.feed.retry) : nothing}${data && this.feed.leftOut.count
        ? renderLeftOutNote(this.feed.leftOut.count)
        : nothing}${body}
    </div>`;
  }
}
