/**
 * The one date rule of every feed: years 0001 to 9999 (what four digits and the proleptic Gregorian
 * calendar of ISO 8601 and JavaScript hold; year 0000 is 1 BC), months 1 to 12, and a day that exists in
 * that month (no 30 February; 29 February in leap years only). Arithmetic, not `Date`, which rolls
 * 30 February over into March and reads the years 0–99 as 1900–1999.
 */
export function isExistingDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || !Number.isInteger(month) || month < 1 || month > 12) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const length = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return Number.isInteger(day) && day >= 1 && day <= length;
}
