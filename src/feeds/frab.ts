import * as v from 'valibot';
import type { AgendaSession, SessionType } from './agenda.js';
import { languageTag, timeZone as knownTimeZone } from './common.js';
import { type AgendaConversion, Slicer, agendaConversion, httpUrl } from './conversion.js';
import { feedIdMap, uniqueFeedId } from './ids.js';

/**
 * frab / c3voc schedule JSON (what frab, pretalx and many conference tools export), versions 1 and 2,
 * converted to our `agenda` section. The reader is strict only about what it shows — title, start,
 * duration or end, room, people's names — and lenient about the rest, as real exports break the
 * format's own schema in harmless ways. Events it cannot show are listed in `skipped`, with the reason,
 * so the element can say in the console what it left out.
 */

const text = v.union([v.string(), v.record(v.string(), v.string())]);
const optionalText = v.optional(v.nullable(text));
const idLike = v.union([v.string(), v.number()]);
const person = v.object({ public_name: v.optional(v.string()), name: v.optional(v.string()) });

const v1Event = v.object({
  id: v.optional(idLike),
  guid: v.optional(v.string()),
  title: v.string(),
  date: v.string(),
  duration: v.optional(v.string()),
  room: v.optional(v.string()),
  track: v.optional(v.nullable(v.string())),
  abstract: optionalText,
  description: optionalText,
  persons: v.optional(v.array(person)),
  url: v.optional(v.nullable(v.string())),
  type: v.optional(v.nullable(v.string())),
  language: v.optional(v.nullable(v.string())),
});

const conference = v.object({
  title: v.optional(v.string()),
  time_zone_name: v.optional(v.string()),
  rooms: v.optional(v.array(v.object({ name: v.string() }))),
  days: v.optional(v.array(v.object({ rooms: v.optional(v.record(v.string(), v.array(v.unknown()))) }))),
});

const v2Event = v.object({
  guid: v.optional(v.string()),
  code: v.optional(v.string()),
  title: v.string(),
  start: v.string(),
  end: v.optional(v.string()),
  duration: v.optional(v.string()),
  room: v.optional(v.union([v.string(), v.object({ name: v.optional(v.string()), guid: v.optional(v.string()) })])),
  track: v.optional(v.nullable(v.union([v.string(), v.object({ name: v.optional(v.string()) })]))),
  abstract: optionalText,
  description: optionalText,
  participants: v.optional(v.array(person)),
  url: v.optional(v.string()),
  type: v.optional(v.nullable(v.string())),
  language: v.optional(v.nullable(v.string())),
});

const frabDocument = v.object({
  schedule: v.object({ version: v.optional(v.string()), conference, events: v.optional(v.array(v.unknown())) }),
});

export { isFrabSchedule } from './frab-detect.js';

/** `feed`, with `skipped` (`$.schedule.conference.days[0].rooms["Curie"][3]: no valid "date"`) and `notes`. */
export type FrabConversion = AgendaConversion;

export class FrabFormatError extends Error {
  constructor(
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** `HH:MM`, `H:MM:SS` (v1) or ISO 8601 `PT1H30M` (v2) → milliseconds. */
export function parseFrabDuration(duration: string): number | undefined {
  const clock = /^(\d{1,3}):(\d{2})(?::(\d{2}))?$/.exec(duration);
  if (clock) return ((Number(clock[1]) * 60 + Number(clock[2])) * 60 + Number(clock[3] ?? 0)) * 1000;
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(duration);
  if (iso && duration !== 'P' && duration !== 'PT') {
    return (((Number(iso[1] ?? 0) * 24 + Number(iso[2] ?? 0)) * 60 + Number(iso[3] ?? 0)) * 60 + Number(iso[4] ?? 0)) * 1000;
  }
  return undefined;
}

const hasOffset = (value: string) => /(Z|[+-]\d{2}:?\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));

/** Converts a frab offset date-time to ours (ISO 8601 with a colon in the offset, seconds present). */
function normalizeInstant(value: string): string {
  return value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2').replace(/T(\d{2}:\d{2})([Z+-])/, 'T$1:00$2');
}

/**
 * Keeps the offset of `start` when writing an end computed from a duration, so times read naturally.
 * `undefined` when the end falls outside the years 1–9999 our feeds allow (a huge duration).
 */
function addDuration(start: string, ms: number): string | undefined {
  const offset = /(Z|[+-]\d{2}:\d{2})$/.exec(start)![1]!;
  const minutes = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
  const end = new Date(Date.parse(start) + ms + minutes * 60_000);
  const year = end.getUTCFullYear();
  if (Number.isNaN(end.getTime()) || year < 1 || year > 9999) return undefined;
  return `${end.toISOString().slice(0, 19)}${offset}`;
}

/**
 * frab's event `type` is free text in any language ("lecture", "Talk", "Workshop Bühne (lang)",
 * "Podiumsdiskussion"); c3voc's schema names talk, workshop, hands-on, meeting, discussion, game… as
 * examples. Mapped by keyword onto ours; what has no counterpart (a game show, a podcast) stays "other".
 */
const TYPE_KEYWORDS: readonly [RegExp, SessionType | ((title: string) => SessionType)][] = [
  [/keynote/, 'plenary'],
  [/ceremony|zeremonie|opening|er[öo]ffnung|closing|abschluss/, (title) => (/clos|abschluss|ende\b|farewell/i.test(title) ? 'closing' : 'opening')],
  [/workshop|hands[- ]?on|tutorial|training|lab\b/, 'workshop'],
  [/panel|podium|discussion|diskussion|debate|roundtable|round table/, 'panel'],
  [/break|pause|lunch|coffee|kaffee|mittag/, 'break'],
  [/meeting|meetup|treffen|self[- ]organi[sz]ed|assembly/, 'side-event'],
  [/talk|lecture|vortrag|presentation|lightning/, 'talk'],
];

export function frabSessionType(type: string | null | undefined, title: string): SessionType {
  const lower = (type ?? '').toLowerCase();
  for (const [pattern, mapped] of TYPE_KEYWORDS) if (pattern.test(lower)) return typeof mapped === 'function' ? mapped(title) : mapped;
  return 'other';
}

/** `de`, `DE`, `de_DE` → a language tag of ours; anything else (`German`, empty) → undefined. */
function frabLanguage(language: string | null | undefined): string | undefined {
  if (!language) return undefined;
  const [primary = '', ...rest] = language.trim().replace(/_/g, '-').split('-');
  const tag = [primary.toLowerCase(), ...rest].join('-');
  return v.is(languageTag, tag) ? tag : undefined;
}

/** Plain text of a known language becomes a one-language map, so the page marks it `lang` where it falls back. */
function inLanguage<T extends string | Record<string, string>>(text: T, lang: string | undefined): T | Record<string, string> {
  return typeof text === 'string' && lang && text !== '' ? { [lang]: text } : text;
}

function joinText(...parts: (string | Record<string, string> | null | undefined)[]): AgendaSession['description'] {
  const present = parts.filter((part): part is string | Record<string, string> => Boolean(part) && (typeof part !== 'string' || part.trim() !== ''));
  if (present.length === 0) return undefined;
  if (present.every((part) => typeof part === 'string')) return present.join('\n\n');
  // Language maps: merge per language (a plain string counts for every language).
  const languages = new Set(present.flatMap((part) => (typeof part === 'string' ? [] : Object.keys(part))));
  return Object.fromEntries(
    [...languages].map((lang) => [lang, present.map((part) => (typeof part === 'string' ? part : (part[lang] ?? ''))).filter(Boolean).join('\n\n')]),
  );
}

export function convertFrab(json: unknown): FrabConversion {
  const steps = conversion(json);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `convertFrab`, giving the main thread back between slices of events: a 10,000-event export took
 * 150–550 ms in one task (what `<ct-agenda>` uses; `ct-feed` converts at once).
 */
export async function convertFrabInSlices(json: unknown): Promise<FrabConversion> {
  const slicer = new Slicer(25);
  const steps = conversion(json);
  for (let index = 1; ; index += 1) {
    const step = steps.next();
    if (step.done) return step.value;
    // The clock every 16th event, and an await only when a slice is over: both once per event were a
    // tenth of converting 10,000 events.
    if ((index & 15) === 0 && slicer.due()) await slicer.pause();
  }
}

/**
 * The events that start first, converted at once: every event whose start is at or before the `count`-th
 * earliest (ties included, so every event left for later starts after each of these). For a first screen
 * while a large export is converted; `undefined` for an export of at most `above` events, converted soon
 * enough whole. Starts are read from the raw events, only to choose.
 */
export function convertFrabEarliest(json: unknown, count: number, above: number): FrabConversion | undefined {
  const events: { item: unknown; start: number }[] = [];
  const startOf = (item: unknown, key: 'date' | 'start') => {
    const value = typeof item === 'object' && item !== null ? (item as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' ? Date.parse(value) : NaN;
  };
  const schedule = (json as { schedule?: { conference?: { days?: unknown }; events?: unknown } } | null)?.schedule;
  for (const day of Array.isArray(schedule?.conference?.days) ? schedule.conference.days : []) {
    const rooms: unknown = (day as { rooms?: unknown } | null)?.rooms;
    for (const list of typeof rooms === 'object' && rooms !== null ? Object.values(rooms) : []) {
      if (Array.isArray(list)) for (const item of list) events.push({ item, start: startOf(item, 'date') });
    }
  }
  if (Array.isArray(schedule?.events)) for (const item of schedule.events) events.push({ item, start: startOf(item, 'start') });
  if (events.length <= above) return undefined;
  const last = events.map((event) => event.start).filter((start) => !Number.isNaN(start)).sort((a, b) => a - b)[count - 1] ?? Infinity;
  const steps = conversion(json, new Set(events.filter((event) => event.start <= last).map((event) => event.item)));
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** The conversion, one step per event (of `only`, when given): the caller decides when to go on. */
function* conversion(json: unknown, only?: ReadonlySet<unknown>): Generator<void, FrabConversion, void> {
  const parsed = v.safeParse(frabDocument, json);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = `$${(issue.path ?? []).map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`)).join('')}`;
    throw new FrabFormatError(`${path}: ${issue.message}`, path);
  }
  const { conference: conf, events } = parsed.output.schedule;
  const skipped: string[] = [];
  const sessions: AgendaSession[] = [];
  const roomNames: string[] = (conf.rooms ?? []).map((room) => room.name);
  const trackNames: string[] = [];
  // Our ids are URL-safe; frab ids are numbers, UUIDs or anything, room and track names in any script.
  const usedIds = new Set<string>();
  const roomId = feedIdMap('room');
  const trackId = feedIdMap('track');

  const add = (raw: {
    id: string;
    title: string;
    start: string;
    end: string;
    room?: string | undefined;
    track?: string | undefined;
    description?: AgendaSession['description'];
    people: readonly { public_name?: string | undefined; name?: string | undefined }[];
    url?: string | undefined;
    type?: string | null | undefined;
    language?: string | null | undefined;
  }) => {
    const lang = frabLanguage(raw.language);
    const id = uniqueFeedId(raw.id, usedIds, 'session');
    if (raw.room && !roomNames.includes(raw.room)) roomNames.push(raw.room);
    if (raw.track && !trackNames.includes(raw.track)) trackNames.push(raw.track);
    const speakers = raw.people
      .map((p) => p.public_name ?? p.name)
      .filter((name): name is string => Boolean(name))
      .map((name) => ({ name, role: 'speaker' as const }));
    const url = httpUrl(raw.url);
    sessions.push({
      id,
      title: inLanguage(raw.title, lang),
      start: raw.start,
      end: raw.end,
      type: frabSessionType(raw.type, raw.title),
      ...(raw.room ? { room: roomId(raw.room) } : {}),
      ...(raw.track ? { track: trackId(raw.track) } : {}),
      ...(raw.description ? { description: inLanguage(raw.description, lang) } : {}),
      ...(speakers.length ? { speakers } : {}),
      ...(url ? { links: [{ kind: 'other' as const, url }] } : {}),
    });
  };

  // Version 1: events nested by day and room.
  const v1 = (item: unknown, dayIndex: number, room: string, index: number) => {
    const where = `$.schedule.conference.days[${dayIndex}].rooms[${JSON.stringify(room)}][${index}]`;
    const event = v.safeParse(v1Event, item);
    if (!event.success) return void skipped.push(`${where}: ${event.issues[0].message}`);
    const e = event.output;
    if (!hasOffset(e.date)) return void skipped.push(`${where}.date: not a date-time with offset`);
    const duration = e.duration ? parseFrabDuration(e.duration) : undefined;
    if (!duration) return void skipped.push(`${where}.duration: not a duration`);
    const start = normalizeInstant(e.date);
    const end = addDuration(start, duration);
    if (!end) return void skipped.push(`${where}.duration: ends after the year 9999`);
    add({
      id: String(e.id ?? e.guid ?? `${dayIndex}-${room}-${index}`),
      title: e.title,
      start,
      end,
      type: e.type,
      language: e.language,
      room: e.room ?? room,
      track: e.track ?? undefined,
      description: joinText(e.abstract, e.description),
      people: e.persons ?? [],
      url: e.url ?? undefined,
    });
  };
  for (const [dayIndex, day] of (conf.days ?? []).entries()) {
    for (const [room, list] of Object.entries(day.rooms ?? {})) {
      for (const [index, item] of list.entries()) {
        if (only && !only.has(item)) continue;
        v1(item, dayIndex, room, index);
        yield;
      }
    }
  }

  // Version 2: a flat list of events.
  const v2 = (item: unknown, index: number) => {
    const where = `$.schedule.events[${index}]`;
    const event = v.safeParse(v2Event, item);
    if (!event.success) return void skipped.push(`${where}: ${event.issues[0].message}`);
    const e = event.output;
    if (!hasOffset(e.start)) return void skipped.push(`${where}.start: not a date-time with offset`);
    const start = normalizeInstant(e.start);
    const duration = e.duration ? parseFrabDuration(e.duration) : undefined;
    const end = e.end && hasOffset(e.end) ? normalizeInstant(e.end) : duration ? addDuration(start, duration) : undefined;
    if (!end) return void skipped.push(`${where}: neither a valid "end" nor a "duration" that ends by the year 9999`);
    const room = typeof e.room === 'string' ? e.room : e.room?.name;
    const track = typeof e.track === 'string' ? e.track : (e.track?.name ?? undefined);
    add({
      id: e.code ?? e.guid ?? String(index),
      title: e.title,
      start,
      end,
      room,
      track,
      description: joinText(e.abstract, e.description),
      people: e.participants ?? [],
      url: e.url,
      type: e.type,
      language: e.language,
    });
  };
  for (const [index, item] of (events ?? []).entries()) {
    if (only && !only.has(item)) continue;
    v2(item, index);
    yield;
  }

  // A zone name this browser does not know would make the whole programme invalid: times are instants
  // with offsets anyway, so show them in UTC and say so.
  const notes: string[] = [];
  let timeZone = conf.time_zone_name ?? 'UTC';
  if (!v.is(knownTimeZone, timeZone)) {
    notes.push(`$.schedule.conference.time_zone_name: ${JSON.stringify(timeZone)} is not a time zone this browser knows; times are shown in UTC`);
    timeZone = 'UTC';
  }
  return agendaConversion(
    'Converted from frab/c3voc schedule JSON',
    {
      ...(conf.title ? { title: conf.title } : {}),
      timeZone,
      rooms: roomNames.map((name) => ({ id: roomId(name), name })),
      tracks: trackNames.map((name) => ({ id: trackId(name), name })),
      sessions,
    },
    skipped,
    notes,
  );
}
