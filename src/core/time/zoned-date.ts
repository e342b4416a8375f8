import { dateFormat } from '../i18n/formats.js';
import { addDays, isoDayParts, utcInstant } from '../../feeds/calendar-day.js';

/**
 * Calendar days in a named time zone. An event on 19–20 June 2023 in New York is "live" while it is
 * 19 or 20 June in New York, wherever the reader is; a countdown counts to midnight in New York. The
 * day an instant falls on is `dayKey` in `zoned-time.ts`; this module goes the other way, day → instant.
 */

/**
 * The wall clock of an instant in `timeZone` (year as written, month 1–12, hour 0–23): the one reading of
 * a zone's clock that `dayKey`, the times of day in `zoned-time.ts` and `startOfDayIn` all use. `dateFormat`
 * caches the formatter.
 */
export function wallClock(instant: number, timeZone: string): Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number> {
  const parts = dateFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((part) => part.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute'), second: get('second') };
}

/**
 * The instant `isoDate` begins in `timeZone` (its local midnight). Guesses UTC midnight, then corrects by
 * the zone's offset at the guess; a second pass settles days on which the offset changes.
 */
export function startOfDayIn(isoDate: string, timeZone: string): number {
  const target = utcInstant(...isoDayParts(isoDate));
  let guess = target;
  for (let pass = 0; pass < 2; pass++) {
    const wall = wallClock(guess, timeZone);
    const asUtc = utcInstant(wall.year, wall.month, wall.day, wall.hour, wall.minute, wall.second);
    guess += target - asUtc;
  }
  return guess;
}

/** `2023-06-20` → `2023-06-21`; `9999-12-31` → `10000-01-01`. */
export function nextDay(isoDate: string): string {
  return addDays(isoDate, 1);
}

/** The instant `isoDate` ends in `timeZone`: the start of the next day there. */
export function endOfDayIn(isoDate: string, timeZone: string): number {
  return startOfDayIn(nextDay(isoDate), timeZone);
}
