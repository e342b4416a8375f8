/**
 * Calendar days as numbers, for every year a feed may name (0001–9999) and the day after the last one.
 *
 * `Date.UTC(y, …)` and `new Date(y, …)` read a year from 0 to 99 as 1900–1999: `Date.UTC(99, 0, 1)` is
 * 1 January 1999. Every day → instant conversion in ct-widgets goes through here instead, which sets the
 * year with `setUTCFullYear` (taken as written). The other way, years are written with at least four
 * digits, as ISO 8601 does (`0099-03-04`), and without `toISOString`'s `+010000` form for year 10000.
 */

/** The instant a UTC wall-clock time falls on; the year as written, months 1–12. */
export function utcInstant(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  return date.getTime();
}

/** `2023-06-19` → [2023, 6, 19]. */
export function isoDayParts(isoDay: string): [number, number, number] {
  const [year, month, day] = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(isoDay)?.slice(1).map(Number) ?? [NaN, NaN, NaN];
  return [year!, month!, day!];
}

/** UTC midnight of a `YYYY-MM-DD` day. */
export function utcDayStart(isoDay: string): number {
  return utcInstant(...isoDayParts(isoDay));
}

/** The UTC day of an instant as `YYYY-MM-DD`, the year in at least four digits. */
export function isoDayOf(instant: number): string {
  const date = new Date(instant);
  return formatIsoDay(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

export function formatIsoDay(year: number, month: number, day: number): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${String(year).padStart(4, '0')}-${two(month)}-${two(day)}`;
}

/** `2023-06-20` + 1 → `2023-06-21`; `9999-12-31` + 1 → `10000-01-01` (a day Date still holds). */
export function addDays(isoDay: string, days: number): string {
  const [year, month, day] = isoDayParts(isoDay);
  return isoDayOf(utcInstant(year, month, day + days));
}
