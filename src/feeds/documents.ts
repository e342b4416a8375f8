import * as v from 'valibot';
import { FEED_VERSION, feedMeta } from './common.js';
import { eventSection } from './event.js';
import { statsSection } from './stats.js';

/**
 * The sections a feed may hold, by name. An element reads one section; a "conference" document may
 * hold all of them so that a whole page needs one URL. New sections are added here with their element.
 */
export const FEED_SECTIONS = {
  event: eventSection,
  stats: statsSection,
} as const;
export type FeedSectionName = keyof typeof FEED_SECTIONS;
export type FeedSection<Name extends FeedSectionName> = v.InferOutput<(typeof FEED_SECTIONS)[Name]>;

const common = {
  $schema: v.optional(v.string()),
  version: v.literal(FEED_VERSION),
  meta: v.optional(feedMeta),
};

/** A whole conference: any of the sections. */
export const conferenceFeed = v.object({
  ...common,
  kind: v.literal('conference'),
  event: v.optional(eventSection),
  stats: v.optional(statsSection),
});

/** Key figures only. */
export const statsFeed = v.object({
  ...common,
  kind: v.literal('stats'),
  stats: statsSection,
});

/** Any feed this library reads, told apart by `kind`. The published JSON Schemas are generated from these. */
export const FEED_DOCUMENTS = { conference: conferenceFeed, stats: statsFeed } as const;
export const anyFeed = v.variant('kind', [conferenceFeed, statsFeed]);
export type AnyFeed = v.InferOutput<typeof anyFeed>;
