import * as v from 'valibot';
import { feedId, isoDateTimeWithOffset, languageTag, localizedText, safeUrl, timeZone } from './common.js';
import { SPEAKER_ROLES } from './speaker-roles.js';

export const SESSION_TYPES = [
  'opening',
  'plenary',
  'thematic',
  'panel',
  'side-event',
  'general-debate',
  /** A presentation by one or a few speakers (a conference talk or lecture, as frab and pretalx export). */
  'talk',
  'workshop',
  'closing',
  'break',
  'other',
] as const;
export const SESSION_FORMATS = ['in-person', 'hybrid', 'virtual'] as const;
export const LINK_KINDS = ['webcast', 'document', 'registration', 'other'] as const;

const oneOf = (values: readonly string[]) => `expected one of ${values.map((x) => `"${x}"`).join(', ')}`;

const named = v.object({ id: feedId, name: localizedText });

export const agendaSpeaker = v.object({
  /** Text, as a person's name in `speakers`: UN Arabic, Chinese and Russian texts transliterate names. */
  name: localizedText,
  role: v.optional(v.picklist(SPEAKER_ROLES, oneOf(SPEAKER_ROLES))),
  title: v.optional(localizedText),
  organization: v.optional(localizedText),
});

export const agendaLink = v.object({
  kind: v.picklist(LINK_KINDS, oneOf(LINK_KINDS)),
  url: safeUrl,
  label: v.optional(localizedText),
});

export const agendaSession = v.pipe(
  v.object({
    id: feedId,
    title: localizedText,
    start: isoDateTimeWithOffset,
    end: isoDateTimeWithOffset,
    type: v.optional(v.picklist(SESSION_TYPES, oneOf(SESSION_TYPES))),
    room: v.optional(feedId),
    track: v.optional(feedId),
    organizers: v.optional(v.array(localizedText)),
    speakers: v.optional(v.array(agendaSpeaker)),
    description: v.optional(localizedText),
    /** Languages of interpretation offered. */
    languages: v.optional(v.array(languageTag)),
    format: v.optional(v.picklist(SESSION_FORMATS, oneOf(SESSION_FORMATS))),
    links: v.optional(v.array(agendaLink)),
  }),
  v.check((session) => Date.parse(session.end) > Date.parse(session.start), 'expected "end" after "start"'),
);

/** The `agenda` section: the programme, read by `<ct-agenda>`. */
export const agendaSection = v.object({
  title: v.optional(localizedText),
  /** The event's time zone: times are shown in it by default. */
  timeZone,
  rooms: v.optional(v.array(named)),
  tracks: v.optional(v.array(named)),
  sessions: v.pipe(v.array(agendaSession, 'expected an array of sessions'), v.maxLength(20000, 'at most 20,000 sessions')),
});

export type SessionType = (typeof SESSION_TYPES)[number];
export type { AgendaLink, AgendaNamed, AgendaSection, AgendaSession, AgendaSpeaker } from './types.js';
