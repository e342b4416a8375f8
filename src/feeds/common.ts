import * as v from 'valibot';
import { isKnownTimeZone } from './time-zone.js';
import { isExistingDay } from './existing-day.js';

// Kept apart so that the elements can use the date rule without carrying the schemas (and valibot).
export { isExistingDay };

/** BCP 47-ish language tag as used for text maps: `en`, `fr`, `zh-Hans`, `es-419`. */
export const languageTag = v.pipe(
  v.string(),
  v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'expected a language tag such as "en" or "zh-Hans"'),
);

/** Text is either one string or a map of language tag → string. */
export const localizedText = v.pipe(
  v.union(
    [v.string(), v.record(languageTag, v.string())],
    'expected a string or an object of language → string, e.g. {"en": "…", "fr": "…"}',
  ),
  v.description('A string, or an object mapping language tags to strings: {"en": "Participants", "fr": "Participants"}'),
);

/**
 * Ids of sessions, people, messages, milestones: they end up in URLs (`#session-<id>`) and DOM ids, so
 * one URL-safe alphabet and length for every feed section.
 */
export const feedId = v.pipe(v.string('expected a string'), v.regex(/^[A-Za-z0-9_.-]{1,100}$/, 'expected an id of letters, digits, "-", "_" or "."'));

/**
 * Links must be http(s) or mailto: a `javascript:` or `data:` URL in a feed is a shape error, not content.
 * Case-insensitive by character classes, not the `i` flag, which a JSON Schema `pattern` cannot carry.
 */
export const safeUrl = v.pipe(
  v.string(),
  v.regex(/^([Hh][Tt][Tt][Pp][Ss]?:\/\/|[Mm][Aa][Ii][Ll][Tt][Oo]:)\S+$/, 'expected an https:, http: or mailto: URL'),
);

/** The day of a `YYYY-MM-DD…` value exists; true for another form (valibot's own form check has spoken). */
function leadingDayExists(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return !match || isExistingDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A day that exists: `YYYY-MM-DD` in form (what a JSON Schema says), and the rule above. */
export const isoDate = v.pipe(
  v.string(),
  v.isoDate('expected a date as YYYY-MM-DD'),
  v.check(leadingDayExists, 'expected a date that exists, in the years 0001 to 9999'),
);

/**
 * RFC 3339, which JSON Schema's `date-time` means: `T` between date and time, seconds, and `Z` or
 * `±hh:mm`. valibot's `isoTimestamp` also lets through `2023-06-19 10:00:00 +05`, which browsers either
 * refuse (NaN) or read with the legacy parser (the year 0099 as 1999).
 */
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$/;

/** valibot's own form check alone: the rule below speaks only where it passed (one message a fault). */
const isoTimestampForm = v.pipe(v.string(), v.isoTimestamp());

export const isoDateTimeWithOffset = v.pipe(
  v.string(),
  v.isoTimestamp('not an ISO date-time with offset, e.g. 2023-06-19T10:00:00-04:00'),
  v.check(
    // The form schema is built once: built per value, it was a tenth of reading a 10,000-session programme.
    (value) => !v.is(isoTimestampForm, value) || (RFC3339.test(value) && leadingDayExists(value)),
    'expected a date-time that exists, in the years 0001 to 9999, written as 2023-06-19T10:00:00-04:00',
  ),
);

/** IANA time zone name, e.g. America/New_York, in form and known to this browser's `Intl`. */
export const timeZone = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/, 'expected an IANA time zone such as "America/New_York"'),
  v.check(isKnownTimeZone, 'expected a time zone this browser knows, such as "America/New_York"'),
);

/**
 * The title and intro text that open a section (figures, messages, speakers, milestones): spread into
 * the section's object, and shown by `renderSectionHeader` in core.
 */
export const sectionIntro = {
  title: v.optional(localizedText),
  description: v.optional(localizedText),
};

export const FEED_VERSION = 1;
export const FEED_KINDS = ['conference', 'stats', 'agenda'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

/** Who made the feed and which details are illustrative rather than from the source. */
export const feedMeta = v.object({
  title: v.optional(v.string()),
  source: v.optional(v.string()),
  sourceUrl: v.optional(safeUrl),
  /** Notes on what the feed states that its source does not (illustrative times, rooms, speakers). */
  illustrative: v.optional(v.array(v.string())),
  updated: v.optional(isoDateTimeWithOffset),
});

/** Every feed starts with what it is and which version of the contract it follows. */
export const feedHeader = v.object({
  kind: v.picklist(FEED_KINDS, `expected one of ${FEED_KINDS.map((k) => `"${k}"`).join(', ')}`),
  version: v.literal(FEED_VERSION, `expected ${FEED_VERSION} (this library reads version ${FEED_VERSION} feeds)`),
});

export type { FeedMeta, LocalizedTextValue } from './types.js';

type Same<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * For a schema published under its hand-written type `T` (src/feeds/types.ts), whose declaration is then
 * `GenericSchema<T>`, a line, instead of the inferred schema type:
 * `export const x: v.GenericSchema<T> = xSchema satisfies Exactly<T, typeof xSchema>;`
 * compiles only when the schema accepts exactly `T` (identity, not assignability); otherwise the error
 * shows what the schema outputs. Types only: nothing of it reaches the built files.
 */
export type Exactly<T, S extends v.GenericSchema> = Same<T, v.InferOutput<S>> extends true ? S : { schemaOutputs: v.InferOutput<S> };
