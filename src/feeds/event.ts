import * as v from 'valibot';
import { isoDate, localizedText, safeUrl, timeZone } from './common.js';

/**
 * What the organiser says of the event, overriding the status worked out from its dates: a postponed or
 * cancelled event must not show a countdown to a day on which nothing will happen.
 */
export const EVENT_STATUS_OVERRIDES = ['postponed', 'cancelled'] as const;
export type EventStatusOverride = (typeof EVENT_STATUS_OVERRIDES)[number];

/** The `event` section: what the conference is, when and where. */
export const eventSection = v.pipe(
  v.object({
    id: v.optional(v.string()),
    name: localizedText,
    /** Which one in a series, as the page shows it: "Third edition" (a phrase, so each language can agree it). */
    edition: v.optional(localizedText),
    shortName: v.optional(localizedText),
    theme: v.optional(localizedText),
    organizer: v.optional(localizedText),
    startDate: isoDate,
    endDate: isoDate,
    timeZone,
    venue: v.optional(localizedText),
    city: v.optional(localizedText),
    url: v.optional(safeUrl),
    hashtag: v.optional(v.pipe(v.string(), v.regex(/^#\w+$/u, 'expected a hashtag such as "#CTWeek"'))),
    /** Where the outcome (report, summary) is, linked once the event has ended. */
    outcomeUrl: v.optional(safeUrl),
    status: v.optional(
      v.picklist(EVENT_STATUS_OVERRIDES, `expected one of ${EVENT_STATUS_OVERRIDES.map((s) => `"${s}"`).join(', ')}`),
    ),
  }),
  v.check((event) => event.endDate >= event.startDate, 'expected endDate on or after startDate'),
);

export type { EventSection } from './types.js';
