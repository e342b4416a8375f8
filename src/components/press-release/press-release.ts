import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { repeat } from 'lit/directives/repeat.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { quotationStyles } from '../../core/styles/quote.styles.js';
import { formatIsoDate, numberFormat } from '../../core/i18n/formats.js';
import { directionOf } from '../../core/i18n/language-tag.js';
import { syncJsonLd } from '../../core/render/json-ld.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import { CtShareEvent, type CtShareDetail } from '../../core/element/user-events.js';
import { quotedWords, renderQuotedWords } from '../../core/render/quotation.js';
import { dayKey, formatTime, timeZoneName } from '../../core/time/zoned-time.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import type { FeedWith } from '../../feeds/documents.js';
import type { KeyMessage, Quotation } from '../../feeds/key-messages.js';
import type { PressBlock, PressRelease, PressReleasesSection } from '../../feeds/press.js';
import { datelineStandsAlone, documentType, documentTypeLabel } from './document-type.js';
import { HtmlBlocks } from './html-blocks.js';
import { inline, plainText, text, type TextContext } from './inline.js';
import { pressReleaseStyles } from './press-release.styles.js';
import { datelineSeparator, datelineText, languageLabel, newsArticle, pickRelease } from './release-model.js';

type ShareStatus = 'idle' | 'copied' | 'copy-failed';

/**
 * One press release, meetings coverage, statement or note to correspondents: its kind, symbol and meeting
 * line, embargo, correction and reissue notes, the issuing office, headline, dateline ("New York, 20 June 2023", in the
 * release's language), lead, body, "For more information", the other language versions and share
 * actions, with schema.org `NewsArticle` data for search engines.
 *
 * The body is structured blocks (paragraphs, headings, lists, quotes, key points, images). An `html`
 * block from a CMS is shown through DOMPurify with a strict allow-list; the sanitizer is loaded only when
 * a release has such a block.
 *
 * @summary A press release from a `pressReleases` feed section, safe, printable, with JSON-LD.
 * @tagname ct-press-release
 *
 * @slot empty - Replaces the message shown when the feed has no release (or not the one asked for).
 *
 * @csspart release - The `<article>`.
 * @csspart masthead - The event banner above the release.
 * @csspart office - The issuing office.
 * @csspart type - The kind of document: "Press release", "Meetings coverage", "Statement", "Note to correspondents" (UI language).
 * @csspart symbol - The document symbol ("GA/12511").
 * @csspart meeting - The meeting line of meetings coverage ("8234th Meeting (AM)").
 * @csspart embargo - "Embargoed until …".
 * @csspart correction - What a corrected release corrects.
 * @csspart reissue - Why the release was reissued.
 * @csspart as-delivered - "As delivered", under the headline of a speech.
 * @csspart headline - The headline.
 * @csspart subheading - The subheading.
 * @csspart dateline - Place and date: leading the first paragraph (a press release) or on a line of its own.
 * @csspart lead - The first paragraph.
 * @csspart body - The blocks after the lead.
 * @csspart key-points - A numbered list of conclusions.
 * @csspart quote - A quote with its attribution.
 * @csspart quote-text - The quoted words (`<blockquote>`).
 * @csspart quote-original - Words quoted verbatim in another language than the reader's (`lang` says which).
 * @csspart quote-translation - The reader's translation beside such words.
 * @csspart end-mark - The end mark "* *** *" (read as "End of document").
 * @csspart image - An image with its caption and credit.
 * @csspart html - Sanitized HTML from a CMS.
 * @csspart html-unavailable - Note shown instead of an HTML block the page cannot show (its policy refuses the sanitizer, or the sanitizer did not load).
 * @csspart more-info - The "For more information" block.
 * @csspart hashtag - A hashtag.
 * @csspart account - A social media handle.
 * @csspart email - A contact e-mail address.
 * @csspart note - "For information media. Not an official record."
 * @csspart languages - Links to the release in other languages.
 * @csspart share - The share actions.
 *
 * @cssprop [--ct-press-release-measure=70ch] - Longest line of running text.
 * @cssprop [--ct-press-release-headline-size=1.75em] - Font size of the headline.
 * @cssprop [--ct-press-release-quote-border] - The rule beside quotes (defaults to a 0.25em accent line).
 *
 * @fires {CtShareEvent} ct-share - The reader shared the release: copied its link, opened an e-mail, or chose the system's share sheet. `event.detail`: `{method, url, id}` (`method`: `copy`, `email` or `native`).
 */
export class CtPressRelease extends CtFeedElement<'pressReleases'> {
  static override properties: PropertyDeclarations = {
    release: { reflect: true },
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    noShare: { type: Boolean, attribute: 'no-share' },
    shareStatus: { state: true, attribute: false },
  };

  static override styles = [...CtFeedElement.styles, quotationStyles, pressReleaseStyles];

  /** @internal */
  readonly feedSection = 'pressReleases';

  /** The feed as an object, for apps: a conference feed with a `pressReleases` section (checked all the same). */
  declare data: FeedWith<'pressReleases'> | undefined;

  /** Id of the release to show; unset shows the newest in the element's language (or the newest). */
  release: string | undefined;


  /**
   * Writes schema.org `NewsArticle` JSON-LD for the release into the light DOM, for search engines. Off by
   * default, as on every element: the page decides what it tells search engines (it may have its own, or
   * show a release twice).
   */
  jsonLd = false;

  /** Leaves out the share actions. */
  noShare = false;

  private shareStatus: ShareStatus = 'idle';

  #html = new HtmlBlocks(this);

  /** Resolves once rendered, HTML blocks included (they wait for the sanitizer to load). */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    for (let pending = this.#html.pending; pending; pending = this.#html.pending) {
      await pending;
      result = await super.getUpdateComplete();
    }
    return result;
  }

  /** The release on show, if any. @internal */
  get currentRelease(): PressRelease | undefined {
    const data = this.feed.data;
    return data ? pickRelease(data, this.release, this.contentLang) : undefined;
  }

  /** @internal */
  protected isEmpty(data: PressReleasesSection): boolean {
    return !pickRelease(data, this.release, this.contentLang);
  }

  /** @internal */
  protected emptyMessage(): string {
    return this.release && this.feed.data?.releases.length
      ? msg('This press release is not in the feed.')
      : msg('No press releases have been published yet.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('release')) this.shareStatus = 'idle';
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const data = this.feed.data;
    const release = this.currentRelease;
    syncJsonLd(this, data && release && this.jsonLd ? newsArticle(release, data) : undefined);
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    return html`<div class="release placeholder" role="presentation">
      <div class="line short">&nbsp;</div>
      <div class="line headline-line">&nbsp;</div>
      ${[0, 1, 2, 3].map(() => html`<div class="line">&nbsp;</div>`)}
    </div>`;
  }

  /** @internal */
  protected renderReady(data: PressReleasesSection): TemplateResult {
    const release = pickRelease(data, this.release, this.contentLang)!;
    const ctx: TextContext = { lang: this.contentLang, releaseLang: release.lang, socialHosts: new Set(data.allowedSocialHosts ?? []) };
    const level = this.headingLevelBelow();
    this.#html.keepOnly(new Set(release.body.flatMap((block, index) => (block.type === 'html' ? [`${index}\0${block.html}`] : []))));
    const ui = currentUiLocale();
    // The dateline belongs to the release: "New York, 20 June 2023" in an English release on an Arabic page.
    const dateline: TextContext = { ...ctx, lang: release.lang };
    const datelineContent = html`${text(release.dateline.place, dateline)}${datelineSeparator(release.lang)}<time datetime=${release.dateline.date}
        >${formatIsoDate(release.dateline.date, release.lang)}</time
      >`;
    // The article is in the release's own language: an English release on an Arabic page reads left to
    // right as a whole, rather than as right-to-left paragraphs of isolated English runs.
    return html`<article part="release" class="release" aria-labelledby="headline" lang=${release.lang} dir=${directionOf(release.lang)}>
      ${release.masthead?.length
        ? html`<div part="masthead" class="masthead">${release.masthead.map((line) => html`<p>${text(line, ctx)}</p>`)}</div>`
        : nothing}
      <header class="header">
        <p class="kicker">
          <span part="type" class="label" lang=${ui.lang} dir=${ui.dir}>${documentTypeLabel(documentType(release))}</span>
          ${release.meeting ? html`<span part="meeting" class="meeting">${text(release.meeting, ctx)}</span>` : nothing}
          ${release.symbol ? html`<span part="symbol" class="symbol"><bdi>${release.symbol}</bdi></span>` : nothing}
        </p>
        ${this.#renderNotices(release, ctx)}
        <p part="office" class="office">${text(release.office, ctx)}</p>
        <div part="headline" id="headline" class="headline" role="heading" aria-level=${level}>${text(release.headline, ctx)}</div>
        ${release.asDelivered
          ? html`<p part="as-delivered" class="as-delivered" lang=${ui.lang} dir=${ui.dir}>${msg('As delivered')}</p>`
          : nothing}
        ${release.subheading ? html`<p part="subheading" class="subheading">${text(release.subheading, ctx)}</p>` : nothing}
      </header>
      ${datelineStandsAlone(release)
        ? html`<p part="dateline" class="dateline standalone">${datelineContent}</p>
            <p part="lead" class="lead">${inline(release.lead, ctx)}</p>`
        : html`<p part="lead" class="lead"><span part="dateline" class="dateline">${datelineContent}</span> – ${inline(release.lead, ctx)}</p>`}
      <div part="body" class="body">
        ${repeat(
          release.body,
          (_block, index) => index,
          (block, index) => this.#renderBlock(block, index, ctx, level),
        )}
      </div>
      ${release.endMark
        ? html`<p part="end-mark" class="end-mark">
            <span aria-hidden="true">* *** *</span><span class="visually-hidden" lang=${ui.lang} dir=${ui.dir}>${msg('End of document')}</span>
          </p>`
        : nothing}
      ${release.moreInfo ? this.#renderMoreInfo(release, ctx, level) : nothing}
      ${release.note === false
        ? nothing
        : html`<p part="note" class="note" lang=${ui.lang} dir=${ui.dir}>${msg('For information media. Not an official record.')}</p>`}
      ${this.#renderLanguages(release)} ${this.noShare ? nothing : this.#renderShare(release)}
    </article>`;
  }

  #renderBlock(block: PressBlock, index: number, ctx: TextContext, level: number): TemplateResult | typeof nothing {
    switch (block.type) {
      case 'paragraph':
        return html`<p>${inline(block.content, ctx)}</p>`;
      case 'heading':
        return html`<div class="heading" role="heading" aria-level=${Math.min(6, level + (block.depth ?? 1))}>
          ${text(block.text, ctx)}
        </div>`;
      case 'list':
        return block.ordered
          ? html`<ol role="list">${block.items.map((item) => html`<li>${inline(item, ctx)}</li>`)}</ol>`
          : html`<ul role="list">${block.items.map((item) => html`<li>${inline(item, ctx)}</li>`)}</ul>`;
      case 'quote':
        return this.#renderQuote(block.quote, ctx, block.narrative === true);
      case 'keyPoints':
        return html`<section part="key-points" class="key-points" aria-label=${block.title ? plainText(block.title, ctx.lang) : nothing}>
          ${block.title
            ? html`<div class="heading" role="heading" aria-level=${Math.min(6, level + 1)}>${text(block.title, ctx)}</div>`
            : nothing}
          <ol class="points" role="list">
            ${block.points.map((point, i) => this.#renderPoint(point, i + 1, ctx, Math.min(6, level + (block.title ? 2 : 1))))}
          </ol>
        </section>`;
      case 'image':
        return html`<figure part="image" class="image">
          <img
            src=${block.src}
            alt=${plainText(block.alt, ctx.lang)}
            width=${ifDefined(block.width)}
            height=${ifDefined(block.height)}
            loading="lazy"
            decoding="async"
            referrerpolicy="no-referrer"
          />
          <figcaption>
            ${block.caption ? html`<span class="caption">${text(block.caption, ctx)}</span>` : nothing}
            <small class="credit">${text(block.credit, ctx)}</small>
          </figcaption>
        </figure>`;
      case 'html': {
        const node = this.#html.get(`${index}\0${block.html}`, block.html);
        if (node !== 'failed') return node ? html`${node}` : nothing;
        const ui = currentUiLocale();
        return html`<p part="html-unavailable" class="note" lang=${ui.lang} dir=${ui.dir}>${msg('Part of this release cannot be shown on this page.')}</p>`;
      }
    }
  }

  #renderPoint(point: KeyMessage, number: number, ctx: TextContext, level: number): TemplateResult {
    return html`<li class="point">
      <span class="number" aria-hidden="true">${numberFormat(ctx.releaseLang).format(number)}</span>
      <div class="point-body">
        <div class="point-heading" role="heading" aria-level=${level}>${text(point.heading, ctx)}</div>
        <p>${text(point.text, ctx)}</p>
        ${point.quote ? this.#renderQuote(point.quote, ctx) : nothing}
      </div>
    </li>`;
  }

  #renderQuote(quote: Quotation, ctx: TextContext, narrative = false): TemplateResult {
    const cite = quote.sourceUrl && isSafeUrl(quote.sourceUrl) ? quote.sourceUrl : undefined;
    // Quotation marks come from CSS (`quotes: auto`), so each language gets its own: “…”, « … », „…“.
    // A narrative quote (reported speech, a speech printed as delivered) gets none.
    const words = quotedWords(quote.text, quote.original, ctx.lang);
    return html`<figure part="quote" class=${narrative ? 'quote narrative' : 'quote'}>
      ${words?.isOriginal
        ? renderQuotedWords(words, ctx.lang, cite, 'quote-text', !narrative)
        : html`<blockquote part="quote-text" cite=${ifDefined(cite)}><p>${text(quote.text, ctx)}</p></blockquote>`}
      <figcaption class="attribution">
        <cite class="speaker">${text(quote.speaker, ctx)}</cite>
        ${quote.role ? html`<span class="role">${text(quote.role, ctx)}</span>` : nothing}
      </figcaption>
    </figure>`;
  }

  /** Embargo, correction and reissue: what a reader (and an editor) must see before the text. */
  #renderNotices(release: PressRelease, ctx: TextContext): TemplateResult | typeof nothing {
    const { embargo, correction, reissue } = release;
    if (!embargo && !correction && !reissue) return nothing;
    const ui = currentUiLocale();
    let until = '';
    if (embargo) {
      const instant = Date.parse(embargo.until);
      const time = formatTime(instant, embargo.timeZone, ui.lang);
      const date = formatIsoDate(dayKey(instant, embargo.timeZone), ui.lang);
      const zone = timeZoneName(embargo.timeZone, ui.lang, instant);
      until = msg(str`Embargoed until ${time}, ${date} (${zone})`);
    }
    return html`${embargo
      ? html`<p part="embargo" class="notice embargo" lang=${ui.lang} dir=${ui.dir}><time datetime=${embargo.until}>${until}</time></p>`
      : nothing}${correction
      ? html`<p part="correction" class="notice"><span class="label" lang=${ui.lang} dir=${ui.dir}>${msg('Correction:')}</span> ${text(correction, ctx)}</p>`
      : nothing}${reissue
      ? html`<p part="reissue" class="notice"><span class="label" lang=${ui.lang} dir=${ui.dir}>${msg('Reissued:')}</span> ${text(reissue, ctx)}</p>`
      : nothing}`;
  }

  #renderMoreInfo(release: PressRelease, ctx: TextContext, level: number): TemplateResult {
    const info = release.moreInfo!;
    const ui = currentUiLocale();
    return html`<section part="more-info" class="more-info" aria-labelledby="more-info-title">
      <div id="more-info-title" class="heading" role="heading" aria-level=${Math.min(6, level + 1)}>
        ${info.title ? text(info.title, ctx) : html`<span lang=${ui.lang} dir=${ui.dir}>${msg('For more information')}</span>`}
      </div>
      <ul role="list">
        ${info.items.map((item) => html`<li>${inline(item, ctx)}</li>`)}
      </ul>
    </section>`;
  }

  #renderLanguages(release: PressRelease): TemplateResult | typeof nothing {
    const versions = (release.languageVersions ?? []).filter((version) => isSafeUrl(version.href));
    if (!versions.length) return nothing;
    const ui = currentUiLocale();
    // Each language is named in itself ("Français"), so a reader finds theirs whatever the page language.
    return html`<nav part="languages" class="languages" aria-label=${msg('Other languages')}>
      <span class="label" lang=${ui.lang} dir=${ui.dir}>${msg('Other languages')}</span>
      <ul role="list">
        ${versions.map(
          (version) =>
            html`<li><a href=${version.href} hreflang=${version.lang} lang=${version.lang} dir=${directionOf(version.lang)} rel="alternate noopener noreferrer"
              >${languageLabel(version.lang)}</a
            ></li>`,
        )}
      </ul>
    </nav>`;
  }

  #shareUrl(release: PressRelease): string {
    if (release.url && isSafeUrl(release.url)) return release.url;
    return isSafeUrl(location.href) ? location.href : '';
  }

  #renderShare(release: PressRelease): TemplateResult | typeof nothing {
    const url = this.#shareUrl(release);
    if (!url) return nothing;
    const ui = currentUiLocale();
    const headline = plainText(release.headline, this.contentLang);
    const mail = `mailto:?subject=${encodeURIComponent(headline)}&body=${encodeURIComponent(
      `${headline}\n${datelineText(release, release.lang)}\n\n${url}`,
    )}`;
    const canShare = typeof navigator.share === 'function';
    return html`<div part="share" class="share" role="group" aria-label=${msg('Share')} lang=${ui.lang} dir=${ui.dir}>
      <button type="button" class="share-button" @click=${() => this.#copy(url, release.id)}>${msg('Copy link')}</button>
      <a class="share-button" href=${mail} @click=${() => this.#announceShare('email', url, release.id)}>${msg('E-mail')}</a>
      ${canShare
        ? html`<button type="button" class="share-button" @click=${() => this.#share(headline, url, release.id)}>${msg('Share…')}</button>`
        : nothing}
      <span class="share-status" role="status"
        >${this.shareStatus === 'copied'
          ? msg('Link copied.')
          : this.shareStatus === 'copy-failed'
            ? msg('The link could not be copied.')
            : ''}</span
      >
    </div>`;
  }

  #announceShare(method: CtShareDetail['method'], url: string, id: string) {
    this.dispatchEvent(new CtShareEvent({ method, url, id }));
  }

  async #copy(url: string, id: string) {
    this.#announceShare('copy', url, id);
    try {
      await navigator.clipboard.writeText(url);
      this.shareStatus = 'copied';
    } catch {
      this.shareStatus = 'copy-failed';
    }
  }

  async #share(title: string, url: string, id: string) {
    this.#announceShare('native', url, id);
    try {
      await navigator.share({ title, url });
    } catch {
      // The reader closed the share sheet: nothing to report.
    }
  }
}
