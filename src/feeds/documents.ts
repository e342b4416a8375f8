import * as v from 'valibot';
import { FEED_VERSION, feedMeta } from './common.js';
import { agendaSection } from './agenda.js';
import { eventSection } from './event.js';
import { keyMessagesSection } from './key-messages.js';
import { pressReleasesSection } from './press.js';
import { speakersSection } from './speakers.js';
import { statsSection } from './stats.js';
import { timelineSection } from './timeline.js';

/**
 * The sections a feed may hold, by name. An element reads one section; a "conference" document may
 * hold all of them so that a whole page needs one URL. New sections are added here with their element.
 */
export const FEED_SECTIONS = {
  agenda: agendaSection,
  event: eventSection,
  keyMessages: keyMessagesSection,
  pressReleases: pressReleasesSection,
  speakers: speakersSection,
  stats: statsSection,
  timeline: timelineSection,
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
  agenda: v.optional(agendaSection),
  event: v.optional(eventSection),
  keyMessages: v.optional(keyMessagesSection),
  pressReleases: v.optional(pressReleasesSection),
  speakers: v.optional(speakersSection),
  stats: v.optional(statsSection),
  timeline: v.optional(timelineSection),
});

/** Key figures only. */
export const statsFeed = v.object({
  ...common,
  kind: v.literal('stats'),
  stats: statsSection,
});

/** A programme only (what `ct-feed convert` writes from frab or iCalendar). */
export const agendaFeed = v.object({
  ...common,
  kind: v.literal('agenda'),
  agenda: agendaSection,
});

/** Any feed this library reads, told apart by `kind`. The published JSON Schemas are generated from these. */
export const FEED_DOCUMENTS = { conference: conferenceFeed, stats: statsFeed, agenda: agendaFeed } as const;
export const anyFeed = v.variant('kind', [conferenceFeed, statsFeed, agendaFeed]);
export type AnyFeed = v.InferOutput<typeof anyFeed>;
