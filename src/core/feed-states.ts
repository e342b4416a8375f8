import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { FeedError } from './feed-error.js';
import { leftOutText } from './i18n/counts.js';
import { currentUiLocale } from './ui-locale.js';

/** A human, translated sentence for what went wrong. Technical detail is shown apart, untranslated. */
function describeFailure(error: FeedError): string {
  switch (error.reason) {
    case 'bad-url':
      return msg('The feed address is not a valid URL.');
    case 'network':
      return msg('The feed could not be reached. Check the connection and try again.');
    case 'timeout':
      return msg('The feed took too long to answer.');
    case 'http':
      return msg(str`The feed server answered with error ${error.status ?? '?'}.`);
    case 'not-json':
      return msg('The feed is not valid JSON.');
    case 'too-large':
      return msg('The feed is larger than the size limit.');
    case 'invalid':
      return msg('The feed does not have the expected shape.');
  }
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
      ${error.reason === 'invalid' || error.reason === 'http' || error.reason === 'bad-url'
        ? html`<p class="ct-error-detail" lang="en" dir="ltr"><code>${error.message}</code></p>`
        : nothing}
      <button part="retry-button" type="button" @click=${retry}>${msg('Try again')}</button>
    </slot>
  </div>`;
}

/** Loading: space reserved by a placeholder of the ready layout so nothing shifts when data arrives. */
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
