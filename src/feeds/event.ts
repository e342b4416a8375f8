import * as v from 'valibot';
import { isoDate, localizedText, safeUrl, timeZone } from './common.js';

/** The `event` section: what the conference is, when and where. */
export const eventSection = v.object({
  id: v.optional(v.string()),
  name: localizedText,
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
});

export type EventSection = v.InferOutput<typeof eventSection>;
