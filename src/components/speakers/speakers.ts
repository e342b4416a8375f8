import { html, nothing, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { repeat } from 'lit/directives/repeat.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { sectionHeaderStyles } from '../../core/styles/section-header.styles.js';
import { resolveLocalizedText } from '../../core/i18n/localized-text.js';
import { initials, speakerRoleLabel } from '../../core/i18n/person-names.js';
import { renderText } from '../../core/render/text.js';
import { renderSectionHeader } from '../../core/element/section-header.js';
import { WEB_SCHEMES, isSafeUrl, safePageUrl } from '../../core/security/safe-url.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import { CtFilterChangeEvent } from '../../core/element/user-events.js';
import type { Person, SpeakersSection } from '../../feeds/speakers.js';
import { SPEAKER_ROLES, type SpeakerRole } from '../../feeds/speaker-roles.js';
import { speakersStyles } from './speakers.styles.js';

export const SPEAKERS_LAYOUTS = ['grid', 'list'] as const;
export type SpeakersLayout = (typeof SPEAKERS_LAYOUTS)[number];
export const SPEAKERS_FILTERS = ['all', ...SPEAKER_ROLES] as const;
export type SpeakersFilter = (typeof SPEAKERS_FILTERS)[number];

/** The filters of `<ct-speakers>`: the `filters` of its `ct-filter-change` event. */
export type SpeakersFilterValues = {
  filter: SpeakersFilter;
};

/**
 * The people of a programme: name, function, organisation and role at the event (chair, moderator,
 * speaker), with a photo (its description is required by the feed) or their initials, and links to their
 * sessions in a `<ct-agenda>` on the same page (`#session-<id>`, the agenda's own deep links).
 *
 * Chairs come first, then moderators, then speakers; within a role the feed's order is kept. Readers can
 * narrow the list by role with the buttons above it; `filter` sets the starting choice.
 *
 * @summary People from a `speakers` feed section, as a grid of cards or a compact list, filterable by role.
 * @tagname ct-speakers
 *
 * @slot empty - Replaces the message shown when the feed has no people.
 *
 * @csspart title - The section title.
 * @csspart description - The text under the title.
 * @csspart filters - The group of role filter buttons.
 * @csspart filter-button - One filter button (`aria-pressed` marks the chosen one).
 * @csspart list - The list of people.
 * @csspart person - One person; also `person-chair`, `person-moderator` or `person-speaker`.
 * @csspart photo - The portrait.
 * @csspart initials - The initials shown when there is no portrait.
 * @csspart name - The person's name.
 * @csspart role - Their role at the event.
 * @csspart job-title - Their function.
 * @csspart organization - Their organisation.
 * @csspart sessions - The list of their sessions.
 * @csspart session-link - A link to one session in the agenda.
 *
 * @cssprop [--ct-speakers-min-column=15em] - Narrowest card in the grid before cards wrap to fewer columns.
 * @cssprop [--ct-speakers-photo-size=4.5em] - Size of portraits and initials in the grid (half in the list).
 * @cssprop [--ct-speakers-card-background] - Background of each card.
 *
 * @fires {CtFilterChangeEvent<SpeakersFilterValues>} ct-filter-change - The reader chose a role with the filter buttons. `event.detail.filters`: `{filter}`.
 */
export class CtSpeakers extends CtFeedElement<'speakers'> {
  static override properties: PropertyDeclarations = {
    layout: { reflect: true },
    filter: { reflect: true },
    noFilter: { type: Boolean, attribute: 'no-filter' },
    agendaHref: { attribute: 'agenda-href' },
  };

  static override styles = [...CtFeedElement.styles, sectionHeaderStyles, speakersStyles];

  /** @internal */
  readonly feedSection = 'speakers';

  /** `grid`: cards with portraits; `list`: one compact line per person. */
  layout: SpeakersLayout = 'grid';

  /** Which role to show: `all`, `chair`, `moderator` or `speaker`. The filter buttons change it. */
  filter: SpeakersFilter = 'all';

  /** Hides the role filter buttons. */
  noFilter = false;

  /**
   * Address of the page holding the `<ct-agenda>`, when it is not this one: relative, http: or https:.
   * Session links are `${agendaHref}#session-<id>`; with any other URL (`javascript:`) titles are not links.
   */
  agendaHref = '';


  /** @internal */
  protected isEmpty(data: SpeakersSection): boolean {
    return data.people.length === 0;
  }

  /** @internal */
  protected emptyMessage(): string {
    return msg('No speakers have been announced yet.');
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    return html`<ul class="list placeholder" role="presentation">
      ${[0, 1, 2].map(() => html`<li class="person"><span class="initials"></span><span class="body">&nbsp;</span></li>`)}
    </ul>`;
  }

  /** @internal */
  protected renderReady(data: SpeakersSection): TemplateResult {
    const lang = this.contentLang;
    const level = this.headingLevelBelow();
    const order = (role: SpeakerRole) => SPEAKER_ROLES.indexOf(role);
    const people = data.people
      .map((person, index) => ({ person, index }))
      .sort((a, b) => order(a.person.role) - order(b.person.role) || a.index - b.index);
    const roles = SPEAKER_ROLES.filter((role) => data.people.some((person) => person.role === role));
    const shown = people.filter(({ person }) => this.filter === 'all' || person.role === this.filter);
    return html`
      ${renderSectionHeader(data.title, data.description, lang, level)}
      ${!this.noFilter && roles.length > 1 ? this.#renderFilters(roles) : nothing}
      <ul part="list" class="list" role="list">
        ${repeat(
          shown,
          ({ person, index }) => person.id ?? index,
          ({ person }) => this.#renderPerson(person, this.headingLevelBelow(1), lang),
        )}
      </ul>
      ${shown.length === 0 ? html`<p class="none">${msg('No one in this role.')}</p>` : nothing}
    `;
  }

  #renderFilters(roles: SpeakerRole[]): TemplateResult {
    const ui = currentUiLocale();
    const choices: SpeakersFilter[] = ['all', ...roles];
    return html`<div part="filters" class="filters" role="group" aria-label=${msg('Show')} lang=${ui.lang} dir=${ui.dir}>
      ${choices.map(
        (choice) => html`<button
          part="filter-button"
          type="button"
          aria-pressed=${this.filter === choice ? 'true' : 'false'}
          @click=${() => this.#choose(choice)}
        >
          ${filterLabel(choice)}
        </button>`,
      )}
    </div>`;
  }

  #choose(filter: SpeakersFilter) {
    if (filter === this.filter) return;
    this.filter = filter;
    this.dispatchEvent(new CtFilterChangeEvent<SpeakersFilterValues>({ filters: { filter } }));
  }

  #renderPerson(person: Person, level: number, lang: string): TemplateResult {
    const name = resolveLocalizedText(person.name, lang)?.text ?? '';
    const ui = currentUiLocale();
    const photo = person.photo && isSafeUrl(person.photo.src) ? person.photo : undefined;
    // The page's agenda-href passes the rule feed links pass; a refused one leaves the titles unlinked.
    const agenda = this.agendaHref ? safePageUrl(this.agendaHref, WEB_SCHEMES) : '';
    return html`<li part="person person-${person.role}" class="person" data-role=${person.role}>
      ${photo
        ? html`<img
            part="photo"
            class="photo"
            src=${photo.src}
            alt=${resolveLocalizedText(photo.alt, lang)?.text ?? ''}
            loading="lazy"
            decoding="async"
          />`
        : html`<span part="initials" class="initials" aria-hidden="true" dir="auto">${initials(name, lang)}</span>`}
      <div class="body">
        <div part="name" class="name" role="heading" aria-level=${level}>${renderText(person.name, lang)}</div>
        <p part="role" class="role" data-role=${person.role} lang=${ui.lang} dir=${ui.dir}>${speakerRoleLabel(person.role, name)}</p>
        ${person.title ? html`<p part="job-title" class="job-title">${renderText(person.title, lang)}</p>` : nothing}
        ${person.organization ? html`<p part="organization" class="organization">${renderText(person.organization, lang)}</p>` : nothing}
        ${person.sessions?.length
          ? html`<ul part="sessions" class="sessions" role="list" aria-label=${msg('Sessions')}>
              ${person.sessions.map(
                (session) => html`<li>
                  ${agenda === undefined
                    ? renderText(session.title, lang)
                    : html`<a part="session-link" href="${agenda}#session-${session.id}">${renderText(session.title, lang)}</a>`}
                </li>`,
              )}
            </ul>`
          : nothing}
      </div>
    </li>`;
  }
}


function filterLabel(filter: SpeakersFilter): string {
  switch (filter) {
    case 'all':
      return msg('All');
    case 'chair':
      return msg('Chairs');
    case 'moderator':
      return msg('Moderators');
    case 'speaker':
      return msg('Speakers');
  }
}
