import ICAL from 'ical.js';
import { FeedError } from '../../core/feed-error.js';
import { isKnownTimeZone } from '../../core/time.js';
import { FEED_VERSION } from '../../feeds/common.js';
import type { AgendaSession } from '../../feeds/agenda.js';

/**
 * iCalendar (RFC 5545) → our agenda feed, parsed by ical.js: this module is loaded only when an agenda
 * reads an .ics feed (Indico, Outlook, Google Calendar exports). Times come out as instants computed with
 * the file's own VTIMEZONE definitions, so Windows zone names ("Eastern Standard Time") work too; the
 * display zone is the calendar's IANA zone when it names one, else UTC.
 */
export function convertICalendar(text: string, url: string | undefined) {
  let calendar: ICAL.Component;
  try {
    calendar = new ICAL.Component(ICAL.parse(text));
  } catch (error) {
    throw new FeedError('invalid', `$: Not an iCalendar file: ${(error as Error).message}`, { url, path: '$', cause: error });
  }
  if (calendar.name !== 'vcalendar') throw new FeedError('invalid', '$: expected a VCALENDAR', { url, path: '$' });
  const zones = calendar.getAllSubcomponents('vtimezone');
  for (const zone of zones) ICAL.TimezoneService.register(zone);
  const named = [String(calendar.getFirstPropertyValue('x-wr-timezone') ?? ''), ...zones.map((z) => String(z.getFirstPropertyValue('tzid') ?? ''))];
  const timeZone = named.find((name) => name && isKnownTimeZone(name)) ?? 'UTC';

  const skipped: string[] = [];
  const usedIds = new Set<string>();
  const sessions: AgendaSession[] = [];
  calendar.getAllSubcomponents('vevent').forEach((component, index) => {
    const event = new ICAL.Event(component);
    const where = `VEVENT ${index + 1} (${event.summary || 'untitled'})`;
    if (!event.startDate) return void skipped.push(`${where}: no DTSTART`);
    if (event.startDate.isDate) return void skipped.push(`${where}: all-day events are not shown in the programme`);
    if (event.isRecurring()) skipped.push(`${where}: repeats; only its first occurrence is shown`);
    const start = event.startDate.toJSDate().getTime();
    const end = event.endDate ? event.endDate.toJSDate().getTime() : start;
    if (!(end > start)) return void skipped.push(`${where}: ends before it starts`);
    let id = (event.uid || `event-${index + 1}`).replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100);
    while (usedIds.has(id)) id = `${id}-2`;
    usedIds.add(id);
    const link = component.getFirstPropertyValue('url');
    const url = typeof link === 'string' && /^https?:\/\/\S+$/i.test(link) ? link : undefined;
    sessions.push({
      id,
      title: event.summary || id,
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
      type: 'other',
      ...(event.location ? { room: roomId(event.location) } : {}),
      ...(event.description ? { description: event.description } : {}),
      ...(url ? { links: [{ kind: 'other' as const, url }] } : {}),
    });
  });
  if (skipped.length) console.info(`ct-widgets: ${url ?? 'iCalendar feed'}:\n${skipped.slice(0, 20).join('\n')}`);
  const rooms = [...new Map(calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c).location).filter(Boolean).map((name) => [roomId(name), name])).entries()];
  const title = calendar.getFirstPropertyValue('x-wr-calname');
  return {
    kind: 'agenda',
    version: FEED_VERSION,
    meta: { source: 'Converted from iCalendar' },
    agenda: {
      ...(typeof title === 'string' && title ? { title } : {}),
      timeZone,
      rooms: rooms.map(([id, name]) => ({ id, name })),
      sessions,
    },
  };
}

const roomId = (name: string) => name.replace(/[^A-Za-z0-9_.-]+/g, '-').slice(0, 100) || 'room';
