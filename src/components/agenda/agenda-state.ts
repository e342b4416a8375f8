import { isKnownTimeZone, viewerTimeZone } from '../../core/time/zoned-time.js';
import type { AgendaFilters } from './agenda-filters.js';
import type { AgendaModel } from './agenda-model.js';
import { byWeek, weekStart } from './agenda-weeks.js';

export interface EffectiveFilters {
  readonly filters: AgendaFilters;
  /** What was asked for but names nothing in the programme, as `key="value"` for the console. */
  readonly ignored: readonly string[];
}

type Checked = 'day' | 'week' | 'room' | 'track' | 'type' | 'organizer';

/**
 * The filters the agenda applies: what the URL or the viewer asked for, checked against the programme as
 * it is shown (its language and time zone). A link is untrusted and may be stale — a day the programme no
 * longer has, a day that exists in the event's zone but not in "My time", a room renamed — so a value that
 * names nothing in the programme is dropped and the default (every day, every room…) shown instead of an
 * empty list. What is left always matches sessions unless a narrowing filter (search, "my agenda", menus
 * combined) leaves none, and "Clear filters" removes exactly those.
 */
export function effectiveFilters(asked: AgendaFilters, model: AgendaModel): EffectiveFilters {
  const filters: AgendaFilters = { ...asked };
  const ignored: string[] = [];
  const drop = (key: Checked) => {
    ignored.push(`${key}=${JSON.stringify(asked[key]!.slice(0, 80))}`);
    delete filters[key];
  };
  const known = (value: string | undefined, has: (value: string) => boolean) => value === undefined || has(value);
  if (!known(filters.day, (day) => model.days.includes(day))) drop('day');
  if (!known(filters.room, (room) => model.rooms.has(room))) drop('room');
  if (!known(filters.track, (track) => model.tracks.has(track))) drop('track');
  if (!known(filters.type, (type) => model.types.includes(type))) drop('type');
  if (!known(filters.organizer, (name) => model.organizers.includes(name))) drop('organizer');
  if (!byWeek(model.days)) {
    delete filters.week; // every day of a short programme is a tab: there are no weeks to choose
  } else if (filters.day) {
    filters.week = weekStart(filters.day);
  } else if (filters.week !== undefined) {
    const start = weekStart(filters.week);
    if (start && model.weeks.some((week) => week.start === start)) filters.week = start;
    else drop('week');
  }
  return { filters, ignored };
}

/**
 * The event's zone, the viewer's, and the one times are shown in (the viewer's under "My time"): the
 * element's settings over the feed's zone; UTC for a zone this browser does not know.
 */
export function agendaZones(
  feedZone: string,
  settings: { timeZone: string | undefined; viewerTimeZone: string | undefined; viewerTime: boolean },
): { eventZone: string; viewerZone: string; zone: string } {
  const known = (zone: string): string => (isKnownTimeZone(zone) ? zone : 'UTC');
  const eventZone = known(settings.timeZone ?? feedZone);
  const viewerZone = known(settings.viewerTimeZone ?? viewerTimeZone());
  return { eventZone, viewerZone, zone: settings.viewerTime ? viewerZone : eventZone };
}
