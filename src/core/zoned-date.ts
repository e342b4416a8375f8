import { dateFormat } from './format.js';

import { addDays, isoDayParts, utcInstant } from './time/calendar-day.js';

/**
 * Calendar days in a named time zone. An event on 19–20 June 2023 in New York is "live" while it is
 * 19 or 20 June in New York, wherever the reader is; a countdown counts to midnight in New York. The
 * day an instant falls on is `dayKey` in `time.ts`; this module goes the other way, day → instant.
 */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

function partsFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = dateFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

function wallClock(instant: number, timeZone: string): Record<string, number> {
  const parts = partsFormat(timeZone).formatToParts(instant);
  return Object.fromEntries(parts.filter((p) => p.type !== 'literal').map((p) => [p.type, Number(p.value)]));
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
    const asUtc = utcInstant(wall.year!, wall.month!, wall.day!, wall.hour, wall.minute, wall.second);
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
