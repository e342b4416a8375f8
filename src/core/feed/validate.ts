import * as v from 'valibot';
import { FEED_SECTIONS, anyFeed, type FeedSection, type FeedSectionName } from '../../feeds/documents.js';
import { describeIssue, readSectionWith, type SectionResult } from './read-section.js';

/**
 * Validates the header of a feed and the one section an element shows. Only that section is checked, so
 * an error in another section of a conference document never takes down this element; within it, a
 * faulty item of a list (a session, a figure, a release) is left out and the others are shown.
 */
export function readFeedSection<Name extends FeedSectionName>(
  json: unknown,
  section: Name,
  url?: string,
): SectionResult<FeedSection<Name>> {
  return readSectionWith(FEED_SECTIONS[section] as v.GenericSchema<unknown, FeedSection<Name>>, json, section, url);
}

/**
 * Every problem in a whole document, for the `ct-feed validate` command and editors' tooling: strict, a
 * faulty item is reported here even though the elements leave it out and show the rest.
 */
export function validateDocument(json: unknown): string[] {
  const parsed = v.safeParse(anyFeed, json);
  return parsed.success ? [] : parsed.issues.map((issue) => describeIssue(issue));
}
