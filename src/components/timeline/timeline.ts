import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ClockController } from '../../core/time/clock.js';
import { formatDateRange } from '../../core/i18n/date-range.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { sectionHeaderStyles } from '../../core/styles/section-header.styles.js';
import { renderParagraph, renderText } from '../../core/render/text.js';
import { renderSectionHeader } from '../../core/element/section-header.js';
import { isSafeUrl } from '../../core/security/safe-url.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import type { Milestone, TimelineSection } from '../../feeds/timeline.js';
import { milestoneStatus, nextStatusChange, sortMilestones, todayIn, type MilestoneStatus } from './milestone-status.js';
import { timelineStyles } from './timeline.styles.js';

export const TIMELINE_LAYOUTS = ['auto', 'vertical'] as const;
export type TimelineLayout = (typeof TIMELINE_LAYOUTS)[number];

/**
 * Milestones in date order: what led to an event, the event, and what follows it. Dates may be a year,
 * a month, a day or a range of any of these, written in the element's language. Each milestone is marked
 * past, current or to come — in words for screen readers and by the shape of its marker, not only by
 * colour — relative to `now` (the real clock when unset), and the marks move on their own as days pass.
 *
 * The list runs down the page in a narrow container and across it where the element has room (a container
 * query on its own width, so a sidebar and a full-width band each get the right one).
 *
 * @summary Dated milestones from a `timeline` feed section, past/current/future, vertical or horizontal.
 * @tagname ct-timeline
 *
 * @slot empty - Replaces the message shown when the feed has no milestones.
 *
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart list - The ordered list of milestones.
 * @csspart milestone - One milestone; also `milestone-past`, `milestone-current` or `milestone-future`.
 * @csspart marker - The dot on the line.
 * @csspart date - The date or range.
 * @csspart state - The words "Past", "Now" or "Upcoming" (visible for the current milestone only).
 * @csspart heading - The milestone's title.
 * @csspart milestone-description - The milestone's text.
 *
 * @cssprop [--ct-timeline-line-color] - The line joining the milestones (defaults to the border token).
 * @cssprop [--ct-timeline-marker-size=1em] - Diameter of the markers.
 * @cssprop [--ct-timeline-current-color] - Colour of the current milestone's marker and label (defaults to the accent).
 *
 */
export class CtTimeline extends CtFeedElement<'timeline'> {
  static override properties: PropertyDeclarations = {
    now: { reflect: true },
    layout: { reflect: true },
  };

  static override styles = [...CtFeedElement.styles, sectionHeaderStyles, timelineStyles];

  /** @internal */
  readonly feedSection = 'timeline';

  /** The time the marks are relative to (ISO 8601); unset uses the clock. For previews, stories and tests. */
  now: string | undefined;

  /** `auto` runs across the page when the element is at least 60em wide; `vertical` always runs down. */
  layout: TimelineLayout = 'auto';


  #clock: ClockController = new ClockController(this, {
    nextChange: (): number | undefined => {
      const data = this.feed.data;
      return data ? nextStatusChange(data.milestones, data.timeZone, this.#clock.value) : undefined;
    },
  });

  /** @internal */
  protected isEmpty(data: TimelineSection): boolean {
    return data.milestones.length === 0;
  }

  /** @internal */
  protected emptyMessage(): string {
    return msg('No milestones have been published yet.');
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    return html`<ol class="list placeholder" role="presentation">
      ${[0, 1, 2, 3].map(() => html`<li class="milestone"><span class="marker"></span><span class="body">&nbsp;</span></li>`)}
    </ol>`;
  }

  /** @internal */
  protected renderReady(data: TimelineSection): TemplateResult {
    const lang = this.contentLang;
    const level = this.headingLevelBelow();
    const today = todayIn(data.timeZone, this.#clock.value);
    return html`
      ${renderSectionHeader(data.title, data.description, lang, level)}
      <ol part="list" class="list" role="list">
        ${sortMilestones(data.milestones).map((item) =>
          this.#renderMilestone(item, milestoneStatus(item, today), this.headingLevelBelow(1), lang),
        )}
      </ol>
    `;
  }

  #renderMilestone(item: Milestone, status: MilestoneStatus, level: number, lang: string): TemplateResult {
    const date = formatDateRange(item.date, item.endDate, lang);
    const single = !item.endDate || item.endDate === item.date;
    const title = renderText(item.title, lang);
    return html`<li
      part="milestone milestone-${status}"
      class="milestone"
      data-status=${status}
      id=${ifDefined(item.id ? `milestone-${item.id}` : undefined)}
      aria-current=${ifDefined(status === 'current' ? 'step' : undefined)}
    >
      <span part="marker" class="marker" aria-hidden="true"></span>
      <div class="body">
        ${single
          ? html`<time part="date" class="date" datetime=${item.date}>${date}</time>`
          : html`<span part="date" class="date" data-start=${item.date} data-end=${ifDefined(item.endDate)}>${date}</span>`}
        <span part="state" class=${status === 'current' ? 'state' : 'state visually-hidden'} lang=${currentUiLocale().lang} dir=${currentUiLocale().dir}>${stateLabel(status)}</span>
        <div part="heading" class="heading" role="heading" aria-level=${level}>
          ${item.url && isSafeUrl(item.url) ? html`<a href=${item.url}>${title}</a>` : title}
        </div>
        ${item.description ? renderParagraph(item.description, lang, 'milestone-description', 'text') : nothing}
      </div>
    </li>`;
  }
}

function stateLabel(status: MilestoneStatus): string {
  switch (status) {
    case 'past':
      return msg('Past');
    case 'current':
      return msg('Now');
    case 'future':
      return msg('Upcoming');
  }
}
