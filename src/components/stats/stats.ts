import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { filler } from '../../core/element/feed-states.js';
import { sectionHeaderStyles } from '../../core/styles/section-header.styles.js';
import { formatIsoDate, numberFormat } from '../../core/i18n/formats.js';
import { renderText } from '../../core/render/text.js';
import { renderSectionHeader } from '../../core/element/section-header.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import type { StatsFigure, StatsSection } from '../../feeds/stats.js';
import { CountUpController } from './count-up.js';
import { qualifyNumber } from './qualifier.js';
import { statsStyles } from './stats.styles.js';

export const STATS_NOTATIONS = ['standard', 'compact'] as const;
export type StatsNotation = (typeof STATS_NOTATIONS)[number];

/**
 * The key figures of a conference: participants, Member States, side events… each a number in the
 * element's language with its qualifier ("More than 1,000"), label and optional source.
 *
 * @summary Key figures from a `stats` feed section, localised, responsive, optionally counted up.
 * @tagname ct-stats
 *
 * @slot empty - Replaces the message shown when the feed has no figures.
 *
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart list - The grid of figures.
 * @csspart figure - One figure.
 * @csspart value - The number with its qualifier.
 * @csspart label - What the number counts.
 * @csspart source - Source and date of a figure.
 *
 * @cssprop [--ct-stats-min-column=11em] - Narrowest column of the grid before figures wrap to fewer columns.
 * @cssprop [--ct-stats-value-size=2.25em] - Font size of the numbers.
 * @cssprop [--ct-stats-value-color] - Colour of the numbers (defaults to the accent token).
 * @cssprop [--ct-stats-figure-background] - Background of each figure.
 *
 */
export class CtStats extends CtFeedElement<'stats'> {
  static override properties: PropertyDeclarations = {
    notation: { reflect: true },
    countUp: { type: Boolean, reflect: true, attribute: 'count-up' },
  };

  static override styles = [...CtFeedElement.styles, sectionHeaderStyles, statsStyles];

  /** @internal */
  readonly feedSection = 'stats';

  /** `compact` writes 1,000 as "1K" (as the language does); `standard` writes every digit. */
  notation: StatsNotation = 'standard';

  /** Counts the figures up when they scroll into view. Ignored under `prefers-reduced-motion`. */
  countUp = false;


  #counter = new CountUpController(this, () => this.countUp);

  /** @internal */
  protected isEmpty(data: StatsSection): boolean {
    return data.figures.length === 0;
  }

  /** @internal */
  protected emptyMessage(): string {
    return msg('No figures have been published yet.');
  }

  protected override updated(): void {
    if (this.feed.data && !this.isEmpty(this.feed.data)) this.#counter.arm();
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    // The ready layout with filler of typical length (a title, a two-line intro, six figures with a label
    // of ~40 characters, the first with its source and date): about as tall as the figures, at any width.
    return html`<div class="placeholder" aria-hidden="true">
      <div class="title">${filler(24)}</div>
      <p class="description">${filler(95)}</p>
      <ul class="list" role="presentation">
        ${[0, 1, 2, 3, 4, 5, 6].map(
          (index) => html`<li class="figure">
            <span class="value">${filler(3)}</span><span class="label">${filler(40)}</span>${index === 0
              ? html`<span class="source"><span>${filler(19)}</span><span>${filler(12)}</span></span>`
              : nothing}
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** @internal */
  protected renderReady(data: StatsSection): TemplateResult {
    const lang = this.contentLang;
    const level = this.headingLevelBelow();
    return html`
      ${renderSectionHeader(data.title, data.description, lang, level)}
      <ul part="list" class="list" role="list">
        ${data.figures.map((figure) => this.#renderFigure(figure, lang))}
      </ul>
    `;
  }

  #renderFigure(figure: StatsFigure, lang: string): TemplateResult {
    const format = numberFormat(lang, this.notation === 'compact' ? { notation: 'compact' } : {});
    const final = qualifyNumber(format.format(figure.value), figure.qualifier, lang);
    // While counting, the eye sees the ticking digits and assistive technology the final value, once.
    const value = this.#counter.running
      ? html`<span aria-hidden="true">${qualifyNumber(format.format(this.#counter.value(figure.value)), figure.qualifier, lang)}</span
          ><span class="visually-hidden">${final}</span>`
      : final;
    return html`<li part="figure" class="figure">
      <data part="value" class="value" value=${figure.value}>${value}</data>
      <span part="label" class="label">${renderText(figure.label, lang)}</span>
      ${figure.source || figure.date ? this.#renderSource(figure, lang) : nothing}
    </li>`;
  }

  #renderSource(figure: StatsFigure, lang: string): TemplateResult {
    const source = figure.source ? renderText(figure.source, lang) : nothing;
    const linked = figure.source && figure.sourceUrl && isSafeUrl(figure.sourceUrl)
      ? html`<a href=${figure.sourceUrl} rel="noopener noreferrer">${source}</a>`
      : source;
    // Source and date sit side by side without punctuation, which would differ per language (", " / "، ").
    return html`<span part="source" class="source">
      ${figure.source ? html`<span>${linked}</span>` : nothing}${figure.date
        ? html`<time datetime=${figure.date}>${formatIsoDate(figure.date, lang)}</time>`
        : nothing}
    </span>`;
  }
}
