import { dateFormat, formatIsoDate } from './format.js';
import { baseLanguage } from './i18n/language-tag.js';

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
  // en-CA writes dates as YYYY-MM-DD; formatToParts keeps it independent of that detail anyway.
  const parts = dateFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(instant);
  const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
  // Intl writes the year 99 as "99"; ISO 8601 day keys (compared as strings) need four digits.
  return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
}

/**
 * A time of day as the language writes it. English follows UN editorial style: "10 a.m.", "3.30 p.m.",
 * "noon", "midnight"; other languages use their `Intl` short time.
 */
export function formatTime(instant: number, timeZone: string, lang: string): string {
  return memoised(`t|${instant}|${timeZone}|${lang}`, () => computeTime(instant, timeZone, lang));
}

function computeTime(instant: number, timeZone: string, lang: string): string {
  if (baseLanguage(lang) !== 'en') {
    return dateFormat(lang, { timeZone, hour: 'numeric', minute: '2-digit' }).format(instant);
  }
  const parts = dateFormat('en-US', { timeZone, hour: 'numeric', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const hour = Number(parts.find((part) => part.type === 'hour')?.value);
  const minute = parts.find((part) => part.type === 'minute')?.value ?? '00';
  if (minute === '00' && hour === 12) return 'noon';
  if (minute === '00' && hour === 0) return 'midnight';
  const clock = hour % 12 === 0 ? 12 : hour % 12;
  const period = hour < 12 ? 'a.m.' : 'p.m.';
  return minute === '00' ? `${clock} ${period}` : `${clock}.${minute} ${period}`;
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

/** Whether `Intl` knows the zone; feeds name zones as text and a typo must not throw at render time. */
export function isKnownTimeZone(timeZone: string): boolean {
  return (
    memoised(`z|${timeZone}`, () => {
      try {
        dateFormat('en', { timeZone });
        return 'yes';
      } catch {
        return 'no';
      }
    }) === 'yes'
  );
}
