import { compareText } from '../../core/i18n/intl.js';
import { resolveLocalizedText, type LocalizedText } from '../../core/i18n/localized-text.js';
import { dayKey } from '../../core/time/zoned-time.js';
import type { AgendaSection, AgendaSession } from '../../feeds/agenda.js';
import { byWeek, groupWeeks, type AgendaWeek } from './agenda-weeks.js';

/** A session ready to render and filter: instants parsed once, search text lower-cased once. */
export interface SessionView {
  readonly session: AgendaSession;
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** Calendar day in the zone the agenda is shown in. */
  readonly day: string;
  readonly searchText: string;
  readonly organizerNames: readonly string[];
}

export interface AgendaModel {
  readonly sessions: readonly SessionView[];
  readonly days: readonly string[];
  /** The weeks that hold the days, when the programme is chosen by week (agenda-weeks.ts); else none. */
  readonly weeks: readonly AgendaWeek[];
  readonly rooms: ReadonlyMap<string, LocalizedText>;
  readonly tracks: ReadonlyMap<string, LocalizedText>;
  readonly organizers: readonly string[];
  readonly types: readonly string[];
  /** The latest end of any session (0 without sessions). */
  readonly lastEnd: number;
}

const text = (value: LocalizedText | undefined, lang: string) => resolveLocalizedText(value, lang)?.text ?? '';

/**
 * A session's view. Its search text is built when a search first asks for it, not before the first screen:
 * a programme of 10,000 sessions is 10,000 texts to join and fold, and most readers never search.
 */
class View implements SessionView {
  readonly id: string;
  #searchText: string | undefined;

  constructor(
    readonly session: AgendaSession,
    readonly start: number,
    readonly end: number,
    readonly day: string,
    readonly organizerNames: readonly string[],
    readonly lang: string,
  ) {
    this.id = session.id;
  }

  get searchText(): string {
    const { session, lang } = this;
    return (this.#searchText ??= normalizeForSearch(
      [
        text(session.title, lang),
        text(session.title, 'en'),
        text(session.description, lang),
        ...(session.speakers ?? []).flatMap((speaker) => [text(speaker.name, lang), text(speaker.name, 'en')]),
        ...this.organizerNames,
      ].join(' '),
    ));
  }
}

/**
 * Normalises a validated agenda for one language and one display time zone: sorts by start, assigns days
 * in that zone (a session at 11 p.m. in New York is on the next day in Geneva) and gives each session a search
 * text (built on the first search, see View) from titles, descriptions, speakers and organisers in that language (and English, so a search in English
 * still finds untranslated text).
 */
export function buildAgendaModel(section: AgendaSection, lang: string, timeZone: string): AgendaModel {
  const rooms = new Map((section.rooms ?? []).map((room) => [room.id, room.name] as const));
  const tracks = new Map((section.tracks ?? []).map((track) => [track.id, track.name] as const));
  const organizers = new Set<string>();
  const types = new Set<string>();
  const sessions = section.sessions
    .map((session): SessionView => {
      const start = Date.parse(session.start);
      const organizerNames = (session.organizers ?? []).map((name) => text(name, lang));
      organizerNames.forEach((name) => organizers.add(name));
      if (session.type) types.add(session.type);
      return new View(session, start, Date.parse(session.end), dayKey(start, timeZone), organizerNames, lang);
    })
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const days = [...new Set(sessions.map((s) => s.day))];
  return {
    sessions,
    days,
    weeks: byWeek(days) ? groupWeeks(days) : [],
    rooms,
    tracks,
    organizers: [...organizers].sort((a, b) => compareText(a, b, lang)),
    types: [...types],
    lastEnd: sessions.reduce((last, view) => Math.max(last, view.end), 0),
  };
}

/**
 * Builds the sessions' search texts while the page is idle, a few at a time, so that the first keystroke
 * does not build them all (at 10,000 sessions it then took 168 ms, the target being 200). Where there is
 * no `requestIdleCallback`, the first search builds them.
 */
export class SearchPreparer {
  #sessions: readonly SessionView[] | undefined;
  #handle: number | undefined;

  /** Starts on `sessions`, once per list (a list already started on is left alone). */
  prepare(sessions: readonly SessionView[]): void {
    if (sessions === this.#sessions || typeof requestIdleCallback !== 'function') return;
    this.stop();
    this.#sessions = sessions;
    let index = 0;
    const step = (deadline: IdleDeadline) => {
      while (index < sessions.length && deadline.timeRemaining() > 2) void sessions[index++]!.searchText;
      this.#handle = index < sessions.length ? requestIdleCallback(step) : undefined;
    };
    this.#handle = requestIdleCallback(step);
  }

  stop(): void {
    if (this.#handle !== undefined) cancelIdleCallback(this.#handle);
    this.#handle = this.#sessions = undefined;
  }
}

/**
 * Case- and accent-insensitive: "securite" finds "Sécurité". Lower case without a locale on purpose: the
 * text mixes languages, and the query must fold the same way whatever the browser's own locale is.
 */
export function normalizeForSearch(value: string): string {
  return value.normalize('NFD').replace(/\p{Mn}/gu, '').toLowerCase();
}
