/**
 * "Add to calendar" for a whole event: one all-day VEVENT spanning its dates. All-day, because a
 * conference's days are days wherever the reader is; a timed entry would land at 6 a.m. in Geneva.
 *
 * Loaded with `import()` when the reader asks for the file, so ical.js never weighs on the page otherwise.
 */
import ICAL from 'ical.js';
import type { EventSection } from '../feeds/event.js';
import { ICS_PRODID } from './ics.js';
import { resolveLocalizedText } from './localized-text.js';
import { nextDay } from './zoned-date.js';

const text = (value: Parameters<typeof resolveLocalizedText>[0], lang: string) =>
  resolveLocalizedText(value, lang)?.text;

/** The iCalendar (RFC 5545) text for `event`, its text in `lang`. `stamp` is the DTSTAMP (now, by default). */
export function eventToICalendar(event: EventSection, lang: string, stamp = new Date()): string {
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', ICS_PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');

  const vevent = new ICAL.Component('vevent');
  const uid = `${event.id ?? event.startDate}@ct-widgets`;
  vevent.addPropertyWithValue('uid', uid);
  vevent.addPropertyWithValue('dtstamp', ICAL.Time.fromJSDate(stamp, true));
  // DTEND of an all-day event is the day after the last one (exclusive), per RFC 5545.
  vevent.addPropertyWithValue('dtstart', ICAL.Time.fromDateString(event.startDate));
  vevent.addPropertyWithValue('dtend', ICAL.Time.fromDateString(nextDay(event.endDate)));
  const name = resolveLocalizedText(event.name, lang);
  const summary = vevent.addPropertyWithValue('summary', name?.text ?? '');
  summary.setParameter('language', name?.lang ?? lang); // the language the name is really in
  const description = [text(event.theme, lang), text(event.organizer, lang), event.hashtag].filter(Boolean).join('\n');
  if (description) vevent.addPropertyWithValue('description', description);
  const location = [text(event.venue, lang), text(event.city, lang)].filter(Boolean).join(', ');
  if (location) vevent.addPropertyWithValue('location', location);
  if (event.url) vevent.addPropertyWithValue('url', event.url);
  vevent.addPropertyWithValue('x-microsoft-cdo-alldayevent', 'TRUE');
  calendar.addSubcomponent(vevent);
  // ical.js ends lines with CRLF but not the last one; RFC 5545 wants every content line ended.
  return `${calendar.toString()}\r\n`;
}

/** A file name from the event id: `hlc-ct-2023.ics`. */
export function calendarFileName(event: EventSection): string {
  return `${(event.id ?? 'event').replace(/[^A-Za-z0-9_-]+/g, '-')}.ics`;
}
