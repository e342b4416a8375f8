import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { controlStyles } from '../../core/styles/control.styles.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { formatIsoDate } from '../../core/i18n/formats.js';
import { idListAttribute } from '../../core/element/id-list-attribute.js';
import { CtExpandedChangeEvent, CtFilterChangeEvent } from '../../core/element/user-events.js';
import { moreReleasesText } from '../../core/i18n/list-counts.js';
import { baseLanguage, directionOf } from '../../core/i18n/language-tag.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import type { ConferenceFeed } from '../../feeds/documents.js';
import type { PressRelease, PressReleasesSection } from '../../feeds/press.js';
import '../press-release/ct-press-release.js';
import { inline, text, type TextContext } from '../press-release/inline.js';
import { documentType, documentTypeLabel } from '../press-release/document-type.js';
import { newestFirst } from '../press-release/release-model.js';
import { pressReleasesStyles } from './press-releases.styles.js';

/**
 * One release per story: of the language versions of a release (linked by `languageVersions[].release`),
 * the one in `lang`, else English, else the first.
 */
export function oneVersionEach(releases: readonly PressRelease[], lang: string): PressRelease[] {
  const byId = new Map(releases.map((release) => [release.id, release]));
  const seen = new Set<string>();
  const chosen: PressRelease[] = [];
  for (const release of releases) {
    if (seen.has(release.id)) continue;
    const versions = [release, ...(release.languageVersions ?? []).flatMap((v) => (v.release && byId.has(v.release) ? [byId.get(v.release)!] : []))];
    versions.forEach((version) => seen.add(version.id));
    const pick = (base: string) => versions.find((version) => baseLanguage(version.lang) === base);
    chosen.push(pick(baseLanguage(lang)) ?? pick('en') ?? release);
  }
  return newestFirst(chosen);
}

/** The filters of `<ct-press-releases>`: the `filters` of its `ct-filter-change` event. */
export type PressReleasesFilterValues = {
  year: string;
};

/**
 * A list of press releases, newest first: date, symbol, headline and lead, with a link to each release's
 * page, or, for releases without one, the full release opened in place. Filtered by year; longer lists
 * grow by "Show more".
 *
 * @summary Press releases from a `pressReleases` feed section: newest first, by year, with show more.
 * @tagname ct-press-releases
 *
 * @slot empty - Replaces the message shown when the feed has no releases.
 *
 * @csspart title - The section title.
 * @csspart toolbar - The year filter.
 * @csspart list - The list of releases.
 * @csspart item - One release.
 * @csspart type - The kind of document: "Press release", "Meetings coverage", "Statement", "Note to correspondents".
 * @csspart date - The date of a release.
 * @csspart symbol - The document symbol of a release.
 * @csspart headline - The headline of a release (a link when the release has a page).
 * @csspart lead - The lead of a release.
 * @csspart toggle - The button that opens or closes the full release.
 * @csspart more-button - "Show more".
 *
 * @fires {CtFilterChangeEvent<PressReleasesFilterValues>} ct-filter-change - The reader chose a year. `event.detail.filters`: `{year}` (`''`: every year).
 * @fires {CtExpandedChangeEvent} ct-expanded-change - The reader opened or closed a full release in place. `event.detail`: `{id, open, expanded}`.
 */
export class CtPressReleases extends CtFeedElement<'pressReleases'> {
  static override properties: PropertyDeclarations = {
    pageSize: { type: Number, attribute: 'page-size' },
    year: { reflect: true },
    expanded: { reflect: true, converter: idListAttribute },
    shown: { state: true, attribute: false },
  };

  static override styles = [...CtFeedElement.styles, controlStyles, pressReleasesStyles];

  /** @internal */
  readonly feedSection = 'pressReleases';

  /** How many releases show at first, and how many more each "Show more" adds. */
  pageSize = 5;


  /** Only releases of this year (`YYYY`); empty shows every year. The reader's choice in the year menu changes it. */
  year = '';

  /** Ids of the releases opened in place (those without a page of their own; attribute: space-separated). */
  expanded: readonly string[] = [];

  private shown = 0;

  /** @internal */
  protected isEmpty(data: PressReleasesSection): boolean {
    return data.releases.length === 0;
  }

  /** @internal */
  protected emptyMessage(): string {
    return msg('No press releases have been published yet.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('year') || changed.has('pageSize')) this.shown = 0;
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    return html`<ul class="list placeholder" role="presentation">
      ${[0, 1, 2].map(() => html`<li class="item"><span class="line short">&nbsp;</span><span class="line">&nbsp;</span></li>`)}
    </ul>`;
  }

  #pageSize(): number {
    return Math.max(1, Math.round(this.pageSize) || 5);
  }

  /** @internal */
  protected renderReady(data: PressReleasesSection): TemplateResult {
    const lang = this.contentLang;
    const level = this.headingLevelBelow();
    const all = oneVersionEach(data.releases, lang);
    const years = [...new Set(all.map((release) => release.dateline.date.slice(0, 4)))];
    const filtered = this.year ? all.filter((release) => release.dateline.date.startsWith(this.year)) : all;
    const limit = this.shown || this.#pageSize();
    const visible = filtered.slice(0, limit);
    const socialHosts = new Set(data.allowedSocialHosts ?? []);
    const ui = currentUiLocale();
    return html`
      ${data.title
        ? html`<div part="title" class="title" role="heading" aria-level=${level}>${text(data.title, { lang, releaseLang: lang, socialHosts })}</div>`
        : nothing}
      ${years.length > 1 || this.year
        ? html`<div part="toolbar" class="toolbar" lang=${ui.lang} dir=${ui.dir}>
            <label for="year">${msg('Year')}</label>
            <select id="year" @change=${(event: Event) => this.#chooseYear((event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.year}>${msg('All years')}</option>
              ${years.map((year) => html`<option value=${year} ?selected=${year === this.year}>${year}</option>`)}
            </select>
          </div>`
        : nothing}
      <ul part="list" class="list" role="list">
        ${repeat(
          visible,
          (release) => release.id,
          (release) => this.#renderItem(release, { lang, releaseLang: release.lang, socialHosts }, this.headingLevelBelow(1)),
        )}
      </ul>
      ${filtered.length > visible.length
        ? html`<button part="more-button" type="button" class="more" lang=${ui.lang} dir=${ui.dir} @click=${() => this.#showMore(limit)}>
            ${moreReleasesText(filtered.length - visible.length, ui.lang)}
          </button>`
        : nothing}
    `;
  }

  #renderItem(release: PressRelease, ctx: TextContext, level: number): TemplateResult {
    const url = release.url && isSafeUrl(release.url) ? release.url : undefined;
    const isOpen = this.expanded.includes(release.id);
    const panel = `full-${release.id}`;
    const ui = currentUiLocale();
    // Each item is in its release's language and direction: an English lead on an Arabic page is one
    // left-to-right paragraph, not a row of English runs laid out right to left.
    return html`<li part="item" class="item" data-release=${release.id} tabindex="-1" lang=${release.lang} dir=${directionOf(release.lang)}>
      <p class="meta">
        <span part="type" class="type" lang=${ui.lang} dir=${ui.dir}>${documentTypeLabel(documentType(release))}</span>
        <time part="date" datetime=${release.dateline.date}>${formatIsoDate(release.dateline.date, release.lang)}</time>
        ${release.symbol ? html`<span part="symbol" class="symbol"><bdi>${release.symbol}</bdi></span>` : nothing}
      </p>
      <div part="headline" class="headline" role="heading" aria-level=${level}>
        ${url ? html`<a href=${url} hreflang=${release.lang}>${text(release.headline, ctx)}</a>` : text(release.headline, ctx)}
      </div>
      <p part="lead" class="lead">${inline(release.lead, ctx)}</p>
      ${url
        ? nothing
        : html`<button
              part="toggle"
              type="button"
              lang=${ui.lang}
              dir=${ui.dir}
              aria-expanded=${isOpen ? 'true' : 'false'}
              aria-controls=${panel}
              @click=${() => this.#toggle(release.id)}
            >
              ${isOpen ? msg('Hide the full release') : msg('Read the full release')}
            </button>
            <div id=${panel} class="full" ?hidden=${!isOpen}>
              ${isOpen
                ? html`<ct-press-release
                    .data=${this.#singleFeed(release)}
                    .release=${release.id}
                    .headingLevel=${this.headingLevelBelow(1)}
                    lang=${release.lang}
                  ></ct-press-release>`
                : nothing}
            </div>`}
    </li>`;
  }

  #singles = new WeakMap<PressRelease, ConferenceFeed>();

  /** A feed of one release for the full view; the same object each render, so it is validated once. */
  #singleFeed(release: PressRelease): ConferenceFeed {
    let feed = this.#singles.get(release);
    if (!feed) {
      feed = { kind: 'conference', version: 1, pressReleases: { ...this.feed.data!, releases: [release] } };
      this.#singles.set(release, feed);
    }
    return feed;
  }

  #chooseYear(year: string) {
    this.year = year;
    this.dispatchEvent(new CtFilterChangeEvent<PressReleasesFilterValues>({ filters: { year } }));
  }

  #toggle(id: string) {
    const open = !this.expanded.includes(id);
    this.expanded = open ? [...this.expanded, id] : this.expanded.filter((other) => other !== id);
    this.dispatchEvent(new CtExpandedChangeEvent({ id, open, expanded: this.expanded }));
  }

  /** Shows the next page and moves focus to its first release, so keyboard users continue where they were. */
  async #showMore(current: number) {
    this.shown = current + this.#pageSize();
    await this.updateComplete;
    this.renderRoot.querySelectorAll<HTMLElement>('[part~="item"]')[current]?.focus();
  }
}
