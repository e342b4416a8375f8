import type * as v from 'valibot';
import type { FeedSection, FeedSectionName } from '../../feeds/documents.js';
import type { SectionResult } from './read-section.js';
import type { FirstItems } from './lenient-slices.js';

/**
 * Reads one section of a parsed feed: header and that section validated, faulty items left out. A
 * section with a list of thousands of items is read in slices, and comes as a promise.
 */
export type SectionReader<Name extends FeedSectionName> = (
  json: unknown,
  url: string | undefined,
  first?: FirstItems<FeedSection<Name>>,
) => SectionResult<FeedSection<Name>> | Promise<SectionResult<FeedSection<Name>>>;

type Schema<Name extends FeedSectionName> = v.GenericSchema<unknown, FeedSection<Name>>;

/**
 * Set to `true` by the autoloader build (vite.config.ts), where each element's file brings its own
 * section's schema (`provideSectionSchema`): the map of on-demand schema chunks below is left out there,
 * so a page downloads no schema file apart from its elements' files.
 */
declare const __CT_SCHEMAS_IN_ELEMENT_FILES__: boolean | undefined;

/**
 * Each section's schema, loaded the first time an element reads that section. In the CDN files the
 * validator (valibot and the lenient reader) and each schema are chunks of their own: a page with key
 * figures only loads the figures' schema, never the programme's or the press releases'. An explicit map
 * of `import()`s, so the bundler sees every chunk (and the type checker every section).
 */
const SCHEMAS: { [Name in FeedSectionName]: () => Promise<Schema<Name>> } = {
  agenda: () => import('../../feeds/agenda.js').then((m) => m.agendaSection),
  event: () => import('../../feeds/event.js').then((m) => m.eventSection),
  keyMessages: () => import('../../feeds/key-messages.js').then((m) => m.keyMessagesSection),
  pressReleases: () => import('../../feeds/press.js').then((m) => m.pressReleasesSection),
  speakers: () => import('../../feeds/speakers.js').then((m) => m.speakersSection),
  stats: () => import('../../feeds/stats.js').then((m) => m.statsSection),
  timeline: () => import('../../feeds/timeline.js').then((m) => m.timelineSection),
};

/** The map above, unless this build has the schemas in the element files (then it is left out of it). */
const onDemand = typeof __CT_SCHEMAS_IN_ELEMENT_FILES__ !== 'undefined' && __CT_SCHEMAS_IN_ELEMENT_FILES__ ? null : SCHEMAS;

/** Schemas an element's file brought with it (the autoloader build), by section. */
const provided = new Map<FeedSectionName, Schema<FeedSectionName>>();

/** Makes `schema` the one `section` is read with, instead of loading it on demand. */
export function provideSectionSchema<Name extends FeedSectionName>(section: Name, schema: Schema<Name>): void {
  provided.set(section, schema);
}

/** Each section's reader once loaded, or the promise of it while it loads. */
const readers = new Map<FeedSectionName, SectionReader<FeedSectionName> | Promise<SectionReader<FeedSectionName>>>();

/**
 * The reader of `section`: the function itself once it has loaded (so a page reads its feeds without a
 * wait after the first), a promise the first time. A failed load is forgotten, so a retry loads again.
 */
export function sectionReader<Name extends FeedSectionName>(section: Name): SectionReader<Name> | Promise<SectionReader<Name>> {
  const known = readers.get(section);
  if (known) return known as unknown as SectionReader<Name> | Promise<SectionReader<Name>>;
  const schema = (provided.get(section) as Schema<Name> | undefined) ?? onDemand?.[section]();
  if (!schema) throw new Error(`ct-widgets: no schema for the ${section} section in this build`);
  const pending = Promise.all([import('./read-section.js'), schema]).then(
    ([{ readSectionInSlicesWith }, loaded]) => {
      const reader: SectionReader<Name> = (json, url, first) => readSectionInSlicesWith(loaded, json, section, url, first);
      readers.set(section, reader);
      return reader;
    },
    (error: unknown) => {
      readers.delete(section);
      throw error;
    },
  );
  readers.set(section, pending);
  return pending;
}
