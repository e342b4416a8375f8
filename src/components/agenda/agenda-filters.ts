import type { SessionView } from './agenda-model.js';
import { normalizeForSearch } from './agenda-model.js';
import { addDays } from '../../feeds/calendar-day.js';
import { isCalendarDay } from './agenda-weeks.js';

export const AGENDA_LAYOUTS = ['list', 'grid'] as const;
export type AgendaLayout = (typeof AGENDA_LAYOUTS)[number];

/** What the viewer has chosen; all of it lives in the URL hash so a filtered view can be shared. */
export interface AgendaFilters {
  day?: string;
  /** The Monday of the week shown, in a programme chosen by week (see agenda-weeks.ts). */
  week?: string;
  track?: string;
  type?: string;
  room?: string;
  organizer?: string;
  q?: string;
  /** Only the sessions marked for the personal agenda. */
  mine?: boolean;
  /** Times in the viewer's zone instead of the event's. */
  viewerTime?: boolean;
  layout?: AgendaLayout;
}

const KEYS = ['day', 'week', 'track', 'type', 'room', 'organizer', 'q'] as const;

/** `#day=2023-06-19&track=human-rights&q=victims&mine=1&tz=viewer&layout=grid` → filters. */
export function filtersFromHash(hash: string): AgendaFilters {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const filters: AgendaFilters = {};
  for (const key of KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value;
  }
  if (params.get('mine') === '1') filters.mine = true;
  if (params.get('tz') === 'viewer') filters.viewerTime = true;
  // `view=` is what links made before 0.2 say (the property was `view`, now `layout` as on every element).
  const layout = params.get('layout') ?? params.get('view');
  if ((AGENDA_LAYOUTS as readonly string[]).includes(layout ?? '')) filters.layout = layout as AgendaLayout;
  return filters;
}

/**
 * What a URL fragment asks of the agenda: a session to open (`#session-…`), filters (`#day=…&q=…`, or
 * none: `#` or no fragment), or nothing — any other fragment (a skip link's `#main`, say) is the page's.
 * Not decoded here: URLSearchParams decodes the filters itself (decoding twice changed a search that holds
 * "&", "+" or "%", and a malformed escape from a crafted link threw), and ids are never escaped.
 */
export function readAgendaHash(hash: string): { session: string } | { filters: AgendaFilters } | undefined {
  const deepLink = /^#session-([A-Za-z0-9_.-]+)$/.exec(hash);
  if (deepLink) return { session: deepLink[1]! };
  if (hash === '' || hash === '#' || hash.includes('=')) return { filters: filtersFromHash(hash) };
  return undefined;
}

export function filtersToHash(filters: AgendaFilters): string {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    // A day names its week already: `#day=…` stays the one deep link to a day.
    if (value && !(key === 'week' && filters.day)) params.set(key, value);
  }
  if (filters.mine) params.set('mine', '1');
  if (filters.viewerTime) params.set('tz', 'viewer');
  if (filters.layout && filters.layout !== 'list') params.set('layout', filters.layout);
  const text = params.toString();
  return text ? `#${text}` : '';
}

/** Whether any filter narrows the list (the day and display choices do not count: they are navigation). */
export function hasNarrowingFilters(filters: AgendaFilters): boolean {
  return Boolean(filters.track || filters.type || filters.room || filters.organizer || filters.q || filters.mine);
}

export function applyFilters(
  sessions: readonly SessionView[],
  filters: AgendaFilters,
  isFavourite: (id: string) => boolean,
): SessionView[] {
  const words = filters.q ? normalizeForSearch(filters.q).split(/\s+/).filter(Boolean) : [];
  const week = filters.week && isCalendarDay(filters.week) ? [filters.week, addDays(filters.week, 6)] : undefined;
  return sessions.filter(
    (view) =>
      (!filters.day || view.day === filters.day) &&
      (!week || (view.day >= week[0]! && view.day <= week[1]!)) &&
      (!filters.track || view.session.track === filters.track) &&
      (!filters.type || view.session.type === filters.type) &&
      (!filters.room || view.session.room === filters.room) &&
      (!filters.organizer || view.organizerNames.includes(filters.organizer)) &&
      (!filters.mine || isFavourite(view.id)) &&
      words.every((word) => view.searchText.includes(word)),
  );
}
