import { PARTIAL_DATE_PATTERN, toIsoDay } from '../../feeds/partial-date.js';
import { dateFormat } from './formats.js';
import { baseLanguage, normalizeLanguageTag } from './language-tag.js';
import { unDateRange, type CalendarDate } from './un-date-ranges.js';
import { utcInstant } from '../../feeds/calendar-day.js';

/**
 * Calendar dates that may be partial: a year (`2006`), a month (`2022-09`) or a day (`2023-06-19`), alone
 * or as a range. Timelines and event headers show them in the element's language with `Intl`, so each
 * language writes its own order, month names and range dash ("19–20 June 2023", "19–20 juin 2023").
 */
export type DatePrecision = 'year' | 'month' | 'day';

const OPTIONS: Record<DatePrecision, Intl.DateTimeFormatOptions> = {
  year: { year: 'numeric' },
  month: { year: 'numeric', month: 'long' },
  day: { year: 'numeric', month: 'long', day: 'numeric' },
};

export function precisionOf(value: string): DatePrecision {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  return match?.[3] ? 'day' : match?.[2] ? 'month' : 'year';
}

/** The UTC midnight of the first (`start`) or last (`end`) day of a partial date, the year as written. */
function toUtcDate(value: string, edge: 'start' | 'end'): number {
  const [year, month, day] = toIsoDay(value, edge).split('-').map(Number);
  return utcInstant(year!, month!, day!);
}

/**
 * `2023-06-19`…`2023-06-20` → "19–20 June 2023" (en), "19–20 juin 2023" (fr), "2023年6月19日至20日" (zh),
 * "del 19 al 20 de junio de 2023" (es): the UN form of each language (rules and sources in
 * i18n/un-date-ranges.ts), else `Intl`'s. The coarser precision of the two ends decides the format. English
 * follows UN style through `formats.ts` (en-GB, day first); `Intl` puts spaces around the dash between two
 * day numbers in English, which UN style does not.
 */
export function formatDateRange(start: string, end: string | undefined, lang: string): string {
  const precision = coarser(precisionOf(start), end ? precisionOf(end) : precisionOf(start));
  const format = dateFormat(lang, { ...OPTIONS[precision], timeZone: 'UTC' });
  const from = toUtcDate(start, 'start');
  if (!end || end === start) return format.format(from);
  const monthName = (month: number) => dateFormat(lang, { month: 'long', timeZone: 'UTC' }).format(utcInstant(2001, month, 15));
  // The rules below read the tag `dateFormat` gave `Intl` (`en_US` → `en-US`, `x-klingon` → `en`), not the raw one.
  const locale = normalizeLanguageTag(lang);
  const un = unDateRange(calendarDate(start, precision), calendarDate(end, precision), locale, monthName);
  if (un) return un;
  const text = format.formatRange(from, toUtcDate(end, 'start'));
  // Only after a bare number ("19–20 June", "2022–2023"); between dates with a month the dash keeps its spaces.
  return baseLanguage(locale) === 'en' ? text.replace(/^(\d+)\s+–\s+(\d)/u, '$1–$2') : text;
}

/** The parts of a partial date down to `precision`: `2023-06-19` at month precision → 2023, June. */
function calendarDate(value: string, precision: DatePrecision): CalendarDate {
  const [year, month, day] = toIsoDay(value, 'start').split('-').map(Number);
  return { year: year!, month: precision === 'year' ? undefined : month, day: precision === 'day' ? day : undefined };
}

function coarser(a: DatePrecision, b: DatePrecision): DatePrecision {
  const order: DatePrecision[] = ['year', 'month', 'day'];
  return order[Math.min(order.indexOf(a), order.indexOf(b))]!;
}
