import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg, str } from '@lit/localize';
import { ClockController } from '../../core/time/clock.js';
import { formatDateRange } from '../../core/i18n/date-range.js';
import { formatRelativeTime } from '../../core/i18n/intl.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { filler } from '../../core/element/feed-states.js';
import { renderParagraph, renderText } from '../../core/render/text.js';
import { baseLanguage, directionOf } from '../../core/i18n/language-tag.js';
import type { LocalizedText } from '../../core/i18n/localized-text.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import { CtExportEvent } from '../../core/element/user-events.js';
import type { EventSection } from '../../feeds/event.js';
import { countdown, countdownTick, eventTiming, type EventStatus } from './event-status.js';
import { eventHeaderStyles } from './event-header.styles.js';

/**
 * The head of a conference page: edition, name, theme, dates in the element's language, venue and
 * organiser, and where the event stands — upcoming with a countdown, live now, or ended with a link to
 * its outcome — plus a calendar file for the whole event.
 *
 * The status changes on its own at the start and end of the event (in the event's time zone). The
 * countdown is plain text: it is not a live region, so screen readers read it when the reader gets there
 * and are never interrupted by it; it updates at most once a minute, and not at all under
 * `prefers-reduced-motion`. Set `now` to show the header as at another time.
 *
 * @summary Conference title, dates, venue and a self-updating status from the `event` feed section.
 * @tagname ct-event-header
 *
 * @slot empty - Not used: a valid `event` section always has a name and dates.
 * @slot actions - Extra actions (a registration link, say), after the calendar button.
 *
 * @csspart edition - The edition ("Third edition").
 * @csspart title - The event name.
 * @csspart theme - The theme.
 * @csspart details - The list of dates, venue and organiser.
 * @csspart dates - The dates.
 * @csspart venue - Venue and city.
 * @csspart organizer - The organiser.
 * @csspart status - The status badge; `data-status` holds `upcoming`, `live`, `ended`, `postponed` or `cancelled`.
 * @csspart countdown - Time left before the start.
 * @csspart actions - The row of links and buttons.
 * @csspart calendar-button - "Add to calendar".
 * @csspart outcome-link - The link to the outcome, once ended.
 * @csspart website-link - The event's website.
 * @csspart hashtag - The hashtag.
 *
 * @cssprop [--ct-event-header-background] - Background of the header band.
 * @cssprop [--ct-event-header-title-size=2em] - Font size of the event name.
 * @cssprop [--ct-event-header-live-color] - Colour of the "live now" badge.
 *
 * @fires {CtExportEvent} ct-export - The reader downloaded the event's calendar file ("Add to calendar"). `event.detail`: `{scope: 'event', fileName, sessions: []}`.
 */
export class CtEventHeader extends CtFeedElement<'event'> {
  static override properties: PropertyDeclarations = {
    now: { reflect: true },
    noCalendar: { type: Boolean, attribute: 'no-calendar' },
  };

  static override styles = [...CtFeedElement.styles, eventHeaderStyles];

  /** @internal */
  readonly feedSection = 'event';

  /**
   * The time to show the header at (ISO 8601, e.g. `2023-06-19T12:00:00-04:00`); unset uses the clock.
   * For previews, stories and tests.
   */
  now: string | undefined;

  /** Level of the title heading (1–6): 1 by default, as the header is usually the page's main title. */
  override headingLevel = 1;

  /** @internal */
  protected override readonly defaultHeadingLevel = 1;

  /** Hides the "Add to calendar" button. */
  noCalendar = false;

  #clock: ClockController = new ClockController(this, {
    nextChange: (): number | undefined => (this.feed.data ? eventTiming(this.feed.data, this.#clock.value).nextChange : undefined),
    tickMs: (): number => {
      const data = this.feed.data;
      if (!data) return 0;
      const timing = eventTiming(data, this.#clock.value);
      return timing.status === 'upcoming' ? countdownTick(timing.start, this.#clock.value) : 0;
    },
  });

  /** The status shown now (`undefined` before data arrives). */
  get status(): EventStatus | undefined {
    return this.feed.data ? eventTiming(this.feed.data, this.#clock.value).status : undefined;
  }

  /** @internal */
  protected isEmpty(): boolean {
    return false;
  }

  /** @internal */
  protected emptyMessage(): string {
    return '';
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    // The ready layout with filler of typical length (an edition, a status, a 90-character name, a theme,
    // three details and two buttons): as tall as the header that replaces it, at any width.
    return html`<div class="header placeholder" aria-hidden="true">
      <div class="eyebrow"><p class="edition">${filler(13)}</p><p class="status">${filler(5)}</p></div>
      <div class="title">${filler(95)}</div>
      <p class="theme">${filler(90)}</p>
      <dl class="details">
        ${[13, 36, 50].map((length) => html`<div><dt>${filler(6)}</dt><dd>${filler(length)}</dd></div>`)}
      </dl>
      <div class="actions"><span class="button">${filler(17)}</span><span class="button">${filler(13)}</span></div>
    </div>`;
  }

  /** @internal */
  protected renderReady(event: EventSection): TemplateResult {
    const lang = this.contentLang;
    const now = this.#clock.value;
    const timing = eventTiming(event, now);
    const ui = currentUiLocale();
    return html`<div class="header" data-status=${timing.status}>
      <div class="eyebrow">
        ${event.edition
          ? html`<p part="edition" class="edition">${renderText(event.edition, lang)}</p>`
          : nothing}
        <p part="status" class="status" data-status=${timing.status} role="status" lang=${ui.lang} dir=${ui.dir}>
          ${statusLabel(timing.status)}
        </p>
        ${timing.status === 'upcoming' ? this.#renderCountdown(timing.start, now, ui.lang) : nothing}
      </div>
      <div part="title" class="title" role="heading" aria-level=${this.headingLevelBelow()}>
        ${renderText(event.name, lang)}
      </div>
      ${event.theme ? renderParagraph(event.theme, lang, 'theme', 'theme') : nothing}
      <dl part="details" class="details">
        <div>
          <dt lang=${ui.lang} dir=${ui.dir}>${msg('Dates')}</dt>
          <dd part="dates">${this.#renderDates(event, lang)}</dd>
        </div>
        ${event.venue || event.city
          ? html`<div>
              <dt lang=${ui.lang} dir=${ui.dir}>${msg('Venue')}</dt>
              <dd part="venue">${joinPlace([event.venue, event.city], lang)}</dd>
            </div>`
          : nothing}
        ${event.organizer
          ? html`<div>
              <dt lang=${ui.lang} dir=${ui.dir}>${msg('Organizer')}</dt>
              <dd part="organizer">${renderText(event.organizer, lang)}</dd>
            </div>`
          : nothing}
      </dl>
      <div part="actions" class="actions">
        ${timing.status === 'ended' && event.outcomeUrl && isSafeUrl(event.outcomeUrl)
          ? html`<a part="outcome-link" class="button primary" href=${event.outcomeUrl} lang=${ui.lang} dir=${ui.dir}>${msg('Read the outcome')}</a>`
          : nothing}
        ${!this.noCalendar && (timing.status === 'upcoming' || timing.status === 'live')
          ? html`<button part="calendar-button" type="button" lang=${ui.lang} dir=${ui.dir} @click=${() => this.#downloadCalendar(event, lang)}>
              ${msg('Add to calendar')}
            </button>`
          : nothing}
        ${event.url && isSafeUrl(event.url)
          ? html`<a part="website-link" class="button" href=${event.url} lang=${ui.lang} dir=${ui.dir}>${msg('Event website')}</a>`
          : nothing}
        ${event.hashtag ? html`<span part="hashtag" class="hashtag" lang="en" dir="ltr">${event.hashtag}</span>` : nothing}
        <slot name="actions"></slot>
      </div>
    </div>`;
  }

  #renderDates(event: EventSection, lang: string): TemplateResult {
    const text = formatDateRange(event.startDate, event.endDate, lang);
    // A single day is a <time>; a range is not a valid `datetime`, so its two ends are given as data.
    return event.startDate === event.endDate
      ? html`<time datetime=${event.startDate}>${text}</time>`
      : html`<span data-start=${event.startDate} data-end=${event.endDate}>${text}</span>`;
  }

  #renderCountdown(start: number, now: number, uiLang: string): TemplateResult {
    const left = countdown(start, now);
    const phrase = formatRelativeTime(left.value, left.unit, uiLang);
    // Deliberately not a live region: announcing every change would interrupt the reader each minute.
    return html`<p part="countdown" class="countdown" lang=${uiLang} dir=${directionOf(uiLang)}>
      <time datetime=${left.duration}>${msg(str`Starts ${phrase}`)}</time>
    </p>`;
  }

  async #downloadCalendar(event: EventSection, lang: string): Promise<void> {
    // Both load on first use, like the agenda's export: most readers never add the event to a calendar.
    const [{ eventToICalendar, calendarFileName }, { downloadText }] = await Promise.all([
      import('./event-calendar.js'),
      import('../../core/render/ics.js'),
    ]);
    const fileName = calendarFileName(event);
    this.dispatchEvent(new CtExportEvent({ scope: 'event', fileName, sessions: [] }));
    downloadText(fileName, eventToICalendar(event, lang));
  }
}

function statusLabel(status: EventStatus): string {
  switch (status) {
    case 'upcoming':
      return msg('Upcoming');
    case 'live':
      return msg('Live now');
    case 'ended':
      return msg('Ended');
    case 'postponed':
      return msg('Postponed');
    case 'cancelled':
      return msg('Cancelled');
  }
}

/**
 * "United Nations Headquarters, New York": a place is written with the language's comma (Arabic "، ",
 * Chinese "，"); `Intl.ListFormat` would join with "and" in Arabic, which reads as two places.
 */
function joinPlace(values: (LocalizedText | undefined)[], lang: string): TemplateResult {
  const comma = { ar: '، ', zh: '，' }[baseLanguage(lang)] ?? ', ';
  const present = values.filter((value): value is LocalizedText => value !== undefined);
  return html`${present.map((value, i) => html`${i ? comma : ''}${renderText(value, lang)}`)}`;
}
