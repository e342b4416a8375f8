/**
 * Reading one section of a feed for display, given that section's schema. Imports no schema itself:
 * `validate.ts` adds the reader by section name (every schema) for tools, `section-readers.ts` loads one
 * schema at a time for the elements.
 */
import * as v from 'valibot';
import { feedHeader } from '../../feeds/common.js';
import type { FeedSectionName } from '../../feeds/documents.js';
import { FeedError } from './feed-error.js';
import { makeWellFormed } from './well-formed.js';
import { parseLeniently, type LeftOut } from './lenient.js';
import type { FirstItems } from './lenient-slices.js';

type Issue = v.BaseIssue<unknown>;

/** `$.stats.figures[2].value` for an issue found under `prefix`. */
export function issuePath(issue: Issue, prefix = '$'): string {
  let path = prefix;
  for (const item of issue.path ?? []) {
    const key = item.key;
    if (typeof key === 'number') path += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$]*$/.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(String(key))}]`;
  }
  return path;
}

/** `$.stats.figures[2].value: expected a number, got "abc"` — what a content editor needs to fix it. */
export function describeIssue(issue: Issue, prefix = '$'): string {
  // valibot reports a missing key on the object ("Invalid key: Expected "value" but received undefined").
  if (issue.type === 'object' && issue.received === 'undefined') return `${issuePath(issue, prefix)}: required but missing`;
  let message = issue.message;
  // A rule over a whole object ("end after start") would only add ", got Object": the path says where.
  if (!message.startsWith('Invalid') && issue.received !== 'Object' && issue.received !== 'Array') {
    message += issue.received === 'undefined' ? ' (missing)' : `, got ${truncate(issue.received, 60)}`;
  }
  return `${issuePath(issue, prefix)}: ${message}`;
}

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A section read for display: `leftOut` says which faulty items were left out (the rest is shown). Only a
 * document that is not a feed of ours at all, or a section that is not one, is `ok: false`.
 */
export type SectionResult<T> = { ok: true; value: T; leftOut: LeftOut } | { ok: false; error: FeedError; messages: string[] };

function invalid(messages: string[], path: string | undefined, url: string | undefined): SectionResult<never> {
  const error = new FeedError('invalid', messages[0] ?? 'invalid feed', { url, path });
  return { ok: false, error, messages };
}

function fromIssues(issues: readonly Issue[], prefix: string, url: string | undefined): SectionResult<never> {
  const first = issues[0];
  return invalid(
    issues.map((issue) => describeIssue(issue, prefix)),
    first ? issuePath(first, prefix) : prefix,
    url,
  );
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads per parsed document and section — the result, or the promise of a read in slices still under
 * way — so that several elements showing one feed read it once. Keyed weakly by the parsed JSON object,
 * so a revalidated feed (a new object) is read afresh.
 */
const sectionCache = new WeakMap<object, Map<string, SectionResult<unknown> | Promise<SectionResult<unknown>>>>();

function remember<R extends SectionResult<unknown> | Promise<SectionResult<unknown>>>(json: object, section: string, read: R): R {
  let bySection = sectionCache.get(json);
  if (!bySection) sectionCache.set(json, (bySection = new Map<string, SectionResult<unknown> | Promise<SectionResult<unknown>>>()));
  bySection.set(section, read);
  return read;
}

/**
 * `readFeedSection` (validate.ts) with the section's schema given: what an element uses, so that a page carries the
 * schemas of the sections it shows and no other (`feed/section-readers.ts` loads them one by one).
 */
export function readSectionWith<T>(schema: v.GenericSchema<unknown, T>, json: unknown, section: FeedSectionName, url?: string): SectionResult<T> {
  if (!isPlainObject(json)) return invalid(['$: expected a JSON object with "kind" and "version"'], '$', url);
  const known = sectionCache.get(json)?.get(section);
  if (known && !(known instanceof Promise)) return known as SectionResult<T>;
  return remember(json, section, readUncached(schema, json, section, url));
}

/** The header's fault, or the section missing; `undefined` when the section can be read. */
function headerProblem(json: Record<string, unknown>, section: FeedSectionName, url: string | undefined): SectionResult<never> | undefined {
  const header = v.safeParse(feedHeader, json);
  if (!header.success) return fromIssues(header.issues, '$', url);
  if (json[section] === undefined) {
    return invalid(
      [`$.${section}: missing: this "${header.output.kind}" feed has no "${section}" section`],
      `$.${section}`,
      url,
    );
  }
  return undefined;
}

function readUncached<T>(
  schema: v.GenericSchema<unknown, T>,
  json: Record<string, unknown>,
  section: FeedSectionName,
  url: string | undefined,
): SectionResult<T> {
  const problem = headerProblem(json, section, url);
  if (problem) return problem;
  const prefix = `$.${section}`;
  const parsed = parseLeniently(schema, json[section], prefix, describeIssue);
  if (!parsed.success) return fromIssues(parsed.issues, prefix, url);
  // The one place feed text is normalised: lone surrogates become U+FFFD before any element sees them.
  return { ok: true, value: makeWellFormed(parsed.output), leftOut: parsed.leftOut };
}

/** A section with a list longer than this is read in slices; a shorter one at once, as before. */
const SLICED_ABOVE = 2000;

/**
 * `readSectionWith` for elements: the same result, but a section with a list of thousands of items (a
 * 20,000-session programme, ~250 ms in one task) is read in slices that give the main thread back, so the
 * page never freezes on it; that comes as a promise. Anything shorter, or already read, comes back at once.
 */
export function readSectionInSlicesWith<T>(
  schema: v.GenericSchema<unknown, T>,
  json: unknown,
  section: FeedSectionName,
  url?: string,
  /** Items of the long list to read, and show, before the rest (only when this call starts the read). */
  first?: FirstItems<T>,
): SectionResult<T> | Promise<SectionResult<T>> {
  if (!isPlainObject(json)) return readSectionWith(schema, json, section, url);
  const known = sectionCache.get(json)?.get(section);
  if (known) return known as SectionResult<T> | Promise<SectionResult<T>>;
  const value = json[section];
  const long = isPlainObject(value) && Object.values(value).some((item) => Array.isArray(item) && item.length > SLICED_ABOVE);
  if (!long || headerProblem(json, section, url)) return readSectionWith(schema, json, section, url);

  const prefix = `$.${section}`;
  // The sliced reader loads only for such a feed: most pages never need it.
  const read = import('./lenient-slices.js').then(async ({ parseLenientlyInSlices }): Promise<SectionResult<T>> => {
    const parsed = await parseLenientlyInSlices(schema, value, prefix, describeIssue, SLICED_ABOVE, first);
    return parsed.success ? { ok: true, value: parsed.output, leftOut: parsed.leftOut } : fromIssues(parsed.issues, prefix, url);
  });
  // Settled, the result takes the promise's place; a reader that could not load is asked for again on a retry.
  void read.then(
    (result) => sectionCache.get(json)?.get(section) === read && remember(json, section, result),
    () => sectionCache.get(json)?.get(section) === read && sectionCache.get(json)?.delete(section),
  );
  return remember(json, section, read);
}
