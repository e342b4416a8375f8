import { dateFormat, formatIsoDate } from '../i18n/formats.js';
import { formatIsoDay } from '../../feeds/calendar-day.js';
import { wallClock } from './zoned-date.js';
import { unTime, unTimeRange, type TimeOfDay, type TimeRangeText } from '../i18n/un-times.js';

/**
 * Times of day and calendar days in a given IANA time zone, through `Intl` only: `Intl` carries the tz
 * database, so daylight-saving changes are right without a date library.
 */

/**
 * Programmes repeat the same few start and end times thousands of times, and `formatToParts` is the slow
 * part of rendering a large agenda: results are memoised per instant, zone and language (bounded).
 */
const memo = new Map<string, string>();
function memoised(key: string, compute: () => string): string {
  let value = memo.get(key);
  if (value === undefined) {
    if (memo.size > 20_000) memo.clear();
    memo.set(key, (value = compute()));
  }
  return value;
}

/** The calendar day (`YYYY-MM-DD`) that an instant falls on in `timeZone`. */
export function dayKey(instant: number, timeZone: string): string {
  return memoised(`d|${instant}|${timeZone}`, () => computeDayKey(instant, timeZone));
}

function computeDayKey(instant: number, timeZone: string): string {
  const { year, month, day } = wallClock(instant, timeZone);
  return formatIsoDay(year, month, day); // four-digit years: day keys are compared as strings
}

/**
 * A time of day as UN documents in the language write it: "3.30 p.m.", "noon" (en), "下午3时30分" (zh),
 * "15 h 30" (fr), "15.30 horas" (es); `Intl`'s short time where no UN rule was found (see
 * i18n/un-times.ts, which names the source of each rule).
 */
export function formatTime(instant: number, timeZone: string, lang: string): string {
  return unTime(timeOfDay(instant, timeZone), lang) ?? intlTime(instant, timeZone, lang);
}

/**
 * A time range in two pieces and the separator between them: "3 p.m.", "–", "4.30 p.m." (en);
 * "下午3时", "至", "6时" (zh: the period is not repeated); "10.00", " a ", "13.00 horas" (es).
 */
export function formatTimeRange(start: number, end: number, timeZone: string, lang: string): TimeRangeText {
  return (
    unTimeRange(timeOfDay(start, timeZone), timeOfDay(end, timeZone), lang) ?? {
      from: intlTime(start, timeZone, lang),
      separator: '–',
      to: intlTime(end, timeZone, lang),
    }
  );
}

function intlTime(instant: number, timeZone: string, lang: string): string {
  return memoised(`i|${instant}|${timeZone}|${lang}`, () => dateFormat(lang, { timeZone, hour: 'numeric', minute: '2-digit' }).format(instant));
}

/** Hour (0–23) and minute of an instant in `timeZone` (memoised: `formatToParts` is the slow part). */
function timeOfDay(instant: number, timeZone: string): TimeOfDay {
  const [hour, minute] = memoised(`h|${instant}|${timeZone}`, () => {
    const { hour, minute } = wallClock(instant, timeZone);
    return `${hour}:${minute}`;
  }).split(':').map(Number);
  return { hour: hour!, minute: minute! };
}

/** "Monday, 19 June 2023" for a day key, in the language. */
export function formatDay(day: string, lang: string, style: 'long' | 'short' = 'long'): string {
  return formatIsoDate(
    day,
    lang,
    style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } : { weekday: 'short', day: 'numeric', month: 'short' },
  );
}

/** "Eastern Time", "heure de l’Est nord-américain": the zone's generic name in the language. */
export function timeZoneName(timeZone: string, lang: string, at: number = Date.now()): string {
  const parts = dateFormat(lang, { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone;
}

/** The viewer's own time zone, as the browser reports it. */
export function viewerTimeZone(): string {
  return dateFormat('en', {}).resolvedOptions().timeZone; // a format given no zone is in the viewer's
}

export { isKnownTimeZone } from '../../feeds/time-zone.js';
