import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { localized, msg } from '@lit/localize';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { keyed } from 'lit/directives/keyed.js';
import { repeat } from 'lit/directives/repeat.js';
import { guard } from 'lit/directives/guard.js';
import { ClockController } from '../../core/clock.js';
import { controlStyles } from '../../core/control.styles.js';
import { CtFeedElement } from '../../core/feed-element.js';
import { cssProperties } from '../../core/render/css-properties.js';
import { sessionsShownText } from '../../core/i18n/counts.js';
import type { CalendarEvent } from '../../core/ics.js';
import { resolveLocalizedText } from '../../core/localized-text.js';
import { renderText } from '../../core/render-text.js';
import { uiMark } from '../../core/i18n/ui-text.js';
import { currentUiLocale } from '../../core/ui-locale.js';
import { formatDay, isKnownTimeZone, viewerTimeZone } from '../../core/time.js';
import type { AgendaSection } from '../../feeds/agenda.js';
import type { FeedWith } from '../../feeds/documents.js';
import { isFrabSchedule } from '../../feeds/frab-detect.js';
import { applyFilters, filtersFromHash, filtersToHash, type AgendaFilters, type AgendaView } from './agenda-filters.js';
import { selectedTabId } from './agenda-days.js';
import { renderAgendaJsonLd } from './agenda-json-ld.js';
import { buildAgendaModel, type AgendaModel, type SessionView } from './agenda-model.js';
import { renderSession, type SessionAction } from './agenda-session.js';
import { effectiveFilters } from './agenda-state.js';
import { agendaStyles } from './agenda.styles.js';
import { renderToolbar } from './agenda-toolbar.js';
import { Favourites } from './favourites.js';
import { gridPlacements, type GridPlacements } from './grid-layout.js';
import { ChunkSettler } from './chunk-settler.js';
import { SessionSlices } from './session-slices.js';

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
  #clock = new ClockController(this, { nextChange: () => this.#nextBoundary() });
  #favourites: Favourites | undefined;
  #model: { key: unknown[]; model: AgendaModel } | undefined;
  /** The filters checked against the model they were last applied to (see agenda-state.ts). */
  #effective: { key: unknown[]; filters: AgendaFilters } | undefined;
  #pendingFocus: string | undefined;
  #shown: { key: unknown[]; list: readonly SessionView[] } | undefined;
  #dayList: { model: AgendaModel; day: string | undefined; week: string | undefined; list: readonly SessionView[] } | undefined;
  /** What the cards' `hidden` flags were last set for (see #hideUnmatched). */
  #hiddenFor: { shown: readonly SessionView[] | undefined; rendered: readonly SessionView[]; count: number; filtering: boolean } | undefined;
  /** Data and language the JSON-LD was last written for. */
  #jsonLdKey: unknown[] | undefined;
  /** Bumped when the personal agenda changes, so "my agenda" filtering is redone. */
  #favouritesVersion = 0;
  /** The current filtered list, grouped and cut into chunks, and how much of it is rendered so far. */
  #slices = new SessionSlices([]);
  /** Now/next markers, the same map until the list or the markers change. */
  #markers: { list: readonly SessionView[]; key: string; markers: ReadonlyMap<string, 'now' | 'next'>; at: number; until: number } | undefined;
  #grid: { key: unknown[]; grid: GridPlacements } | undefined;
  #sliceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Milliseconds an update took per card it added, on the last slice (see SessionSlices.grow). */
  #msPerCard: number | undefined;
  #boundary: { model: AgendaModel | undefined; now: number; next: number | undefined } | undefined;
  #settler = new ChunkSettler(this);

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
    clearTimeout(this.#sliceTimer);
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
      const key = this.storageKey ?? (this.src ? absoluteOrAsGiven(this.src) : 'inline');
      this.#favourites = new Favourites(`ct-agenda:favourites:${key}`);
      this.#favouritesVersion += 1; // another personal agenda: "my agenda" must be filtered again
    }
  }

  /** Times each update, so the next slice of a long list is sized to what rendering costs here. */
  override update(changed: PropertyValues<this>): void {
    const slices = this.#slices;
    const before = slices.rendered;
    const start = performance.now();
    super.update(changed);
    const added = slices === this.#slices ? slices.rendered - before : 0;
    if (added >= 20) this.#msPerCard = (performance.now() - start) / added;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    clearTimeout(this.#sliceTimer);
    if (!this.#slices.complete) {
      this.#sliceTimer = setTimeout(() => {
        this.#slices.grow(this.#msPerCard);
        this.requestUpdate();
      }, 0);
    } else if (this.renderRoot.querySelector('#sessions.list')) {
      // Every card is in the DOM: now lay out the rest. (In the grid, chunks are no boxes: nothing to do.)
      this.#settler.settle(this.renderRoot);
    }
    this.#hideUnmatched();
    if (this.#pendingFocus && this.feed.data) this.#revealSession(this.#pendingFocus);
    // Serialising the whole programme is costly on large feeds: only when the data or language change,
    // not on every clock tick or rendered slice.
    const jsonLdKey = this.jsonLd && this.feed.data ? [this.feed.data, this.contentLang] : undefined;
    if (jsonLdKey && (jsonLdKey[0] !== this.#jsonLdKey?.[0] || jsonLdKey[1] !== this.#jsonLdKey?.[1])) {
      renderAgendaJsonLd(this, this.feed.data!, this.contentLang);
    }
    this.#jsonLdKey = jsonLdKey;
  }

  /** @internal */
  protected override readonly feedProperties = ['format'];

  /** @internal */
  protected override get feedBodyType(): 'json' | 'text' {
    const ics = this.src !== undefined && /\.ics(\?|#|$)/i.test(this.src);
    return this.format === 'ical' || (this.format === 'auto' && ics) ? 'text' : 'json';
  }

  /** @internal */
  adaptFeed(json: unknown, url: string | undefined): unknown {
    if (typeof json === 'string') {
      // iCalendar text: the parser (ical.js) loads only now, in its own chunk.
      return import('./ical-adapter.js').then(({ adaptICalendar }) => adaptICalendar(json, url));
    }
    if (this.format === 'ct' || (this.format === 'auto' && !isFrabSchedule(json))) return json;
    // frab/c3voc schedule JSON: its reader loads only now, in its own chunk, like the iCalendar one.
    return import('./frab-adapter.js').then(({ adaptFrab }) => adaptFrab(json, url));
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
    const eventZone = this.#eventTimeZone(data);
    const viewerZone = this.#viewerTimeZone();
    const zone = this.filters.viewerTime ? viewerZone : eventZone;
    const model = this.#modelFor(data, lang, zone);
    const filters = this.#effectiveFor(model);
    const favourites = this.#favourites!;
    const shown = this.#shownFor(model, filters);
    const now = this.#clock.value;
    const markers = this.#markersFor(shown, now);
    const lastEnd = model.lastEnd;
    const live = model.sessions.length > 0 && now >= model.sessions[0]!.start - 86_400_000 && now < lastEnd;
    const level = this.headingLevelBelow();
    // UI strings (and the numbers inside them) in the UI language, marked when the content is in another.
    const ui = uiMark(lang);
    const uiLang = currentUiLocale().lang;
    // The URL's choice wins over the `view` attribute, which is the page author's default.
    const view = filters.view ?? this.view;
    const grid = view === 'grid' ? this.#gridFor(shown, data) : undefined;
    // The list renders every session of the chosen day (or days) once, and search and filters hide the
    // cards they leave out (see #hideUnmatched), as a hand-written page would: a keystroke then costs
    // toggling `hidden`, not rendering thousands of cards again (4–7× the plain-DOM baseline, issue 12).
    // The grid places the matching sessions only. Long lists arrive in slices, see SessionSlices.
    const rendered = grid ? shown : this.#dayListFor(model, filters);
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
        onDayKey: this.#onDayKey,
        onJumpToNow: () => this.#jumpToNow(markers),
        onDownloadDay: () => void this.#download(shown, `${filters.day}.ics`),
        onDownloadMine: () => void this.#download(model.sessions.filter((s) => favourites.has(s.id)), 'my-agenda.ics'),
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
                    this.#renderDay(day, chunks, grid, level, { model, lang, zone, favourites, markers }),
                  ),
              ),
            )}
      </div>
    `;
  }

  #renderDay(
    day: string,
    chunks: readonly (readonly SessionView[])[],
    grid: GridPlacements | undefined,
    level: number,
    ctx: { model: AgendaModel; lang: string; zone: string; favourites: Favourites; markers: ReadonlyMap<string, 'now' | 'next'> },
  ): TemplateResult {
    const headingLevel = Math.min(6, level + 2);
    const uiLang = currentUiLocale().lang; // the cards' buttons speak the UI language
    const cardState = (view: SessionView) =>
      `${this.openIds.has(view.id) ? 'o' : ''}${ctx.favourites.has(view.id) ? 'f' : ''}${ctx.markers.get(view.id) ?? ''}${this.highlightedId === view.id ? 'h' : ''};`;
    return html`<section part="day" class="day" aria-labelledby="day-${day}" ${grid?.dayStyle() ?? cssProperties(NO_PLACEMENT)}>
      <div class="day-title" role="heading" aria-level=${Math.min(6, level + 1)} id="day-${day}">${formatDay(day, ctx.lang)}</div>
      ${grid ? grid.renderRoomHeaders(day, ctx.lang) : nothing}
      <div class="day-sessions" role="list">
        ${repeat(
          chunks,
          (_chunk, index) => index,
          // A chunk is rendered again only when one of its cards, or what every card shows, changed.
          (chunk) =>
            guard([chunk, ctx.model, ctx.lang, uiLang, ctx.zone, headingLevel, grid, chunk.map(cardState).join('')], () =>
              html`<div class="chunk">${repeat(
                chunk,
                (view) => view.id,
                (view) =>
                  renderSession(view, {
                    model: ctx.model,
                    lang: ctx.lang,
                    timeZone: ctx.zone,
                    headingLevel,
                    open: this.openIds.has(view.id),
                    favourite: ctx.favourites.has(view.id),
                    marker: ctx.markers.get(view.id),
                    highlighted: this.highlightedId === view.id,
                    placement: grid?.placement(view.id) ?? NO_PLACEMENT,
                  }),
              )}</div>`,
            ),
        )}
      </div>
    </section>`;
  }

  /** Asked after every update: walks the programme only when the model or the clock moved (once per slice at 20,000 sessions cost seconds). */
  #nextBoundary(): number | undefined {
    const now = this.#clock.value;
    const model = this.#model?.model;
    // No session starts or ends between the last answer's time and its boundary: the answer stands.
    const last = this.#boundary;
    if (last && last.model === model && now >= last.now && (last.next === undefined || now < last.next)) return last.next;
    let next: number | undefined;
    for (const view of model?.sessions ?? []) {
      if (view.start > now && (next === undefined || view.start < next)) next = view.start;
      if (view.end > now && (next === undefined || view.end < next)) next = view.end;
    }
    this.#boundary = { model, now, next };
    return next;
  }

  /** The markers, the same map while they stay the same (a new map would re-render every chunk). */
  #markersFor(shown: readonly SessionView[], now: number): ReadonlyMap<string, 'now' | 'next'> {
    // Markers change only when a session starts or ends: until the next such boundary, they stand.
    const last = this.#markers;
    if (last?.list === shown && now >= last.at && now < last.until) return last.markers;
    const markers = nowAndNext(shown, now);
    const key = [...markers].join();
    const until = this.#nextBoundary() ?? Infinity;
    if (last?.list !== shown || last.key !== key) this.#markers = { list: shown, key, markers, at: now, until };
    else this.#markers = { ...last, at: now, until };
    return this.#markers.markers;
  }

  #gridFor(shown: readonly SessionView[], data: AgendaSection): GridPlacements {
    if (this.#grid?.key[0] !== shown || this.#grid.key[1] !== data) this.#grid = { key: [shown, data], grid: gridPlacements(shown, data) };
    return this.#grid.grid;
  }

  #eventTimeZone(data: AgendaSection): string {
    const zone = this.timeZone ?? data.timeZone;
    return isKnownTimeZone(zone) ? zone : 'UTC';
  }

  #viewerTimeZone(): string {
    const zone = this.viewerTimeZone ?? viewerTimeZone();
    return isKnownTimeZone(zone) ? zone : 'UTC';
  }

  /**
   * The filters checked against the programme, the same object until the model or the filters change.
   * What a link named and the programme has not is left out, with one warning per change.
   */
  #effectiveFor(model: AgendaModel): AgendaFilters {
    const key = [model, this.filters];
    if (!this.#effective || this.#effective.key.some((part, i) => part !== key[i])) {
      const { filters, ignored } = effectiveFilters(this.filters, model);
      if (ignored.length > 0) console.warn(`<ct-agenda>: not in this programme, so not applied: ${ignored.join(', ')}`);
      this.#effective = { key, filters };
    }
    return this.#effective.filters;
  }

  /** The filtered list, the same array until the model, the filters or the personal agenda change. */
  #shownFor(model: AgendaModel, filters: AgendaFilters): readonly SessionView[] {
    // The personal agenda matters only to the "my agenda" filter; elsewhere a star must not rebuild the list.
    const key = [model, filters, filters.mine ? this.#favouritesVersion : 0];
    if (!this.#shown || this.#shown.key.some((part, i) => part !== key[i])) {
      const favourites = this.#favourites!;
      const list = applyFilters(model.sessions, filters, (id) => favourites.has(id));
      // Typing on in the search box often leaves the same matches ("work" → "works"): keep the list, and
      // with it the rendered cards, instead of throwing them away and rendering them all again.
      const previous = this.#shown?.list;
      const same = previous?.length === list.length && previous.every((view, i) => view === list[i]);
      this.#shown = { key, list: same ? previous : list };
    }
    return this.#shown.list;
  }

  /** The sessions of the chosen day or week (all days if none): what the list renders, filtered or not. */
  #dayListFor(model: AgendaModel, { day, week }: AgendaFilters): readonly SessionView[] {
    if (this.#dayList?.model !== model || this.#dayList.day !== day || this.#dayList.week !== week) {
      const list = day || week ? applyFilters(model.sessions, { day, week }, () => false) : model.sessions;
      this.#dayList = { model, day, week, list };
    }
    return this.#dayList.list;
  }

  /**
   * List view: hides the rendered cards that search and filters leave out, and the chunks and days left
   * empty (an empty chunk not laid out yet would keep its estimated size). Runs after every render but
   * works only when the matches or the rendered cards changed.
   */
  #hideUnmatched() {
    const shown = this.#shown?.list;
    const rendered = this.#slices.list;
    const filtering = shown !== undefined && shown.length !== rendered.length;
    const last = this.#hiddenFor;
    // Nothing to hide, and nothing hidden on these cards before (a new list is new cards): the cards just
    // rendered are shown, as they should be. Spares a query of every card on each slice of a long list.
    if (!filtering && (!last || !last.filtering || last.rendered !== rendered)) {
      this.#hiddenFor = { shown, rendered, count: -1, filtering };
      return;
    }
    const cards = this.renderRoot.querySelectorAll<HTMLElement>('#sessions .session');
    if (last && last.shown === shown && last.rendered === rendered && last.count === cards.length) return;
    this.#hiddenFor = { shown, rendered, count: cards.length, filtering };
    // The matches are a subset of what is rendered: as many means none is left out (always so in the grid).
    const ids = shown && shown.length !== rendered.length ? new Set(shown.map((view) => view.id)) : undefined;
    for (const card of cards) {
      const hide = ids !== undefined && !ids.has(card.dataset['sessionId']!);
      if (card.hidden !== hide) card.hidden = hide;
    }
    for (const group of this.renderRoot.querySelectorAll<HTMLElement>('#sessions .chunk, #sessions .day')) {
      const hide = ids !== undefined && group.querySelector('.session:not([hidden])') === null;
      if (group.hidden !== hide) group.hidden = hide;
    }
  }

  /** Rebuilt only when the data, language or zone change, not on every clock tick or filter keystroke. */
  #modelFor(data: AgendaSection, lang: string, zone: string): AgendaModel {
    const key = [data, lang, zone];
    if (!this.#model || this.#model.key.some((part, i) => part !== key[i])) {
      this.#model = { key, model: buildAgendaModel(data, lang, zone) };
    }
    return this.#model.model;
  }

  #setFilters = (change: Partial<AgendaFilters>) => {
    // From what is applied, not what was asked: a stale value from a link does not come back.
    this.filters = { ...(this.#effective?.filters ?? this.filters), ...change };
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
    if (this.noUrlState) return;
    // Not decoded here: URLSearchParams decodes the filters itself (decoding twice changed a search that
    // holds "&", "+" or "%", and a malformed escape from a crafted link threw), and ids are never escaped.
    const hash = location.hash;
    const deepLink = /^#session-([A-Za-z0-9_.-]+)$/.exec(hash);
    if (deepLink) {
      this.#pendingFocus = deepLink[1];
      this.requestUpdate();
    } else if (hash === '' || hash === '#' || hash.includes('=')) {
      this.filters = filtersFromHash(hash);
    }
    // Any other fragment (a skip link's #main, say) belongs to the page, not to the agenda's filters.
  };

  /** Opens a deep-linked session: shows its day, clears filters that hide it, scrolls to it, focuses it. */
  #revealSession(id: string) {
    const data = this.feed.data!;
    const zone = this.filters.viewerTime ? this.#viewerTimeZone() : this.#eventTimeZone(data);
    const view = this.#modelFor(data, this.contentLang, zone).sessions.find((s) => s.id === id);
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
      const view = this.#model?.model.sessions.find((s) => s.id === id);
      if (view) void this.#download([view], `${id}.ics`);
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

  #jumpToNow(markers: ReadonlyMap<string, 'now' | 'next'>) {
    const first = [...markers.keys()][0];
    if (first) this.#revealSession(first);
  }

  /** Arrow keys move between day tabs (reversed in right-to-left), Home and End go to the ends. */
  #onDayKey = (event: KeyboardEvent) => {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
    const current = tabs.indexOf(event.target as HTMLButtonElement);
    if (current < 0) return;
    const forward = this.contentDir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
    const back = this.contentDir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
    const next =
      event.key === forward ? (current + 1) % tabs.length
      : event.key === back ? (current - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : -1;
    if (next < 0) return;
    event.preventDefault();
    tabs[next]!.click();
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>(`[role="tab"][aria-selected="true"]`)?.focus());
  };

  async #download(sessions: readonly SessionView[], fileName: string) {
    const data = this.feed.data;
    const rooms = this.#model?.model.rooms;
    if (!data || !rooms || sessions.length === 0) return;
    const lang = this.contentLang;
    const page = `${location.origin}${location.pathname}${location.search}`;
    const events: CalendarEvent[] = sessions.map((view) => ({
      uid: `${view.id}@${location.host || 'ct-widgets'}`,
      title: resolveLocalizedText(view.session.title, lang)?.text ?? view.id,
      start: view.start,
      end: view.end,
      location: view.session.room ? resolveLocalizedText(rooms.get(view.session.room), lang)?.text : undefined,
      description: resolveLocalizedText(view.session.description, lang)?.text,
      url: `${page}#session-${view.id}`,
    }));
    const title = resolveLocalizedText(data.title, lang)?.text;
    // The iCalendar writer loads on first use: most readers never export (shared with ct-event-header).
    const { buildIcs, downloadText } = await import('../../core/ics.js');
    downloadText(fileName, buildIcs(events, { name: title }));
  }
}

const NO_PLACEMENT: Readonly<Record<string, string>> = {};

/** Sessions running at `now`, and the ones starting next (all sharing the earliest start after `now`). */
export function nowAndNext(sessions: readonly SessionView[], now: number): Map<string, 'now' | 'next'> {
  const markers = new Map<string, 'now' | 'next'>();
  let nextStart = Infinity;
  for (const view of sessions) {
    if (view.start <= now && now < view.end) markers.set(view.id, 'now');
    else if (view.start > now && view.start < nextStart) nextStart = view.start;
  }
  for (const view of sessions) if (view.start === nextStart) markers.set(view.id, 'next');
  return markers;
}

/** The favourites key of a `src`; one that is no URL (the feed store reports it) is used as written. */
function absoluteOrAsGiven(src: string): string {
  try {
    return new URL(src, document.baseURI).href;
  } catch {
    return src;
  }
}
