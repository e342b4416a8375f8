import * as v from 'valibot';
import { FEED_VERSION, feedMeta } from './common.js';
import { agendaSection } from './agenda.js';
import { eventSection } from './event.js';
import { keyMessagesSection } from './key-messages.js';
import { pressReleasesSection } from './press.js';
import { speakersSection } from './speakers.js';
import { statsSection } from './stats.js';
import { timelineSection } from './timeline.js';
import type { FeedSections } from './types.js';

/**
 * The sections a feed may hold, by name. An element reads one section; a "conference" document may
 * hold all of them so that a whole page needs one URL. New sections are added here with their element.
 * Typed by the hand-written section types, which keeps the declarations of the documents below short
 * (inferred, each repeated every section's schema type in full).
 */
export const FEED_SECTIONS: { readonly [Name in keyof FeedSections]: v.GenericSchema<FeedSections[Name]> } = {
  agenda: agendaSection,
  event: eventSection,
  keyMessages: keyMessagesSection,
  pressReleases: pressReleasesSection,
  speakers: speakersSection,
  stats: statsSection,
  timeline: timelineSection,
};
export type FeedSectionName = keyof FeedSections;
export type FeedSection<Name extends FeedSectionName> = FeedSections[Name];

const common = {
  $schema: v.optional(v.string()),
  version: v.literal(FEED_VERSION),
  meta: v.optional(feedMeta),
};

/** A whole conference: any of the sections. */
export const conferenceFeed = v.object({
  ...common,
  kind: v.literal('conference'),
  agenda: v.optional(FEED_SECTIONS.agenda),
  event: v.optional(FEED_SECTIONS.event),
  keyMessages: v.optional(FEED_SECTIONS.keyMessages),
  pressReleases: v.optional(FEED_SECTIONS.pressReleases),
  speakers: v.optional(FEED_SECTIONS.speakers),
  stats: v.optional(FEED_SECTIONS.stats),
  timeline: v.optional(FEED_SECTIONS.timeline),
});

/** Key figures only. */
export const statsFeed = v.object({
  ...common,
  kind: v.literal('stats'),
  stats: FEED_SECTIONS.stats,
});

/** A programme only (what `ct-feed convert` writes from frab or iCalendar). */
export const agendaFeed = v.object({
  ...common,
  kind: v.literal('agenda'),
  agenda: FEED_SECTIONS.agenda,
});

/** Any feed this library reads, told apart by `kind`. The published JSON Schemas are generated from these. */
export const FEED_DOCUMENTS = { conference: conferenceFeed, stats: statsFeed, agenda: agendaFeed } as const;
export const anyFeed = v.variant('kind', [conferenceFeed, statsFeed, agendaFeed]);
export type { AgendaFeed, AnyFeed, ConferenceFeed, FeedSections, FeedWith, StatsFeed } from './types.js';
