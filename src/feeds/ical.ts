import ICAL from 'ical.js';
import { WINDOWS_TO_IANA_MAP } from 'windows-iana';
import { isKnownTimeZone } from '../core/time.js';
import { FEED_VERSION } from './common.js';
import type { AgendaSession } from './agenda.js';

/** Text that is not an iCalendar file at all (single events with faults are left out, not fatal). */
export class ICalendarFormatError extends Error {
  readonly path = '$';
}

/**
 * iCalendar (RFC 5545) → our agenda feed, parsed by ical.js (Indico, Outlook, Google Calendar exports).
 * Times come out as instants computed with the file's own VTIMEZONE definitions; the display zone is the
 * IANA zone the calendar names, also by its Windows name (Outlook), else UTC. A repeating event becomes one session per occurrence (RRULE, RDATE, EXDATE, and changed or
 * cancelled occurrences by RECURRENCE-ID), up to 500 occurrences or a year. Returns the feed and a line
 * for each event left out (or cut short) and why.
 *
 * Not exported from the feeds index: the agenda loads it, with ical.js, only when it reads an .ics feed.
 */
export function convertICalendar(text: string) {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new ICalendarFormatError(`$: Not an iCalendar file: ${(error as Error).message}`, { cause: error });
  }
  if (calendar.name !== 'vcalendar') throw new ICalendarFormatError('$: expected a VCALENDAR');
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const named = [String(calendar.getFirstPropertyValue('x-wr-timezone') ?? ''), ...zones.map((z) => String(z.getFirstPropertyValue('tzid') ?? ''))];
  const timeZone = named.map(ianaZone).find((zone) => zone !== undefined) ?? 'UTC';

  const skipped: string[] = [];
  const usedIds = new Set<string>();
  const sessions: AgendaSession[] = [];
  const rooms = new Map<string, string>();
  const add = (item: ICAL.Event, start: number, end: number, baseId: string, where: string) => {
    if (!(end > start)) return void skipped.push(`${where}: ends before it starts`);
    if (String(item.component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') return void skipped.push(`${where}: cancelled`);
    let id = baseId.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100);
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    const link = item.component.getFirstPropertyValue('url');
    const url = typeof link === 'string' && /^https?:\/\/\S+$/i.test(link) ? link : undefined;
    if (item.location) rooms.set(roomId(item.location), item.location);
    sessions.push({
      id,
      title: item.summary || id,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      type: 'other',
      ...(item.location ? { room: roomId(item.location) } : {}),
      ...(item.description ? { description: item.description } : {}),
      ...(url ? { links: [{ kind: 'other' as const, url }] } : {}),
    });
  };

  // Without `exceptions: []`, ical.js relates every RECURRENCE-ID event in the file to each event it
  // builds, whatever its UID: a moved occurrence of one series would move another's at the same time.
  const events = calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component, { exceptions: [], strictExceptions: true }));
  // A changed or moved occurrence (RECURRENCE-ID) belongs to its series (same UID). Related first, in a
  // pass of its own, so that the expansion below sees it wherever it stands in the file.
  const series = new Map(events.filter((event) => event.isRecurring() && !event.isRecurrenceException()).map((event) => [event.uid, event]));
  const related = new Set<ICAL.Event>();
  for (const event of events) {
    const master = event.isRecurrenceException() ? series.get(event.uid) : undefined;
    if (master) {
      master.relateException(event);
      related.add(event);
    }
  }
  events.forEach((event, index) => {
    const where = `VEVENT ${index + 1} (${event.summary || 'untitled'})`;
    if (related.has(event)) return;
    if (!event.startDate) return void skipped.push(`${where}: no DTSTART`);
    if (event.startDate.isDate) return void skipped.push(`${where}: all-day events are not shown in the programme`);
    const baseId = event.uid || `event-${index + 1}`;
    if (!event.isRecurring()) {
      const start = event.startDate.toJSDate().getTime();
      return add(event, start, event.endDate ? event.endDate.toJSDate().getTime() : start, baseId, where);
    }
    const first = event.startDate.toJSDate().getTime();
    const occurrences = event.iterator();
    let count = 0;
    for (let next = occurrences.next(); next; next = occurrences.next()) {
      if (count === MAX_OCCURRENCES || next.toJSDate().getTime() - first > MAX_SERIES_SPAN) {
        skipped.push(`${where}: repeats beyond ${MAX_OCCURRENCES} occurrences or a year; the rest are left out`);
        break;
      }
      const details = event.getOccurrenceDetails(next);
      const occurrenceId = details.recurrenceId.toJSDate().toISOString().replace(/[-:]|\.000/g, '');
      add(details.item, details.startDate.toJSDate().getTime(), details.endDate.toJSDate().getTime(), `${baseId}-${occurrenceId}`, `${where} on ${details.recurrenceId.toString()}`);
      count += 1;
    }
  });
  const title = calendar.getFirstPropertyValue('x-wr-calname');
  const feed = {
    kind: 'agenda',
    version: FEED_VERSION,
    meta: { source: 'Converted from iCalendar' },
    agenda: {
      ...(typeof title === 'string' && title ? { title } : {}),
      timeZone,
      rooms: [...rooms].map(([id, name]) => ({ id, name })),
      sessions,
    },
  };
  return { feed, skipped };
}

/**
 * The IANA zone a calendar names: directly (Indico, Google), or through its Windows name ("Eastern Standard
 * Time" from Outlook and Exchange), mapped by CLDR's table for the zone's main territory.
 */
function ianaZone(name: string): string | undefined {
  if (!name) return undefined;
  if (isKnownTimeZone(name)) return name;
  // The table alone: findIana() also expands every IANA alias, a second table ten times the bytes.
  return WINDOWS_TO_IANA_MAP.find((entry) => entry.windowsName === name && entry.territory === '001')?.iana.find(isKnownTimeZone);
}

/** A weekly meeting with no end would otherwise fill the programme for ever. */
const MAX_OCCURRENCES = 500;
const MAX_SERIES_SPAN = 366 * 86_400_000;

const roomId = (name: string) => name.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100) || 'room';
