/**
 * "Add to calendar" for a whole event: one all-day entry spanning its dates. All-day, because a
 * conference's days are days wherever the reader is; a timed entry would land at 6 a.m. in Geneva.
 * The file itself is written by the one iCalendar writer, `core/render/ics.ts`.
 */
import type { EventSection } from '../../feeds/event.js';
import { buildIcs } from '../../core/render/ics.js';
import { resolveLocalizedText } from '../../core/i18n/localized-text.js';

const text = (value: Parameters<typeof resolveLocalizedText>[0], lang: string) =>
  resolveLocalizedText(value, lang)?.text;

/** The iCalendar (RFC 5545) text for `event`, its text in `lang`. `stamp` is the DTSTAMP (now, by default). */
export function eventToICalendar(event: EventSection, lang: string, stamp = new Date()): string {
  const name = resolveLocalizedText(event.name, lang);
  const description = [text(event.theme, lang), text(event.organizer, lang), event.hashtag].filter(Boolean).join('\n');
  const location = [text(event.venue, lang), text(event.city, lang)].filter(Boolean).join(', ');
  return buildIcs(
    [
      {
        uid: `${event.id ?? event.startDate}@ct-widgets`,
        title: name?.text ?? '',
        titleLang: name?.lang ?? lang, // the language the name is really in
        startDay: event.startDate,
        endDay: event.endDate,
        description: description || undefined,
        location: location || undefined,
        url: event.url,
      },
    ],
    { stamp },
  );
}

/** A file name from the event id: `hlc-ct-2023.ics`. */
export function calendarFileName(event: EventSection): string {
  return `${(event.id ?? 'event').replace(/[^A-Za-z0-9_-]+/g, '-')}.ics`;
}
