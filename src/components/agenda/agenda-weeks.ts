/**
 * Weeks of a long programme. Up to DAY_TAB_LIMIT days, every day is a tab (as it always was); beyond it a
 * programme is chosen by week first, then by day within the week, so a year-long series never shows
 * hundreds of tabs.
 *
 * Weeks start on Monday in every language (ISO 8601, and the UN's working week): a link to a week means
 * the same days to every reader, whatever their language.
 */
import { addDays, isoDayParts, utcDayStart } from '../../feeds/calendar-day.js';

export const DAY_TAB_LIMIT = 14;

export interface AgendaWeek {
  /** The Monday, `YYYY-MM-DD`; also the week's key in the URL (`#week=2023-06-19`). */
  readonly start: string;
  /** The Sunday. */
  readonly end: string;
  /** The programme's days within the week, in order. */
  readonly days: readonly string[];
}

/** Whether `day` is a `YYYY-MM-DD` that names a real calendar day of the years 1–9999. */
export function isCalendarDay(day: string): boolean {
  // A day past the end of its month (`2023-02-30`) comes back from addDays as another day.
  return /^\d{4}-\d{2}-\d{2}$/.test(day) && isoDayParts(day)[0] >= 1 && addDays(day, 0) === day;
}

/** The Monday of the week that holds `day`; undefined when `day` is not a calendar day. */
export function weekStart(day: string): string | undefined {
  if (!isCalendarDay(day)) return undefined;
  const sinceMonday = (new Date(utcDayStart(day)).getUTCDay() + 6) % 7;
  return addDays(day, -sinceMonday);
}

/** The programme's days (in order) grouped into the weeks that hold them; weeks without a day are left out. */
export function groupWeeks(days: readonly string[]): AgendaWeek[] {
  const weeks: { start: string; days: string[] }[] = [];
  for (const day of days) {
    const start = weekStart(day);
    if (!start) continue;
    if (weeks.at(-1)?.start !== start) weeks.push({ start, days: [] });
    weeks.at(-1)!.days.push(day);
  }
  return weeks.map((week) => ({ ...week, end: addDays(week.start, 6) }));
}

/** Whether the programme is chosen by week, then day. */
export function byWeek(days: readonly string[]): boolean {
  return days.length > DAY_TAB_LIMIT;
}
