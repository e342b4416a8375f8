import { formatIsoDay, isoDayOf, utcInstant } from './calendar-day.js';
import { isExistingDay } from './existing-day.js';

// The partial-date rules of the feeds, here so the timeline schema needs nothing from the rendering code
// (core/i18n/date-range.ts, which formats these dates, re-exports them).

export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * True for `2006`, `2022-09`, `2023-06-19`; false for `2023-02-30`, `2023-13` or `0000`: the feeds' one
 * date rule (`isExistingDay`), applied to the first day the value covers.
 */
export function isPartialDate(value: string): boolean {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  return isExistingDay(Number(year), month ? Number(month) : 1, day ? Number(day) : 1);
}

/** First (`start`) or last (`end`) day a partial date covers, as `YYYY-MM-DD`: `2022-09` → `2022-09-30`. */
export function toIsoDay(value: string, edge: 'start' | 'end'): string {
  const [, year, month, day] = PARTIAL_DATE_PATTERN.exec(value) ?? [];
  const y = Number(year);
  if (day) return formatIsoDay(y, Number(month), Number(day));
  if (month) return edge === 'start' ? formatIsoDay(y, Number(month), 1) : isoDayOf(utcInstant(y, Number(month) + 1, 0));
  return formatIsoDay(y, edge === 'start' ? 1 : 12, edge === 'start' ? 1 : 31);
}

