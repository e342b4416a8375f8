import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { localized, msg } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ClockController } from '../../core/time/clock.js';
import { controlStyles } from '../../core/styles/control.styles.js';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { sessionsShownText } from '../../core/i18n/counts.js';
import { renderText } from '../../core/render/text.js';
import { uiMark } from '../../core/render/ui-text.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import { isKnownTimeZone, viewerTimeZone } from '../../core/time/zoned-time.js';
import type { AgendaSection } from '../../feeds/agenda.js';
import type { FeedWith } from '../../feeds/documents.js';
import { applyFilters, filtersToHash, readAgendaHash, type AgendaFilters, type AgendaView } from './agenda-filters.js';
import { renderDay } from './agenda-day.js';
import { moveDayTab, selectedTabId } from './agenda-days.js';
import { downloadSessions } from './agenda-export.js';
import { adaptAgendaFeed, agendaBodyType } from './agenda-formats.js';
import { renderAgendaJsonLd } from './agenda-json-ld.js';
import { buildAgendaModel, type AgendaModel, type SessionView } from './agenda-model.js';
import type { SessionAction } from './agenda-session.js';
import { effectiveFilters } from './agenda-state.js';
import { agendaStyles } from './agenda.styles.js';
import { renderToolbar } from './agenda-toolbar.js';
import { UnmatchedCards } from './card-visibility.js';
import { ChunkSettler } from './chunk-settler.js';
import { Favourites, favouritesKey } from './favourites.js';
import { gridPlacements } from './grid-layout.js';
import { LastResult } from './last-result.js';
import { LiveMarkers, type Marker } from './live-markers.js';
import { SessionSlices, SlicePacer } from './session-slices.js';

export { nowAndNext } from './live-markers.js';

/**
 * What `<ct-agenda>` takes as `.data`: a feed of ours with an `agenda` section, a frab/c3voc schedule
 * export (what pretalx and frab write; recognised by `schedule.conference`) or iCalendar text. The two
 * foreign formats are checked when they are read, like a fetched file.
 */
export type AgendaData = FeedWith<'agenda'> | { schedule: { conference: object } } | string;

/**
 * The conference programme: days, sessions, rooms and tracks, with filters and search kept in the URL,
 * event or viewer time zone, live now/next markers, a personal agenda and calendar export.
 *
 * @summary Conference programme from an `agenda` feed section: list or room grid, filters, deep links, .ics.
 * @tagname ct-agenda
 *
 * @slot empty - Replaces the message shown when the feed has no sessions.
 *
 * @csspart title - The agenda title.
 * @csspart toolbar - Day tabs, filters and display choices.
 * @csspart days - The day tabs.
 * @csspart weeks - In a programme of more than 14 days: the week menu with previous and next week, before the day tabs of the week.
 * @csspart week-previous - The "Previous week" button.
 * @csspart week-next - The "Next week" button.
 * @csspart filters - Search and the filter menus.
 * @csspart mine-toggle - The "My agenda" switch.
 * @csspart jump-to-now - The button that scrolls to what is on now.
 * @csspart clear-filters - Removes every filter.
 * @csspart summary - How many sessions are shown.
 * @csspart day - One day of sessions.
 * @csspart session - A session card (also `session-now`, `session-next`, `session-highlighted`).
 * @csspart now-marker - The "Now" badge.
 * @csspart next-marker - The "Next" badge.
 * @csspart favourite-button - Adds a session to the personal agenda.
 * @csspart details - The expanded details of a session.
 * @csspart description - A session’s description, in its details.
 * @csspart no-results - Shown when the filters leave nothing.
 * @csspart room - Room name of a session.
 * @csspart track - Track name of a session.
 *
 * @cssprop [--ct-agenda-now-color] - Colour of the "Now" marker.
 *
 */
@localized()
export class CtAgenda extends CtFeedElement<'agenda', AgendaData> {
  static override styles = [...CtFeedElement.styles, controlStyles, agendaStyles];

  /** @internal */
  readonly feedSection = 'agenda';

  /** Shows times in this IANA zone instead of the feed's event zone. */
  @property({ attribute: 'time-zone' }) timeZone: string | undefined;

  /** The viewer's zone for "My time"; defaults to the browser's. */
  @property({ attribute: 'viewer-time-zone' }) viewerTimeZone: string | undefined;

  /** Pins "now" (an ISO date-time) for previews and tests; unset follows the real clock. */
  @property() now: string | undefined;

  /** Layout when the URL does not say: `list`, or `grid` with rooms as columns. */
  @property({ reflect: true }) view: AgendaView = 'list';

  /** Do not read or write filters in the URL hash (for a second agenda on one page). */
  @property({ type: Boolean, attribute: 'no-url-state' }) noUrlState = false;

  /** Key under which the personal agenda is stored; defaults to one per feed URL. */
  @property({ attribute: 'storage-key' }) storageKey: string | undefined;

  /**
   * Feed format: `auto` reads a `src` ending in `.ics` as iCalendar, recognises frab/c3voc schedule JSON
   * (what pretalx and frab export) by its `schedule.conference`, and reads anything else as a ct-widgets
   * feed; `ct`, `frab` or `ical` force one.
   */
  @property() format: 'auto' | 'ct' | 'frab' | 'ical' = 'auto';

  /** Emits schema.org Event JSON-LD for the programme into the light DOM, for search engines. */
  @property({ type: Boolean, attribute: 'json-ld' }) jsonLd = false;

  /** What the URL or the viewer asked for; what is applied is `#effective`, checked against the programme. @internal */
  @state() protected filters: AgendaFilters = {};
  /** @internal */
  @state() protected openIds: ReadonlySet<string> = new Set();
  /** @internal */
  @state() protected highlightedId: string | undefined;

  /** Re-renders at the next session start or end, so the now/next markers move on their own. */
  #clock = new ClockController(this, { nextChange: (): number | undefined => this.#live.nextBoundary(this.#model.last?.sessions, this.#clock.value) });
  #favourites: Favourites | undefined;
  /** Bumped when the personal agenda changes, so "my agenda" filtering is redone. */
  #favouritesVersion = 0;
  #pendingFocus: string | undefined;
  // Derived values, each kept while its inputs stay the same (see LastResult): rebuilt only when the data,
  // language or zone change, not on every clock tick, slice or keystroke.
  #model = new LastResult(buildAgendaModel);
  /** The filters asked for, checked against the programme (agenda-state.ts); one warning per change. */
  #effective = new LastResult((asked: AgendaFilters, model: AgendaModel) => {
    const { filters, ignored } = effectiveFilters(asked, model);
    if (ignored.length > 0) console.warn(`<ct-agenda>: not in this programme, so not applied: ${ignored.join(', ')}`);
    return filters;
  });
  /** The matches. The personal agenda is an input only under "my agenda": elsewhere a star must not rebuild the list. */
  #shown = new LastResult((model: AgendaModel, filters: AgendaFilters, _favouritesVersion: number): readonly SessionView[] => {
    const favourites = this.#favourites!;
    const list = applyFilters(model.sessions, filters, (id) => favourites.has(id));
    // Typing on in the search box often leaves the same matches ("work" → "works"): keep the list, and
    // with it the rendered cards, instead of throwing them away and rendering them all again.
    const previous = this.#shown.last;
    return previous?.length === list.length && previous.every((view, i) => view === list[i]) ? previous : list;
  });
  /** The sessions of the chosen day or week (all days if none): what the list renders, filtered or not. */
  #dayList = new LastResult((model: AgendaModel, day: string | undefined, week: string | undefined) =>
    day || week ? applyFilters(model.sessions, { day, week }, () => false) : model.sessions,
  );
  #grid = new LastResult(gridPlacements);
  /** Serialising the whole programme is costly on large feeds: only when the data or language change. */
  #jsonLdWritten = new LastResult((data: AgendaSection, lang: string) => renderAgendaJsonLd(this, data, lang));
  #live = new LiveMarkers();
  /** The current list, grouped and cut into chunks, and how much of it is rendered so far. */
  #slices = new SessionSlices([]);
  #pacer = new SlicePacer();
  #settler = new ChunkSettler(this);
  #unmatched = new UnmatchedCards();
  /** The matches the cards were last shown and hidden for. */
  #matches: readonly SessionView[] | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('hashchange', this.#readHash);
    window.addEventListener('beforeprint', this.#renderAll);
    this.#readHash();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#readHash);
    window.removeEventListener('beforeprint', this.#renderAll);
    this.#pacer.stop();
    this.#settler.stop();
  }

  /** Printing shows the whole filtered view, even if slices are still arriving. */
  #renderAll = () => {
    this.#slices.showAll();
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('storageKey') || changed.has('src') || !this.#favourites) {
      this.#favourites = new Favourites(favouritesKey(this.storageKey, this.src));
      this.#favouritesVersion += 1; // another personal agenda: "my agenda" must be filtered again
    }
  }

  /** Times each update, so the next slice of a long list is sized to what rendering costs here. */
  override update(changed: PropertyValues<this>): void {
    this.#pacer.timed(this.#slices, () => super.update(changed));
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    // Other matches: hiding and showing cards costs the chunks on screen, not a layout of every card.
    const matches = this.#shown.last;
    if (this.#matches && matches !== this.#matches) this.#settler.unsettle(this.renderRoot);
    this.#matches = matches;
    if (!this.#pacer.next(this.#slices, () => this.requestUpdate()) && this.renderRoot.querySelector('#sessions.list')) {
      // Every card is in the DOM: now lay out the rest. (In the grid, chunks are no boxes: nothing to do.)
      this.#settler.settle(this.renderRoot);
    }
    this.#unmatched.update(this.renderRoot, this.#shown.last, this.#slices.list);
    if (this.#pendingFocus && this.feed.data) this.#revealSession(this.#pendingFocus);
    if (this.jsonLd && this.feed.data) this.#jsonLdWritten.get(this.feed.data, this.contentLang);
    else this.#jsonLdWritten.reset(); // switched on again later: written again
  }

  /** @internal */
  protected override readonly feedProperties = ['format'];

  /** @internal */
  protected override get feedBodyType(): 'json' | 'text' {
    return agendaBodyType(this.src, this.format);
  }

  /** @internal */
  adaptFeed(json: unknown, url: string | undefined): unknown {
    return adaptAgendaFeed(json, url, this.format);
  }

  /** @internal */
  protected isEmpty(data: AgendaSection): boolean {
    return data.sessions.length === 0;
  }

  /** @internal */
  protected emptyMessage(): string {
    return msg('No sessions have been published yet.');
  }

  /** @internal */
  protected renderPlaceholder(): TemplateResult {
    return html`<div class="placeholder"><div></div><div></div><div></div></div>`;
  }

  /** @internal */
  protected renderReady(data: AgendaSection): TemplateResult {
    const lang = this.contentLang;
    const { eventZone, viewerZone, zone } = this.#zones(data);
    const model = this.#model.get(data, lang, zone);
    const filters = this.#effective.get(this.filters, model);
    const favourites = this.#favourites!;
    const shown = this.#shown.get(model, filters, filters.mine ? this.#favouritesVersion : 0);
    const now = this.#clock.value;
    const markers = this.#live.markersFor(shown, model.sessions, now);
    const lastEnd = model.lastEnd;
    const live = model.sessions.length > 0 && now >= model.sessions[0]!.start - 86_400_000 && now < lastEnd;
    const level = this.headingLevelBelow();
    // UI strings (and the numbers inside them) in the UI language, marked when the content is in another.
    const ui = uiMark(lang);
    const uiLang = currentUiLocale().lang;
    // The URL's choice wins over the `view` attribute, which is the page author's default.
    const view = filters.view ?? this.view;
    const grid = view === 'grid' ? this.#grid.get(shown, data) : undefined;
    // The list renders every session of the chosen day (or days) once, and search and filters hide the
    // cards they leave out (card-visibility.ts), as a hand-written page would: a keystroke then costs
    // toggling `hidden`, not rendering thousands of cards again (4–7× the plain-DOM baseline, issue 12).
    // The grid places the matching sessions only. Long lists arrive in slices, see SessionSlices.
    const rendered = grid ? shown : this.#dayList.get(model, filters.day, filters.week);
    if (rendered !== this.#slices.list) this.#slices = new SessionSlices(rendered);
    const tab = selectedTabId(model.days, filters.day, filters.week);
    return html`
      ${data.title ? html`<div part="title" class="agenda-title" role="heading" aria-level=${level}>${renderText(data.title, lang)}</div>` : nothing}
      ${renderToolbar({
        model,
        filters: { ...filters, view },
        lang,
        eventTimeZone: eventZone,
        viewerTimeZone: viewerZone,
        favouriteCount: favourites.size,
        live: live && markers.size > 0,
        onFilter: this.#setFilters,
        onClear: this.#clearFilters,
        onDayKey: (event) => moveDayTab(event, this.renderRoot, this.contentDir, () => this.updateComplete),
        onJumpToNow: () => this.#jumpToNow(markers),
        onDownloadDay: () => void downloadSessions(shown, `${filters.day}.ics`, { data, model, lang }),
        onDownloadMine: () => void downloadSessions(model.sessions.filter((s) => favourites.has(s.id)), 'my-agenda.ics', { data, model, lang }),
      })}
      <p part="summary" class="summary" role="status" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>
        ${sessionsShownText(shown.length, model.sessions.length, uiLang)}
      </p>
      <div
        id="sessions"
        @click=${this.#onSessionAction}
        role=${ifDefined(tab ? 'tabpanel' : undefined)}
        aria-labelledby=${ifDefined(tab)}
        class="sessions ${grid ? 'grid' : 'list'}"
      >
        ${shown.length === 0
          ? html`<div part="no-results" class="no-results" lang=${ifDefined(ui.lang)} dir=${ifDefined(ui.dir)}>
              <p>${msg('No sessions match these filters.')}</p>
              <button type="button" @click=${this.#clearFilters}>${msg('Clear filters')}</button>
            </div>`
          : nothing}${rendered.length === 0
          ? nothing
          : // A new list (another day, language or zone) replaces the old one wholesale (a few day sections
            // leave the DOM at once) instead of being diffed card by card: 10,000 cards removed one by one
            // cost seconds.
            // A day whose chunks and card states did not change is not rendered again: a slice added to a
            // programme of hundreds of days costs its new cards, not a pass over every day and card shown.
            keyed(
              rendered,
              repeat(
                this.#slices.visible(),
                ({ day }) => day,
                ({ day, chunks }) =>
                  guard([chunks, model, lang, uiLang, zone, level, grid, this.openIds, this.#favouritesVersion, markers, this.highlightedId], () =>
                    renderDay(day, chunks, { model, lang, zone, dayLevel: this.headingLevelBelow(1), sessionLevel: this.headingLevelBelow(2), grid, favourites, markers, openIds: this.openIds, highlightedId: this.highlightedId }),
                  ),
              ),
            )}
      </div>
    `;
  }

  /** The event's zone, the viewer's, and the one times are shown in (the viewer's under "My time"); UTC for an unknown one. */
  #zones(data: AgendaSection): { eventZone: string; viewerZone: string; zone: string } {
    const known = (zone: string): string => (isKnownTimeZone(zone) ? zone : 'UTC');
    const eventZone = known(this.timeZone ?? data.timeZone);
    const viewerZone = known(this.viewerTimeZone ?? viewerTimeZone());
    return { eventZone, viewerZone, zone: this.filters.viewerTime ? viewerZone : eventZone };
  }

  #setFilters = (change: Partial<AgendaFilters>) => {
    // From what is applied, not what was asked: a stale value from a link does not come back.
    this.filters = { ...(this.#effective.last ?? this.filters), ...change };
    this.highlightedId = undefined;
    if (!this.noUrlState) {
      const hash = filtersToHash(this.filters);
      history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
    }
  };

  #clearFilters = () => {
    this.#setFilters({ track: undefined, type: undefined, room: undefined, organizer: undefined, q: undefined, mine: false });
  };

  #readHash = () => {
    const asked = this.noUrlState ? undefined : readAgendaHash(location.hash);
    if (asked && 'session' in asked) {
      this.#pendingFocus = asked.session;
      this.requestUpdate();
    } else if (asked) {
      this.filters = asked.filters;
    }
  };

  /** Opens a deep-linked session: shows its day, clears filters that hide it, scrolls to it, focuses it. */
  #revealSession(id: string) {
    const data = this.feed.data!;
    const view = this.#model.get(data, this.contentLang, this.#zones(data).zone).sessions.find((s) => s.id === id);
    this.#pendingFocus = undefined;
    if (!view) return;
    if (!this.#slices.ensureRendered(this.#slices.list.indexOf(view))) {
      this.#pendingFocus = id; // not rendered yet: the next render includes it, then reveal
      this.requestUpdate();
      return;
    }
    const card = this.renderRoot.querySelector<HTMLElement>(`#session-${CSS.escape(id)}`);
    if (!card || card.hidden) {
      this.filters = { view: this.filters.view, viewerTime: this.filters.viewerTime, day: view.day };
      this.#pendingFocus = id;
      return;
    }
    this.openIds = new Set([...this.openIds, id]);
    this.highlightedId = id;
    card.scrollIntoView({ block: 'start', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    card.querySelector<HTMLElement>('[role="heading"]')?.focus({ preventScroll: true });
  }

  #onSessionAction = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-action]');
    const id = button?.closest<HTMLElement>('[data-session-id]')?.dataset['sessionId'];
    if (!button || !id) return;
    const action = button.dataset['action'] as SessionAction;
    if (action === 'toggle-details') this.#toggleOpen(id);
    else if (action === 'toggle-favourite') this.#toggleFavourite(id);
    else if (action === 'calendar') {
      const model = this.#model.last;
      const view = model?.sessions.find((s) => s.id === id);
      if (model && view && this.feed.data) void downloadSessions([view], `${id}.ics`, { data: this.feed.data, model, lang: this.contentLang });
    }
  };

  #toggleOpen = (id: string) => {
    const open = new Set(this.openIds);
    if (!open.delete(id)) open.add(id);
    this.openIds = open;
  };

  #toggleFavourite = (id: string) => {
    this.#favourites!.toggle(id);
    this.#favouritesVersion += 1;
    this.requestUpdate();
  };

  #jumpToNow(markers: ReadonlyMap<string, Marker>) {
    const first = [...markers.keys()][0];
    if (first) this.#revealSession(first);
  }
}
