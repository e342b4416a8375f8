import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { FeedError } from '../feed/feed-error.js';
import { leftOutText } from '../i18n/counts.js';
import { currentUiLocale } from '../language/ui-language.js';

/**
 * What went wrong and what the reader can do, in the UI language: one or two whole sentences. Technical
 * detail (status, address, place in the feed, parser message) is never part of them: `renderDetails`
 * shows it apart, as labelled data.
 */
function describeFailure(error: FeedError): string {
  switch (error.reason) {
    case 'bad-url':
      return msg('The feed address is not a valid URL. Please tell the editors of this page.');
    case 'network':
      return msg('The feed could not be reached. Check the connection and try again.');
    case 'timeout':
      return msg('The feed took too long to answer. Try again in a moment.');
    case 'http':
      return error.transient
        ? msg('The feed server answered with an error. Try again in a moment.')
        : msg('The feed server answered with an error. Please tell the editors of this page.');
    case 'not-json':
      return msg('The feed is not valid JSON. Please tell the editors of this page.');
    case 'too-large':
      return msg('The feed is larger than the size limit. Please tell the editors of this page.');
    case 'invalid':
      return msg('The feed does not have the expected shape. Please tell the editors of this page.');
  }
}

/**
 * Technical detail as data: a translated label, then the value as written by the server, the feed or the
 * parser, in a `<code>` marked English and left to right (it is not prose in the UI language, and a path
 * or a URL must not be reordered inside right-to-left text).
 */
function renderDetails(error: FeedError): TemplateResult[] {
  const item = (label: string, value: string) =>
    html`<p class="ct-error-detail"><span>${label}</span> <code lang="en" dir="ltr">${value}</code></p>`;
  const details: TemplateResult[] = [];
  if (error.reason === 'http' && error.status !== undefined) details.push(item(msg('HTTP status:'), String(error.status)));
  if (error.reason === 'bad-url' && error.url !== undefined) details.push(item(msg('Address:'), error.url));
  if (error.path) details.push(item(msg('Where in the feed:'), error.path));
  const technical = technicalMessage(error);
  if (technical) details.push(item(msg('Technical detail:'), technical));
  return details;
}

/** The validator's or the parser's own words, without the path already shown and without our English lead-in. */
function technicalMessage(error: FeedError): string | undefined {
  if (error.reason === 'invalid') {
    const prefix = error.path ? `${error.path}: ` : '';
    return prefix && error.message.startsWith(prefix) ? error.message.slice(prefix.length) : error.message;
  }
  if (error.reason === 'not-json') return error.cause instanceof Error ? error.cause.message : undefined;
  return undefined;
}

/**
 * The error state, shown alone when there is no data, or above the last good data when a refresh fails.
 * `role="alert"` makes screen readers announce it as it appears. UI text is in the page's language, which
 * may differ from the element's content language, hence its own `lang` and `dir`.
 */
export function renderFeedError(error: FeedError, hasData: boolean, retry: () => void): TemplateResult {
  const ui = currentUiLocale();
  return html`<div part="error" class="ct-state ct-error" role="alert" lang=${ui.lang} dir=${ui.dir}>
    <slot name="error">
      <p class="ct-error-title">${describeFailure(error)}</p>
      ${hasData ? html`<p>${msg('Showing the last data received.')}</p>` : nothing}
      ${renderDetails(error)}
      <button part="retry-button" type="button" @click=${retry}>${msg('Try again')}</button>
    </slot>
  </div>`;
}

/** Placeholder filler: never shown (transparent) nor read (aria-hidden); it only takes the room of text. */
const FILLER = 'xxxxx xxxxxxx xxxxxx xxxx xxxxxx xxxxxxxxx xx xxxxx xxxxxx xxxx xxxxxxxx xxxx xxxxxxx xxx xxxxxxxxx xxxxxx';

/**
 * `length` characters of invisible filler for a loading placeholder, drawn as a bar per line (see
 * feed-states.styles.ts): it wraps like real text of that length, so the placeholder keeps its room.
 */
export function filler(length: number): TemplateResult {
  // The characters are generated content (see .filler::before), not text: find-in-page, copy and
  // contrast checkers never meet a line of x's that nobody can see.
  return html`<span class="filler" data-filler=${FILLER.slice(0, Math.min(length, FILLER.length))}></span>`;
}

/** Loading: space reserved by a placeholder of the ready layout so nothing shifts when data arrives. */
export function renderFeedLoading(placeholder: TemplateResult): TemplateResult {
  const ui = currentUiLocale();
  return html`<div part="loading" class="ct-state ct-loading">
    <slot name="loading"
      ><span class="visually-hidden" lang=${ui.lang} dir=${ui.dir}>${msg('Loading…')}</span>${placeholder}</slot
    >
  </div>`;
}

export function renderFeedEmpty(message: string): TemplateResult {
  const ui = currentUiLocale();
  return html`<div part="empty" class="ct-state ct-empty" lang=${ui.lang} dir=${ui.dir}>
    <slot name="empty"><p>${message}</p></slot>
  </div>`;
}

/**
 * Shown above the ready state when faulty items of the feed were left out and the rest is shown. A quiet
 * `role="status"`, not an alert: the content is there. Which items and why is in the console, for
 * whoever fixes the feed.
 */
export function renderLeftOutNote(count: number): TemplateResult {
  const ui = currentUiLocale();
  return html`<p part="left-out" class="ct-state ct-left-out" role="status" lang=${ui.lang} dir=${ui.dir}>
    ${leftOutText(count, ui.lang)}
  </p>`;
}
