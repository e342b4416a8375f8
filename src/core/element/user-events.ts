/**
 * Events for what a reader does in an element, so the host page can follow it (analytics, its own URL
 * state, a counter elsewhere on the page). The naming rule (CONTRIBUTING.md, "Events"):
 *
 * - `ct-<state>-change` when the reader changed state that public properties hold; fired after the
 *   properties hold the new values, with those values in `detail` under the properties' names.
 * - `ct-<verb>` for an action that leaves no state behind (`ct-export`, `ct-share`).
 *
 * Fired only for the reader's own actions (a click, a key, typing), never when a script or an attribute
 * sets the property: the page knows what it set. All bubble and are composed, so one listener on
 * `document` hears every element, even inside other components' shadow roots.
 */

/** An event class: named `name`, with a `detail` of type `Detail`, bubbling and composed. */
function userEvent<Detail>(name: string) {
  return class extends CustomEvent<Detail> {
    static readonly eventName = name;
    constructor(detail: Detail) {
      super(name, { detail, bubbles: true, composed: true });
    }
  };
}

/** A filter's value: text (a day, a track id, the search), a switch, or unset (no filter). */
export type CtFilterValue = string | boolean | undefined;

export interface CtFilterChangeDetail<Filters extends object = Readonly<Record<string, CtFilterValue>>> {
  /** Every filter property of the element after the change, by property name (see each element's `@fires`). */
  readonly filters: Filters;
}

/** The reader changed a filter: a menu, the search, a day or role button, a switch. */
export class CtFilterChangeEvent<Filters extends object = Readonly<Record<string, CtFilterValue>>> extends CustomEvent<CtFilterChangeDetail<Filters>> {
  static readonly eventName = 'ct-filter-change';
  constructor(detail: CtFilterChangeDetail<Filters>) {
    super(CtFilterChangeEvent.eventName, { detail, bubbles: true, composed: true });
  }
}

export interface CtLayoutChangeDetail {
  /** The `layout` property after the change (`list` or `grid` in `<ct-agenda>`). */
  readonly layout: string;
}

/** The reader chose another layout for the list. */
export class CtLayoutChangeEvent extends userEvent<CtLayoutChangeDetail>('ct-layout-change') {}

export interface CtExpandedChangeDetail {
  /** The item opened or closed (a session id, a release id). */
  readonly id: string;
  /** Whether it is open now. */
  readonly open: boolean;
  /** The `expanded` property after the change: every item open. */
  readonly expanded: readonly string[];
}

/** The reader opened or closed an item's details in place (a session, a full release). */
export class CtExpandedChangeEvent extends userEvent<CtExpandedChangeDetail>('ct-expanded-change') {}

export interface CtFavouriteChangeDetail {
  /** The session starred or unstarred. */
  readonly id: string;
  /** Whether it is in the personal agenda now. */
  readonly favourite: boolean;
  /** Every session in the personal agenda after the change. */
  readonly favourites: readonly string[];
}

/** The reader added a session to the personal agenda or took it out. */
export class CtFavouriteChangeEvent extends userEvent<CtFavouriteChangeDetail>('ct-favourite-change') {}

export interface CtExportDetail {
  /** What was exported: one `session`, a `day`, the personal agenda (`favourites`) or the whole `event`. */
  readonly scope: 'session' | 'day' | 'favourites' | 'event';
  /** The file offered for download (`2023-06-19.ics`). */
  readonly fileName: string;
  /** The sessions in it (ids); empty for the event's own calendar entry. */
  readonly sessions: readonly string[];
}

/** The reader downloaded a calendar file (.ics). */
export class CtExportEvent extends userEvent<CtExportDetail>('ct-export') {}

export interface CtShareDetail {
  /** How: the link `copy`, an `email`, or the system's share sheet (`native`). */
  readonly method: 'copy' | 'email' | 'native';
  /** The address shared. */
  readonly url: string;
  /** The id of the release shared. */
  readonly id: string;
}

/** The reader shared a release (fired when they choose how; a closed share sheet is not reported). */
export class CtShareEvent extends userEvent<CtShareDetail>('ct-share') {}

declare global {
  interface GlobalEventHandlersEventMap {
    'ct-filter-change': CtFilterChangeEvent;
    'ct-layout-change': CtLayoutChangeEvent;
    'ct-expanded-change': CtExpandedChangeEvent;
    'ct-favourite-change': CtFavouriteChangeEvent;
    'ct-export': CtExportEvent;
    'ct-share': CtShareEvent;
  }
}
