/**
 * iCalendar (RFC 5545) files for "add to calendar": sessions of the agenda (timed, in UTC, which every
 * calendar converts to its own zone, so daylight-saving changes cannot shift them) and whole events
 * (all-day, because a conference's days are days wherever the reader is).
 *
 * Written here rather than by ical.js: ical.js leaves a bare CR in text unescaped (lenient readers then
 * take what follows for a new property) and folds lines by UTF-16 units, which can split a character
 * and overrun 75 octets. Feed text is untrusted, so every TEXT value goes through `escapeText` and every
 * line through `foldLine`; nothing else reaches the file.
 */
import { wellFormedString } from '../feed/well-formed.js';
import { addDays, isoDayParts, utcDayStart } from '../../feeds/calendar-day.js';

interface CalendarEntryBase {
  uid: string;
  title: string;
  /** The language the title is really in (`LANGUAGE` parameter). */
  titleLang?: string | undefined;
  location?: string | undefined;
  description?: string | undefined;
  url?: string | undefined;
}

/** A session: from `start` to `end`, instants in ms. */
export interface CalendarEvent extends CalendarEntryBase {
  start: number;
  end: number;
}

/** A whole event over calendar days, `YYYY-MM-DD`, `endDay` included. */
export interface AllDayCalendarEvent extends CalendarEntryBase {
  startDay: string;
  endDay: string;
}

export type CalendarEntry = CalendarEvent | AllDayCalendarEvent;

/** Who wrote the file, the same for every calendar file ct-widgets offers. */
export const ICS_PRODID = '-//United Nations//ct-widgets//EN';

// Control characters other than TAB and LF are not allowed in TEXT (RFC 5545 §3.3.11: TSAFE-CHAR).
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F]/g;

/**
 * A TEXT value (RFC 5545 §3.3.11): CRLF, a bare CR and LF each become one `\n`; backslash, semicolon and
 * comma are escaped; other control characters are dropped and lone surrogates become U+FFFD.
 */
export function escapeText(value: string): string {
  return wellFormedString(value)
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(/[\\;,\n]/g, (char) => (char === '\n' ? '\\n' : `\\${char}`));
}

/** Octets of one code point in UTF-8. */
const utf8Length = (codePoint: number) => (codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4);

/**
 * One content line folded as RFC 5545 §3.1 says: at most 75 octets per line, CRLF, then a space that
 * begins the next. Folds between characters, never inside a UTF-8 sequence (or a surrogate pair).
 */
export function foldLine(line: string): string {
  if (line.length <= 75 && /^[\x00-\x7F]*$/.test(line)) return line;
  const lines: string[] = [];
  let start = 0;
  let octets = 0;
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index)!;
    const units = codePoint > 0xffff ? 2 : 1; // a surrogate pair is one character
    const size = utf8Length(codePoint);
    if (octets + size > 75) {
      lines.push(line.slice(start, index));
      start = index;
      octets = 1; // the space that begins the continuation line
    }
    octets += size;
    index += units;
  }
  lines.push(line.slice(start));
  return lines.join('\r\n ');
}

/** `20230619T140000Z`; undefined outside the years 0001–9999 that the format can hold. */
function utcDateTime(instant: number): string | undefined {
  const date = new Date(instant);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(instant) || year < 1 || year > 9999) return undefined;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
}

/** `2023-06-19` → `20230619`. */
const basicDay = (isoDay: string) => isoDay.replace(/-/g, '');

/** A URI value is not escaped, so only a URI without spaces or control characters is written at all. */
const writableUri = (uri: string) => /^[\x21-\x7E]+$/.test(uri);

const isAllDay = (entry: CalendarEntry): entry is AllDayCalendarEvent => 'startDay' in entry;

function entryLines(entry: CalendarEntry, stamp: string): string[] | undefined {
  const lines = ['BEGIN:VEVENT', `UID:${escapeText(entry.uid)}`, `DTSTAMP:${stamp}`];
  if (isAllDay(entry)) {
    lines.push(`DTSTART;VALUE=DATE:${basicDay(entry.startDay)}`);
    // DTEND of an all-day event is exclusive: the day after the last. After 9999-12-31 there is no
    // such day in the format, so the length is given instead.
    const after = addDays(entry.endDay, 1);
    if (isoDayParts(after)[0] <= 9999) lines.push(`DTEND;VALUE=DATE:${basicDay(after)}`);
    else lines.push(`DURATION:P${Math.round((utcDayStart(after) - utcDayStart(entry.startDay)) / 86_400_000)}D`);
  } else {
    const start = utcDateTime(entry.start);
    const end = utcDateTime(entry.end);
    if (!start || !end) return undefined;
    lines.push(`DTSTART:${start}`, `DTEND:${end}`);
  }
  const language = entry.titleLang && /^[A-Za-z0-9-]{1,35}$/.test(entry.titleLang) ? `;LANGUAGE=${entry.titleLang}` : '';
  lines.push(`SUMMARY${language}:${escapeText(entry.title)}`);
  if (entry.description) lines.push(`DESCRIPTION:${escapeText(entry.description)}`);
  if (entry.location) lines.push(`LOCATION:${escapeText(entry.location)}`);
  if (entry.url && writableUri(entry.url)) lines.push(`URL:${entry.url}`);
  if (isAllDay(entry)) lines.push('X-MICROSOFT-CDO-ALLDAYEVENT:TRUE');
  lines.push('END:VEVENT');
  return lines;
}

export interface IcsOptions {
  /** The calendar's name (`X-WR-CALNAME`), shown by some calendars for a subscribed file. */
  name?: string | undefined;
  /** DTSTAMP: when the file was made. Now by default. */
  stamp?: Date;
}

/**
 * The iCalendar file for `entries`, every line folded and ended with CRLF. A session whose times fall
 * outside the years 0001–9999 in UTC cannot be written and is left out.
 */
export function buildIcs(entries: readonly CalendarEntry[], options: IcsOptions = {}): string {
  const stamp = utcDateTime((options.stamp ?? new Date()).getTime()) ?? '20000101T000000Z';
  const lines = ['BEGIN:VCALENDAR', `PRODID:${ICS_PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN'];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const entry of entries) lines.push(...(entryLines(entry, stamp) ?? []));
  lines.push('END:VCALENDAR');
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}

/** Offers text as a file download, without a server round trip. */
export function downloadText(fileName: string, text: string, type = 'text/calendar'): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; give them time before freeing it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
