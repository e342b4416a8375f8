import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { FeedSection, FeedSectionName } from '../feeds/documents.js';
import { CtElement } from './base-element.js';
import { FeedController } from './feed-controller.js';
import { FEED_DEFAULTS, defaultFeedStore, type FeedRequestOptions, type FeedStore } from './feed-store.js';
import { renderFeedEmpty, renderFeedError, renderFeedLoading } from './feed-states.js';
import { feedStateStyles } from './feed-states.styles.js';

const FEED_PROPERTIES = ['src', 'data', 'refresh', 'timeout', 'maxBytes', 'store'] as const;

/**
 * An element that shows one section of a feed, in one of four states: loading, error, empty, ready.
 * Subclasses name their section and render the ready state; everything about getting, validating and
 * keeping data is here and in `FeedController`.
 */
export abstract class CtFeedElement<Name extends FeedSectionName> extends CtElement {
  static override styles = [...CtElement.styles, feedStateStyles];

  /** URL of a JSON feed (contract v1). Ignored when `.data` or an inline JSON script is given. */
  @property({ reflect: true }) src: string | undefined;

  /** The feed as an object, for apps. Goes through the same validation as a fetched feed. */
  @property({ attribute: false }) data: unknown;

  /** Seconds between background refreshes of `src`; 0 (default) never refreshes. */
  @property({ type: Number }) refresh = 0;

  /** Seconds before a request for `src` is given up. */
  @property({ type: Number }) timeout = FEED_DEFAULTS.timeoutMs / 1000;

  /** Largest feed accepted, in bytes. */
  @property({ type: Number, attribute: 'max-bytes' }) maxBytes: number = FEED_DEFAULTS.maxBytes;

  /** The store that fetches feeds; by default one shared by every element on the page. */
  @property({ attribute: false }) store: FeedStore = defaultFeedStore;

  /** @internal */
  abstract readonly feedSection: Name;

  /** Further properties whose change means reading the feed again. @internal */
  protected readonly feedProperties: readonly string[] = [];

  /** @internal */
  protected readonly feed = new FeedController<Name>(this);

  /** @internal */
  get requestOptions(): FeedRequestOptions {
    return { refreshSeconds: this.refresh, timeoutMs: this.timeout * 1000, maxBytes: this.maxBytes, as: this.feedBodyType };
  }

  /** How the body of `src` is read; an element that accepts a text format (iCalendar) says `text`. @internal */
  protected get feedBodyType(): 'json' | 'text' {
    return 'json';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const names: readonly PropertyKey[] = [...FEED_PROPERTIES, ...this.feedProperties];
    if (names.some((name) => (changed as Map<PropertyKey, unknown>).has(name))) this.feed.invalidate();
  }

  /** The ready state. */
  protected abstract renderReady(data: FeedSection<Name>): TemplateResult;
  /** Stand-in of the ready layout while loading, so the space is reserved. */
  protected abstract renderPlaceholder(): TemplateResult;
  protected abstract isEmpty(data: FeedSection<Name>): boolean;
  /** Translated: call `msg()` here, it runs inside `render()`. */
  protected abstract emptyMessage(): string;

  override render(): TemplateResult {
    const { data, error } = this.feed;
    const body = data
      ? this.isEmpty(data)
        ? renderFeedEmpty(this.emptyMessage())
        : this.renderReady(data)
      : error
        ? nothing
        : renderFeedLoading(this.renderPlaceholder());
    return html`<div
      part="base"
      class="base"
      lang=${this.contentLang}
      dir=${this.contentDir}
      aria-busy=${!data && !error ? 'true' : 'false'}
    >
      ${error ? renderFeedError(error, data !== undefined, this.feed.retry) : nothing}${body}
    </div>`;
  }
}
