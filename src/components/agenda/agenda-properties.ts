import type { PropertyDeclarations } from 'lit';
import { CtFeedElement } from '../../core/element/feed-element.js';
import { idListAttribute } from '../../core/element/id-list-attribute.js';
import type { FeedWith } from '../../feeds/documents.js';
import type { AgendaFilters, AgendaLayout } from './agenda-filters.js';

/**
 * What `<ct-agenda>` takes as `.data`: a feed of ours with an `agenda` section, a frab/c3voc schedule
 * export (what pretalx and frab write; recognised by `schedule.conference`) or iCalendar text. The two
 * foreign formats are checked when they are read, like a fetched file.
 */
export type AgendaData = FeedWith<'agenda'> | { schedule: { conference: object } } | string;

/** The agenda's filter properties, in the order `ct-filter-change` lists them. */
export const AGENDA_FILTER_PROPERTIES = ['day', 'week', 'track', 'type', 'room', 'organizer', 'search', 'mine', 'viewerTime'] as const;

/**
 * The filters of `<ct-agenda>`, by property name: the `filters` of its `ct-filter-change` event. Taken from
 * the properties themselves, so a filter's type is written once; a mapped type, not an interface, so it fits
 * the events' `Record` of filters (`event as CtFilterChangeEvent<AgendaFilterValues>`).
 */
export type AgendaFilterValues = Pick<AgendaProperties, (typeof AGENDA_FILTER_PROPERTIES)[number]>;

/**
 * The public properties of `<ct-agenda>`: what the page sets, and what the reader chooses (reflected, so
 * the page's CSS and scripts see it, and settable to start from a given filter). Kept apart from the
 * element's behaviour (agenda.ts) so the API reads in one place.
 */
export abstract class AgendaProperties extends CtFeedElement<'agenda', AgendaData> {
  static override properties: PropertyDeclarations = {
    timeZone: { attribute: 'time-zone' },
    viewerTimeZone: { attribute: 'viewer-time-zone' },
    now: { reflect: true },
    layout: { reflect: true },
    noUrlState: { type: Boolean, attribute: 'no-url-state' },
    storageKey: { attribute: 'storage-key' },
    format: {},
    jsonLd: { type: Boolean, attribute: 'json-ld' },
    day: { reflect: true },
    week: { reflect: true },
    track: { reflect: true },
    type: { reflect: true },
    room: { reflect: true },
    organizer: { reflect: true },
    search: { reflect: true },
    mine: { type: Boolean, reflect: true },
    viewerTime: { type: Boolean, reflect: true, attribute: 'viewer-time' },
    expanded: { reflect: true, converter: idListAttribute },
  };

  /** Shows times in this IANA zone instead of the feed's event zone. */
  timeZone: string | undefined;

  /** The viewer's zone for "My time"; defaults to the browser's. */
  viewerTimeZone: string | undefined;

  /** Pins "now" (an ISO date-time) for previews and tests; unset follows the real clock. */
  now: string | undefined;

  /** How the sessions are laid out: `list`, or `grid` with rooms as columns. The reader's choice (and the URL's `layout=`) changes it. */
  layout: AgendaLayout = 'list';

  /** Do not read or write filters in the URL hash (for a second agenda on one page). */
  noUrlState = false;

  /** Key under which the personal agenda is stored; defaults to one per feed URL. */
  storageKey: string | undefined;

  /**
   * Feed format: `auto` reads a `src` ending in `.ics` as iCalendar, recognises frab/c3voc schedule JSON
   * (what pretalx and frab export) by its `schedule.conference`, and reads anything else as a ct-widgets
   * feed; `ct`, `frab` or `ical` force one.
   */
  format: 'auto' | 'ct' | 'frab' | 'ical' = 'auto';

  /**
   * Writes schema.org `Event` JSON-LD for the programme into the light DOM, for search engines. Off by
   * default, as on every element: the page decides what it tells search engines.
   */
  jsonLd = false;

  /** The day shown (`YYYY-MM-DD`, a day of the programme); unset shows every day. The day tabs change it. */
  day: string | undefined;

  /** In a programme of more than 14 days, the week shown (its Monday, `YYYY-MM-DD`); follows `day` when a day is chosen. */
  week: string | undefined;

  /** Only sessions of this track (its id). */
  track: string | undefined;

  /** Only sessions of this type (`plenary`, `side-event`, …). */
  type: string | undefined;

  /** Only sessions in this room (its id). */
  room: string | undefined;

  /** Only sessions with this organiser (as named in the feed). */
  organizer: string | undefined;

  /** Search text: sessions whose title, description, speakers or room hold every word. */
  search: string | undefined;

  /** Only the sessions in the reader's personal agenda ("My agenda"). */
  mine = false;

  /** Times in the viewer's zone ("My time") instead of the event's. */
  viewerTime = false;

  /** Ids of the sessions whose details are open (attribute: space-separated). */
  expanded: readonly string[] = [];

  /** The filter properties as one object (the `ct-filter-change` detail). @internal */
  protected filterValues(): AgendaFilterValues {
    return Object.fromEntries(AGENDA_FILTER_PROPERTIES.map((name) => [name, this[name]])) as AgendaFilterValues;
  }

  /** The filters as the URL hash and the filtering code name them. @internal */
  protected askedFilters(): AgendaFilters {
    const { search, ...rest } = this.filterValues();
    return {
      ...rest,
      q: search,
    };
  }

  /** Sets every filter property from `filters` (missing ones unset); the layout only when `filters` names one. @internal */
  protected assignFilters(filters: AgendaFilters): void {
    this.day = filters.day;
    this.week = filters.week;
    this.track = filters.track;
    this.type = filters.type;
    this.room = filters.room;
    this.organizer = filters.organizer;
    this.search = filters.q;
    this.mine = filters.mine ?? false;
    this.viewerTime = filters.viewerTime ?? false;
    if (filters.layout) this.layout = filters.layout;
  }
}
