import { toIsoDay } from '../../feeds/partial-date.js';
import { dayKey } from '../../core/time/zoned-time.js';
import { endOfDayIn, startOfDayIn } from '../../core/time/zoned-date.js';
import type { Milestone } from '../../feeds/timeline.js';

export const MILESTONE_STATUSES = ['past', 'current', 'future'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** First and last calendar day a milestone covers: `2022-09` is 1–30 September 2022. */
export function milestoneDays(item: Milestone): { first: string; last: string } {
  return { first: toIsoDay(item.date, 'start'), last: toIsoDay(item.endDate ?? item.date, 'end') };
}

/** Past, current or to come, by the calendar of `timeZone` at `now` (a year is current all year). */
export function milestoneStatus(item: Milestone, today: string): MilestoneStatus {
  const { first, last } = milestoneDays(item);
  return today < first ? 'future' : today > last ? 'past' : 'current';
}

export function todayIn(timeZone: string | undefined, now: number): string {
  return dayKey(now, timeZone ?? 'UTC');
}

/** The next instant at which some milestone changes status. */
export function nextStatusChange(items: readonly Milestone[], timeZone: string | undefined, now: number): number | undefined {
  const zone = timeZone ?? 'UTC';
  // Instants, not day strings: "10000-01-01" (the day after 9999-12-31) sorts before "9999-…" as text.
  const changes = items
    .flatMap((item) => {
      const { first, last } = milestoneDays(item);
      return [startOfDayIn(first, zone), endOfDayIn(last, zone)];
    })
    .filter((instant) => instant > now);
  return changes.length ? Math.min(...changes) : undefined;
}

/** Milestones in date order (start, then end); the feed's order breaks ties. */
export function sortMilestones(items: readonly Milestone[]): Milestone[] {
  return items
    .map((item, index) => ({ item, index, ...milestoneDays(item) }))
    .sort((a, b) => compareIsoDates(a.first, b.first) || compareIsoDates(a.last, b.last) || a.index - b.index)
    .map(({ item }) => item);
}

/** ISO dates sort as plain strings; `localeCompare` would bring the browser's locale into it. */
function compareIsoDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
