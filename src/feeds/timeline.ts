import * as v from 'valibot';
import { isPartialDate, toIsoDay } from './partial-date.js';
import { feedId, localizedText, safeUrl, sectionIntro, timeZone } from './common.js';

/** A year (`2006`), a month (`2022-09`) or a day (`2023-06-19`): history is often known only to the year. */
export const partialDate = v.pipe(
  v.string('expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const milestone = v.pipe(
  v.object({
    id: v.optional(feedId),
    /** When it happened or begins. */
    date: partialDate,
    /** Last day (or month, or year) of a milestone that spans time: the conference, 19–20 June 2023. */
    endDate: v.optional(partialDate),
    title: localizedText,
    description: v.optional(localizedText),
    url: v.optional(safeUrl),
  }),
  // Compared as the days they cover, so `2023-06-19`…`2023` (to the end of that year) is a valid range.
  v.check((item) => !item.endDate || toIsoDay(item.endDate, 'end') >= toIsoDay(item.date, 'start'), 'expected endDate on or after date'),
);

/** The `timeline` section: dated milestones, shown in date order. */
export const timelineSection = v.object({
  ...sectionIntro,
  /** The zone whose calendar decides what is past, current and to come; UTC when absent. */
  timeZone: v.optional(timeZone),
  milestones: v.pipe(v.array(milestone, 'expected an array of milestones'), v.maxLength(200, 'at most 200 milestones')),
});

export type { Milestone, TimelineSection } from './types.js';
