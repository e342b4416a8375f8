import { html, nothing, type PropertyValues, type TemplateResult, type PropertyDeclarations } from 'lit';
import { msg } from '@lit/localize';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ClockController } from '../../core/time/clock.js';
import { controlStyles } from '../../core/styles/control.styles.js';
import { CtExpandedChangeEvent, CtExportEvent, CtFavouriteChangeEvent, CtFilterChangeEvent, CtLayoutChangeEvent, type CtExportDetail } from '../../core/element/user-events.js';
import { sessionsShownText } from '../../core/i18n/list-counts.js';
import { renderText } from '../../core/render/text.js';
import { uiMark } from '../../core/render/ui-text.js';
import { currentUiLocale } from '../../core/language/ui-language.js';
import type { AgendaSection } from '../../feeds/agenda.js';
import { applyFilters, filtersToHash, readAgendaHash, type AgendaFilters } from './agenda-filters.js';
import { renderDay } from './agenda-day.js';
import { moveDayTab, selectedTabId } from './agenda-days.js';
import { downloadSessions } from './agenda-export.js';
import { adaptAgendaFeed, agendaBodyType } from './agenda-formats.js';
import { renderAgendaJsonLd } from './agenda-json-ld.js';
import { buildAgendaModel, SearchPreparer, type AgendaModel, type SessionView } from './agenda-model.js';
import { AGENDA_FILTER_PROPERTIES, AgendaProperties, type AgendaData, type AgendaFilterValues } from './agenda-properties.js';
import type { SessionAction } from './agenda-session.js';
import { earliestSessions, renderAgendaPreview } from './agenda-preview.js';
import { agendaZones, effectiveFilters } from './agenda-state.js';
import { agendaStyles } from './agenda.styles.js';
import { renderToolbar } from './agenda-toolbar.js';
import { UnmatchedCards } from './card-visibility.js';
import { ChunkSettler } from './chunk-settler.js';
import { Favourites, favouritesKey } from './favourites.js';
import { gridPlacements } from './grid-layout.js';
import { LastResult } from './last-result.js';
import { LiveMarkers, type Marker } from './live-markers.js';
import { SessionSlices, SlicePacer } from './session-slices.js';

export type { AgendaData, AgendaFilterValues } from './agenda-properties.js';

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
 * @fires {CtFilterChangeEvent<AgendaFilterValues>} ct-filter-change - The reader changed a filter (day or week, search, a menu, "My agenda", event or my time). `event.detail.filters`: `{day, week, track, type, room, organizer, search, mine, viewerTime}`, as the properties now hold them.
 * @fires {CtLayoutChangeEvent} ct-layout-change - The reader chose list or grid. `event.detail`: `{layout}`.
 * @fires {CtExpandedChangeEvent} ct-expanded-change - The reader opened or closed a session's details. `event.detail`: `{id, open, expanded}`.
 * @fires {CtFavouriteChangeEvent} ct-favourite-change - The reader starred or unstarred a session. `event.detail`: `{id, favourite, favourites}`.
 * @fires {CtExportEvent} ct-export - The reader downloaded a calendar file. `event.detail`: `{scope, fileName, sessions}` (`scope`: `session`, `day` or `favourites`).
 */
export class CtAgenda extends AgendaProperties {
  static override properties: PropertyDeclarations = {
    highlightedId: { state: true, attribute: false },
  };

  static override styles = [...AgendaProperties.styles, controlStyles, agendaStyles];

  /** @internal */
  readonly feedSection = 'agenda';

  /** The programme as an object: a feed with an `agenda` section, a frab/c3voc schedule export or iCalendar text (checked all the same). */
  declare data: AgendaData | undefined;

  /** What the URL, the page or the reader asked for (the filter properties as one object, a new one when one of them changes); what is applied is `#effective`, checked against the programme. */
  #asked: AgendaFilters = {};
  #open = new LastResult((ids: readonly string[]) => new Set(ids));
  /** @internal */
  protected highlightedId: string | undefined;

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
  /** Search texts built in idle time once the list is complete (see SearchPreparer). */
  #search = new SearchPreparer();
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
    this.#readHash(true);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.#readHash);
    window.removeEventListener('beforeprint', this.#renderAll);
    this.#pacer.stop();
    this.#settler.stop();
    this.#search.stop();
  }

  /** Printing shows the whole filtered view, even if slices are still arriving. */
  #renderAll = () => {
    this.#slices.showAll();
    this.requestUpdate();
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (AGENDA_FILTER_PROPERTIES.some((key) => changed.has(key))) this.#asked = this.askedFilters();
    if (changed.has('storageKey') || changed.has('src') || !this.#favourites) {
      this.#favourites = new Favourites(favouritesKey(this.storageKey, this.src));
      this.#favouritesVersion += 1; // another personal agenda: "my agenda" must be filtered again
    }
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
    if (this.#slices.complete && this.#model.last) this.#search.prepare(this.#model.last.sessions);
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
  adaptFeed(json: unknown, url: string | undefined, showFirst?: (feed: unknown) => void): unknown {
    return adaptAgendaFeed(json, url, this.format, showFirst);
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
    const filters = this.#effective.get(this.#asked, model);
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
    const grid = this.layout === 'grid' ? this.#grid.get(shown, data) : undefined;
    // The list renders every session of the chosen day (or days) once, and search and filters hide the
    // cards they leave out (card-visibility.ts), as a hand-written page would: a keystroke then costs
    // toggling `hidden`, not rendering thousands of cards again (4–7× the plain-DOM baseline, issue 12).
    // The grid places the matching sessions only. Long lists arrive in slices, see SessionSlices.
    const rendered = grid ? shown : this.#dayList.get(model, filters.day, filters.week);
    if (rendered !== this.#slices.list) this.#slices = new SessionSlices(rendered, grid ? 'grid' : 'list');
    const tab = selectedTabId(model.days, filters.day, filters.week);
    return html`
      ${data.title ? html`<div part="title" class="agenda-title" role="heading" aria-level=${level}>${renderText(data.title, lang)}</div>` : nothing}
      ${renderToolbar({
        model,
        filters: { ...filters, layout: this.layout },
        lang,
        eventTimeZone: eventZone,
        viewerTimeZone: viewerZone,
        favouriteCount: favourites.size,
        live: live && markers.size > 0,
        onFilter: this.#setFilters,
        onClear: this.#clearFilters,
        onDayKey: (event) => moveDayTab(event, this.renderRoot, this.contentDir, () => this.updateComplete),
        onJumpToNow: () => this.#jumpToNow(markers),
        onDownloadDay: () => this.#export('day', shown, `${filters.day}.ics`),
        onDownloadMine: () => this.#export('favourites', model.sessions.filter((s) => favourites.has(s.id)), 'my-agenda.ics'),
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
                  guard([chunks, model, lang, uiLang, zone, level, grid, this.expanded, this.#favouritesVersion, markers, this.highlightedId], () =>
                    renderDay(day, chunks, { model, lang, zone, dayLevel: this.headingLevelBelow(1), sessionLevel: this.headingLevelBelow(2), grid, favourites, markers, openIds: this.#open.get(this.expanded), highlightedId: this.highlightedId }),
                  ),
              ),
            )}
      </div>
    `;
  }

  #zones(data: AgendaSection) {
    return agendaZones(data.timeZone, this);
  }

  /** @internal */
  readonly readFirst = { list: 'sessions', pick: earliestSessions } as const;

  /** @internal */
  protected override renderPreview(data: AgendaSection): TemplateResult | undefined {
    if (this.layout === 'grid') return undefined; // the grid's rows depend on every session of the day
    const levels = [this.headingLevelBelow(), this.headingLevelBelow(1), this.headingLevelBelow(2)] as const;
    return renderAgendaPreview(data, { asked: this.#asked, lang: this.contentLang, zones: this.#zones(data), layout: this.layout, favourites: this.#favourites!, levels });
  }

  /** The reader changed filters or the layout (the toolbar, "Clear filters"): set, keep in the URL, announce. */
  #setFilters = (change: Partial<AgendaFilters>) => {
    const before = JSON.stringify(this.filterValues());
    const layout = this.layout;
    // From what is applied, not what was asked: a stale value from a link does not come back.
    const filters = { ...(this.#effective.last ?? this.#asked), layout, ...change };
    this.assignFilters(filters);
    this.highlightedId = undefined;
    if (!this.noUrlState) {
      const hash = filtersToHash(filters);
      history.replaceState(history.state, '', hash || `${location.pathname}${location.search}`);
    }
    const values = this.filterValues();
    if (JSON.stringify(values) !== before) this.dispatchEvent(new CtFilterChangeEvent<AgendaFilterValues>({ filters: values }));
    if (this.layout !== layout) this.dispatchEvent(new CtLayoutChangeEvent({ layout: this.layout }));
  };

  #clearFilters = () => {
    this.#setFilters({ track: undefined, type: undefined, room: undefined, organizer: undefined, q: undefined, mine: false });
  };

  /** The URL's filters replace the properties; on load, only a hash that names some (the page's attributes are the start). */
  #readHash = (initial?: unknown) => {
    const asked = this.noUrlState ? undefined : readAgendaHash(location.hash);
    if (asked && 'session' in asked) {
      this.#pendingFocus = asked.session;
      this.requestUpdate();
    } else if (asked && !(initial === true && Object.keys(asked.filters).length === 0)) {
      this.assignFilters(asked.filters);
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
      this.assignFilters({ viewerTime: this.viewerTime, day: view.day });
      this.#pendingFocus = id;
      return;
    }
    if (!this.expanded.includes(id)) this.expanded = [...this.expanded, id];
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
      const view = this.#model.last?.sessions.find((s) => s.id === id);
      if (view) this.#export('session', [view], `${id}.ics`);
    }
  };

  #toggleOpen = (id: string) => {
    const open = !this.expanded.includes(id);
    this.expanded = open ? [...this.expanded, id] : this.expanded.filter((other) => other !== id);
    this.dispatchEvent(new CtExpandedChangeEvent({ id, open, expanded: this.expanded }));
  };

  #toggleFavourite = (id: string) => {
    const favourite = this.#favourites!.toggle(id);
    this.#favouritesVersion += 1;
    this.requestUpdate();
    this.dispatchEvent(new CtFavouriteChangeEvent({ id, favourite, favourites: [...this.#favourites!.ids] }));
  };

  /** Downloads sessions as an .ics file, and says so to the page. */
  #export(scope: CtExportDetail['scope'], sessions: readonly SessionView[], fileName: string) {
    const model = this.#model.last;
    const data = this.feed.data;
    if (!model || !data || sessions.length === 0) return;
    this.dispatchEvent(new CtExportEvent({ scope, fileName, sessions: sessions.map((view) => view.id) }));
    void downloadSessions(sessions, fileName, { data, model, lang: this.contentLang });
  }

  #jumpToNow(markers: ReadonlyMap<string, Marker>) {
    const first = [...markers.keys()][0];
    if (first) this.#revealSession(first);
  }
}
