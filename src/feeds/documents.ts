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
/** A section's schema under its hand-written type (checked above and in test/types/feed-types.check.ts); a cast, so it costs no bytes. */
type Section<Name extends FeedSectionName> = v.GenericSchema<FeedSections[Name]>;
// The same for the sections a document requires (a cast there would read as needless to the linter).
const requiredStats: Section<'stats'> = statsSection;
const requiredAgenda: Section<'agenda'> = agendaSection;

const common = {
  $schema: v.optional(v.string()),
  version: v.literal(FEED_VERSION),
  meta: v.optional(feedMeta),
};

/** A whole conference: any of the sections. */
export const conferenceFeed = v.object({
  ...common,
  kind: v.literal('conference'),
  agenda: v.optional(agendaSection as Section<'agenda'>),
  event: v.optional(eventSection as Section<'event'>),
  keyMessages: v.optional(keyMessagesSection as Section<'keyMessages'>),
  pressReleases: v.optional(pressReleasesSection as Section<'pressReleases'>),
  speakers: v.optional(speakersSection as Section<'speakers'>),
  stats: v.optional(statsSection as Section<'stats'>),
  timeline: v.optional(timelineSection as Section<'timeline'>),
});

/** Key figures only. */
export const statsFeed = v.object({
  ...common,
  kind: v.literal('stats'),
  stats: requiredStats,
});

/** A programme only (what `ct-feed convert` writes from frab or iCalendar). */
export const agendaFeed = v.object({
  ...common,
  kind: v.literal('agenda'),
  agenda: requiredAgenda,
});

/** Any feed this library reads, told apart by `kind`. The published JSON Schemas are generated from these. */
export const FEED_DOCUMENTS = { conference: conferenceFeed, stats: statsFeed, agenda: agendaFeed } as const;
export const anyFeed = v.variant('kind', [conferenceFeed, statsFeed, agendaFeed]);
export type { AgendaFeed, AnyFeed, ConferenceFeed, FeedSections, FeedWith, StatsFeed } from './types.js';
