import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { quotationStyles } from '../../core/styles/quote.styles.js';
import { quotedWords, renderQuotedWords } from '../../core/render/quotation.js';
import { sectionHeaderStyles } from '../../core/styles/section-header.styles.js';
import { numberFormat } from '../../core/i18n/formats.js';
import { renderParagraph, renderText, resolveBlockText } from '../../core/render/text.js';
import { renderSectionHeader } from '../../core/element/section-header.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import type { KeyMessage, KeyMessagesSection, Quotation } from '../../feeds/key-messages.js';
import { keyMessagesStyles } from './key-messages.styles.js';

/**
 * The conclusions of an event, numbered: a heading, a text and, when there is one, the words of the
 * person who said it, quoted with their name and function.
 *
 * The list is an `<ol>` whose numbers are written out (in the element's language) rather than left to
 * the list marker, so they can be styled and are read the same by every screen reader.
 *
 * @summary Numbered key messages from a `keyMessages` feed section, with optional attributed quotes.
 * @tagname ct-key-messages
 *
 * @slot empty - Replaces the message shown when the feed has no messages.
 *
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart list - The ordered list of messages.
 * @csspart message - One message.
 * @csspart number - The number of a message.
 * @csspart heading - The heading of a message.
 * @csspart text - The text of a message.
 * @csspart quote - The figure holding a quote and its attribution.
 * @csspart quote-text - The quoted words (`<blockquote>`).
 * @csspart quote-original - Also on the `<blockquote>` when it holds words quoted verbatim in another language than the reader's (`lang` says which).
 * @csspart quote-translation - The reader's translation after such words, introduced by "Translation:".
 * @csspart attribution - Who said it (`<figcaption>`).
 * @csspart speaker - The speaker's name (`<cite>`).
 * @csspart speaker-role - The speaker's function.
 *
 * @cssprop [--ct-key-messages-number-size=1.5em] - Font size of the numbers.
 * @cssprop [--ct-key-messages-number-color] - Colour of the numbers (defaults to the accent token).
 * @cssprop [--ct-key-messages-quote-border] - The rule beside a quote (defaults to a 0.25em accent line).
 * @cssprop [--ct-key-messages-quote-background] - Background of a quote.
 *
 */
export class CtKeyMessages extends CtFeedElement<'keyMessages'> {
  static override styles = [...CtFeedElement.styles, sectionHeaderStyles, quotationStyles, keyMessagesStyles];

  /** @internal */
  readonly feedSection = 'keyMessages';


  /** @internal */
  protected isEmpty(data: KeyMessagesSection): boolean {
    return data.messages.length === 0;
  }

  /** @internal */
  protected emptyMessage(): string {
    return msg('No key messages have been published yet.');
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    return html`<ol class="list placeholder" role="presentation">
      ${[0, 1, 2].map(() => html`<li class="message"><span class="number">&nbsp;</span><span class="body">&nbsp;</span></li>`)}
    </ol>`;
  }

  /** @internal */
  protected renderReady(data: KeyMessagesSection): TemplateResult {
    const lang = this.contentLang;
    const level = this.headingLevelBelow();
    return html`
      ${renderSectionHeader(data.title, data.description, lang, level)}
      <ol part="list" class="list" role="list">
        ${repeat(
          data.messages,
          (message, index) => message.id ?? index,
          (message, index) => this.#renderMessage(message, index + 1, this.headingLevelBelow(1), lang),
        )}
      </ol>
    `;
  }

  #renderMessage(message: KeyMessage, number: number, level: number, lang: string): TemplateResult {
    const heading = resolveBlockText(message.heading, lang);
    return html`<li part="message" class="message" id=${ifDefined(message.id ? `message-${message.id}` : undefined)}>
      <span part="number" class="number">${numberFormat(lang).format(number)}</span>
      <div class="body">
        <div part="heading" class="heading" role="heading" aria-level=${level} lang=${ifDefined(heading?.lang)} dir=${ifDefined(heading?.dir)}>${heading?.text}</div>
        ${renderParagraph(message.text, lang, 'text', 'text')}
        ${message.quote ? this.#renderQuote(message.quote, lang) : nothing}
      </div>
    </li>`;
  }

  #renderQuote(quote: Quotation, lang: string): TemplateResult {
    const cite = quote.sourceUrl && isSafeUrl(quote.sourceUrl) ? quote.sourceUrl : undefined;
    // The quotation marks come from CSS (`quotes: auto`), so each language gets its own: “…”, « … », „…“,
    // and a quotation in another language than the element's gets the marks and direction of its own.
    // Words quoted verbatim in another language come with the reader's translation beside them.
    const words = quotedWords(quote.text, quote.original, lang);
    return html`<figure part="quote" class="quote">
      ${words ? renderQuotedWords(words, lang, cite) : nothing}
      <figcaption part="attribution" class="attribution">
        <cite part="speaker" class="speaker">${renderText(quote.speaker, lang)}</cite>
        ${quote.role ? html`<span part="speaker-role" class="speaker-role">${renderText(quote.role, lang)}</span>` : nothing}
      </figcaption>
    </figure>`;
  }
}
